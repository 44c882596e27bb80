import { useDeferredValue, useId, useState } from 'react';
import { useContactSearch } from '../api/search-contacts';
import type { LinkedContact } from '../lib/event-form';

interface ContactLinksProps {
  value: LinkedContact[];
  onChange: (value: LinkedContact[]) => void;
  error?: string;
}

/** The contacts at the event (interviewers, people met), each with an optional note. */
export function ContactLinks({ value, onChange, error }: ContactLinksProps) {
  const [q, setQ] = useState('');
  const deferred = useDeferredValue(q);
  const search = useContactSearch(deferred);
  const id = useId();
  const linked = new Set(value.map((c) => c.contactId));
  const results = (search.data?.items ?? []).filter((c) => !linked.has(c.id));

  return (
    <fieldset className="field span-2 contact-links">
      <legend>People</legend>
      {value.length > 0 ? (
        <ul className="linked-contacts">
          {value.map((c, i) => (
            <li key={c.contactId}>
              <span>{c.name}</span>
              <input
                aria-label={`Note for ${c.name}`}
                value={c.note}
                maxLength={2000}
                placeholder="Note (optional)"
                onChange={(e) => onChange(value.map((other, j) => (j === i ? { ...other, note: e.target.value } : other)))}
              />
              <button type="button" className="button button-quiet" aria-label={`Remove ${c.name}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={id}>Add a contact</label>
      <input id={id} type="search" value={q} placeholder="Search contacts" onChange={(e) => setQ(e.target.value)} />
      {error ? <p className="field-error">{error}</p> : null}
      {q.trim() ? (
        <ul className="picker-results" aria-label="Matching contacts">
          {!search.isFetching && results.length === 0 ? <li className="muted">No contact matches “{q}”.</li> : null}
          {results.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  onChange([...value, { contactId: c.id, name: c.name, note: '' }]);
                  setQ('');
                }}
              >
                {c.name}
                {c.companyName ? <span className="muted"> ({c.companyName})</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
