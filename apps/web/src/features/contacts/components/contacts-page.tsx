import { CONTACT_KINDS, CONTACT_KIND_LABELS, LIMITS, type ContactKind } from '@offerpath/domain';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Banner } from '../../../components/ui/banner';
import { errorMessage } from '../../../lib/api';
import { useContacts } from '../api/get-contacts';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { DEFAULT_SORT, parseSort, type ContactSortKey } from '../lib/contact-sort';
import { ContactsTable } from './contacts-table';
import { NewContactForm } from './new-contact-form';

export const CONTACTS_PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 300;

const numberFormat = new Intl.NumberFormat();

function parseKind(raw: string | null): ContactKind | undefined {
  return (CONTACT_KINDS as readonly string[]).includes(raw ?? '') ? (raw as ContactKind) : undefined;
}

/** Search, filter and page live in the URL, so a reload or Back keeps the view. */
export function ContactsPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kind = parseKind(params.get('kind'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const sort = parseSort(params.get('sort'));
  const [search, setSearch] = useState(q);
  const debouncedSearch = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const [adding, setAdding] = useState(false);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') current.delete(key);
          else current.set(key, value);
        }
        return current;
      },
      { replace: true },
    );

  // Only a newly settled search changes the URL (and goes back to page 1); Back still works.
  const lastSearch = useRef(debouncedSearch);
  useEffect(() => {
    if (debouncedSearch === lastSearch.current) return;
    lastSearch.current = debouncedSearch;
    update({ q: debouncedSearch, page: null });
  });

  const custom = sort.key !== DEFAULT_SORT.key || sort.direction !== DEFAULT_SORT.direction;
  const contacts = useContacts({
    q: q || undefined,
    kind,
    ...(custom ? { sort: sort.key, order: sort.direction } : {}),
    page,
    pageSize: CONTACTS_PAGE_SIZE,
  });
  const data = contacts.data;
  const rows = data?.items ?? [];
  const pageCount = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const filtered = Boolean(q || kind);

  const onSort = (key: ContactSortKey) => {
    const direction = sort.key === key && sort.direction === 'asc' ? 'desc' : 'asc';
    // A new order starts again from the first page.
    update({ sort: key === DEFAULT_SORT.key && direction === 'asc' ? null : `${key}:${direction}`, page: null });
  };

  return (
    <div className="contacts-page">
      <div className="page-header">
        <h1>Contacts</h1>
        {data && !filtered ? <p className="muted">{numberFormat.format(data.total)} people</p> : null}
        <div className="page-actions">
          <button type="button" className="button" aria-expanded={adding} onClick={() => setAdding((open) => !open)}>
            New contact
          </button>
          <Link to="/contacts/import" className="button button-primary">
            Import from LinkedIn
          </Link>
        </div>
      </div>
      {adding ? <NewContactForm onDone={() => setAdding(false)} /> : null}
      <div className="table-filters" role="search">
        <label className="visually-hidden" htmlFor="contact-search">
          Search contacts
        </label>
        <input
          id="contact-search"
          type="search"
          className="filter-search"
          placeholder="Search name, company or title"
          value={search}
          maxLength={LIMITS.searchMax}
          onChange={(event) => setSearch(event.target.value)}
        />
        <label className="inline-field">
          <span>Kind</span>
          <select value={kind ?? ''} onChange={(event) => update({ kind: event.target.value, page: null })}>
            <option value="">All kinds</option>
            {CONTACT_KINDS.map((value) => (
              <option key={value} value={value}>
                {CONTACT_KIND_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {data ? (
        data.items.length === 0 ? (
          filtered ? (
            <p className="empty-state" role="status">
              No contacts match{q ? ` “${q}”` : ''}
              {kind ? ` among ${CONTACT_KIND_LABELS[kind].toLowerCase()}s` : ''}.
            </p>
          ) : (
            <section className="empty-state">
              <h2>No contacts yet</h2>
              <p>Referrals and recruiter messages start with people. Import your LinkedIn connections or add someone by hand.</p>
              <Link to="/contacts/import" className="button button-primary">
                Import from LinkedIn
              </Link>
            </section>
          )
        ) : (
          <>
            <ContactsTable contacts={rows} sort={sort} onSort={onSort} busy={contacts.isPlaceholderData} />
            <nav className="pagination" aria-label="Pages">
              <p className="muted" role="status">
                {numberFormat.format((data.page - 1) * data.pageSize + 1)}–
                {numberFormat.format((data.page - 1) * data.pageSize + data.items.length)} of{' '}
                {numberFormat.format(data.total)}
              </p>
              <button
                type="button"
                className="button"
                disabled={page <= 1}
                onClick={() => update({ page: page - 1 > 1 ? String(page - 1) : null })}
              >
                Previous
              </button>
              <span>
                Page {page} of {pageCount}
              </span>
              <button
                type="button"
                className="button"
                disabled={page >= pageCount}
                onClick={() => update({ page: String(page + 1) })}
              >
                Next
              </button>
            </nav>
          </>
        )
      ) : contacts.isError ? (
        <Banner>
          Couldn't load your contacts. {errorMessage(contacts.error)}{' '}
          <button type="button" className="link-button" onClick={() => void contacts.refetch()}>
            Retry
          </button>
        </Banner>
      ) : (
        <div className="table-skeleton" aria-busy="true">
          <p className="visually-hidden" role="status">
            Loading contacts…
          </p>
          {Array.from({ length: 8 }, (_, index) => (
            <div key={index} className="skeleton skeleton-row" aria-hidden="true" />
          ))}
        </div>
      )}
    </div>
  );
}
