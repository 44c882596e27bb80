import type { ContactDto } from '@offerpath/api-client';
import { CONTACT_KIND_LABELS } from '@offerpath/domain';
import { Link } from 'react-router';
import { formatDay } from '../../../lib/dates';
import type { ContactSort, ContactSortKey } from '../lib/contact-sort';

const COLUMNS: { key: ContactSortKey; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'company', label: 'Company' },
  { key: 'title', label: 'Title' },
  { key: 'kind', label: 'Kind' },
  { key: 'lastContacted', label: 'Last contacted' },
];

interface ContactsTableProps {
  contacts: ContactDto[];
  sort: ContactSort;
  onSort: (key: ContactSortKey) => void;
  /** A newer page is on its way; the rows shown are the previous ones. */
  busy: boolean;
}

export function ContactsTable({ contacts, sort, onSort, busy }: ContactsTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table" aria-busy={busy || undefined} data-stale={busy || undefined}>
        <caption className="visually-hidden">Contacts; column headers sort the whole list</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                    {column.label}
                    <span className="sort-mark" aria-hidden="true">
                      {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => (
            <tr key={contact.id} data-testid="contact-row">
              <th scope="row">
                <Link to={`/contacts/${contact.id}`}>{contact.name}</Link>
              </th>
              <td>{contact.companyName ?? <span className="muted">—</span>}</td>
              <td>{contact.title ?? <span className="muted">—</span>}</td>
              <td>
                <span className="kind-badge" data-kind={contact.kind}>
                  {CONTACT_KIND_LABELS[contact.kind]}
                </span>
              </td>
              <td className="cell-date">
                {contact.lastContactedAt ? (
                  <time dateTime={contact.lastContactedAt}>{formatDay(contact.lastContactedAt)}</time>
                ) : (
                  <span className="muted">Never</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
