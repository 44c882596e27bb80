import { EVENT_LIMITS } from '@offerpath/domain';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../../components/ui/form-error';
import { errorMessage, isApiError } from '../../../lib/api';
import { useAddPeople } from '../api/add-people';
import type { AddPeopleResultDto, EventDto } from '../lib/types';

const ROW_FIELDS = ['name', 'companyName', 'title', 'note'] as const;
type RowField = (typeof ROW_FIELDS)[number];
const LABELS: Record<RowField, string> = { name: 'Name', companyName: 'Company', title: 'Title', note: 'Note' };

interface Row extends Record<RowField, string> {
  key: number;
}

const isBlank = (row: Row) => ROW_FIELDS.every((field) => !row[field].trim());

/**
 * "Event mode": type the people met at a fair one row each (Enter adds the next row), then save
 * them all at once; each becomes a contact with a follow-up, or nothing is saved.
 */
export function PeopleMetForm({ event }: { event: EventDto }) {
  const nextKey = useRef(1);
  const newRow = (): Row => ({ key: nextKey.current++, name: '', companyName: '', title: '', note: '' });
  const [rows, setRows] = useState<Row[]>(() => [newRow()]);
  const [followUpDays, setFollowUpDays] = useState(String(EVENT_LIMITS.followUpDaysDefault));
  const [rowErrors, setRowErrors] = useState<Record<number, Partial<Record<RowField | 'row', string>>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<AddPeopleResultDto | null>(null);
  const add = useAddPeople();
  const tableRef = useRef<HTMLTableSectionElement>(null);

  // The row to focus once it is rendered (a new row, or the one after a removed row).
  const [focusKey, setFocusKey] = useState<number | null>(null);
  useEffect(() => {
    if (focusKey === null) return;
    tableRef.current?.querySelector<HTMLInputElement>(`[data-row="${focusKey}"] input[name="name"]`)?.focus();
    setFocusKey(null);
  }, [focusKey]);
  const focusName = (key: number) => setFocusKey(key);

  const update = (key: number, field: RowField, value: string) => setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value } : row)));

  const addRowAfter = (index: number) => {
    const row = newRow();
    setRows((current) => [...current.slice(0, index + 1), row, ...current.slice(index + 1)]);
    focusName(row.key);
  };

  const removeRow = (index: number) => {
    const remaining = rows.filter((_, i) => i !== index);
    const next = remaining.length ? remaining : [newRow()];
    setRows(next);
    focusName(next[Math.min(index, next.length - 1)].key);
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const filled = rows.filter((row) => !isBlank(row));
    const days = Number(followUpDays);
    if (filled.length === 0) {
      setFormError('Add at least one person.');
      return;
    }
    if (!Number.isInteger(days) || days < 0 || days > EVENT_LIMITS.followUpDaysMax) {
      setFormError(`Follow up after 0 to ${EVENT_LIMITS.followUpDaysMax} days.`);
      return;
    }
    const missing = Object.fromEntries(filled.filter((row) => !row.name.trim()).map((row) => [row.key, { name: 'Enter a name' }]));
    setRowErrors(missing);
    if (Object.keys(missing).length) {
      setFormError(null);
      return;
    }
    setFormError(null);
    add.mutate(
      {
        eventId: event.id,
        body: {
          followUpDays: days,
          people: filled.map((row) => ({
            name: row.name.trim(),
            companyName: row.companyName.trim() || null,
            title: row.title.trim() || null,
            note: row.note.trim() || null,
          })),
        },
      },
      {
        onSuccess: (result) => {
          setCreated(result);
          setRows([newRow()]);
          setRowErrors({});
        },
        onError: (error) => {
          // people.<i>.<field> → the i-th row sent, which may not be the i-th on screen (blank rows are skipped).
          const byRow: Record<number, Partial<Record<RowField | 'row', string>>> = {};
          let unplaced = false;
          for (const [field, message] of Object.entries(isApiError(error) ? error.fieldErrors : {})) {
            const match = /^people\.(\d+)(?:\.(\w+))?$/.exec(field);
            const row = match ? filled[Number(match[1])] : undefined;
            if (!row) {
              unplaced = true;
              continue;
            }
            const own = (ROW_FIELDS as readonly string[]).includes(match?.[2] ?? '') ? (match?.[2] as RowField) : 'row';
            byRow[row.key] = { ...byRow[row.key], [own]: message };
          }
          setRowErrors(byRow);
          setFormError(Object.keys(byRow).length && !unplaced ? 'Nothing was saved: fix the rows marked below.' : errorMessage(error));
        },
      },
    );
  };

  return (
    <form className="people-met" onSubmit={submit} noValidate aria-label="People met">
      {created ? (
        <div className="banner" data-tone="info" role="status">
          <p>
            {created.contacts.length} {created.contacts.length === 1 ? 'contact' : 'contacts'} and {created.followUps.length}{' '}
            {created.followUps.length === 1 ? 'follow-up' : 'follow-ups'} created.
          </p>
          <ul className="created-contacts">
            {created.contacts.map((c) => (
              <li key={c.id}>
                <Link to={`/contacts/${c.id}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/">See the follow-ups on Today</Link>
          </p>
        </div>
      ) : null}
      <FormError message={formError} />
      <table className="people-met-table">
        <thead>
          <tr>
            {ROW_FIELDS.map((field) => (
              <th key={field} scope="col">
                {LABELS[field]}
                {field === 'name' ? ' (required)' : ''}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody ref={tableRef}>
          {rows.map((row, index) => {
            const errors = rowErrors[row.key] ?? {};
            return (
              <tr key={row.key} data-row={row.key} aria-invalid={Object.keys(errors).length > 0 || undefined}>
                {ROW_FIELDS.map((field) => (
                  <td key={field}>
                    <input
                      name={field}
                      aria-label={`${LABELS[field]}, person ${index + 1}`}
                      aria-invalid={Boolean(errors[field])}
                      value={row[field]}
                      maxLength={field === 'note' ? EVENT_LIMITS.contactNoteMax : 200}
                      onChange={(e) => update(row.key, field, e.target.value)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                          e.preventDefault();
                          addRowAfter(index);
                        }
                      }}
                    />
                    {errors[field] ? <p className="field-error">{errors[field]}</p> : null}
                  </td>
                ))}
                <td>
                  <button type="button" className="button button-quiet" aria-label={`Remove person ${index + 1}`} onClick={() => removeRow(index)}>
                    Remove
                  </button>
                  {errors.row ? <p className="field-error">{errors.row}</p> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted">Press Enter in a row to add the next person.</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => addRowAfter(rows.length - 1)}>
          Add row
        </button>
        <label className="inline-field">
          Follow up after{' '}
          <input type="number" min={0} max={EVENT_LIMITS.followUpDaysMax} value={followUpDays} onChange={(e) => setFollowUpDays(e.target.value)} aria-label="Follow up after (days)" /> days
        </label>
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          {add.isPending ? 'Saving…' : 'Save people'}
        </button>
      </div>
    </form>
  );
}
