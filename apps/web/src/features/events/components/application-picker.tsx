import { STAGE_LABELS } from '@offerpath/domain';
import { useDeferredValue, useId, useState } from 'react';
import { useApplicationSearch } from '../api/search-applications';

interface ApplicationPickerProps {
  value: { id: string; label: string } | null;
  onChange: (value: { id: string; label: string } | null) => void;
  error?: string;
}

/** Links the event to one application, found by typing part of its company or role. */
export function ApplicationPicker({ value, onChange, error }: ApplicationPickerProps) {
  const [q, setQ] = useState('');
  const deferred = useDeferredValue(q);
  const search = useApplicationSearch(deferred);
  const id = useId();

  if (value) {
    return (
      <div className="field span-2">
        <span className="field-label">Application</span>
        <p className="picked">
          <span>{value.label}</span>
          <button type="button" className="button button-quiet" onClick={() => onChange(null)}>
            Unlink application
          </button>
        </p>
        {error ? <p className="field-error">{error}</p> : null}
      </div>
    );
  }
  const results = search.data?.items ?? [];
  return (
    <div className="field span-2">
      <label htmlFor={id}>Application</label>
      <input id={id} type="search" value={q} placeholder="Search company or role" onChange={(e) => setQ(e.target.value)} aria-invalid={Boolean(error)} />
      {error ? <p className="field-error">{error}</p> : null}
      {q.trim() ? (
        <ul className="picker-results" aria-label="Matching applications">
          {search.isFetching && results.length === 0 ? <li className="muted">Searching…</li> : null}
          {!search.isFetching && results.length === 0 ? <li className="muted">No application matches “{q}”.</li> : null}
          {results.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  onChange({ id: a.id, label: `${a.companyName} — ${a.roleTitle}` });
                  setQ('');
                }}
              >
                {a.companyName} — {a.roleTitle} <span className="muted">({STAGE_LABELS[a.stage]})</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
