import { NavLink, Outlet, useNavigate } from 'react-router';
import { Suspense } from 'react';
import { PageLoading } from '../components/ui/page-loading';
import { useMe } from '../features/auth/api/get-me';
import { useLogout } from '../features/auth/api/logout';
import { useFollowUpCounts } from '../lib/follow-ups';

/** Top-level sections; Today, Calendar and Stats join here as they are built. */
const NAV_ITEMS = [
  { to: '/', label: 'Today', end: true },
  { to: '/board', label: 'Board', end: false },
  { to: '/contacts', label: 'Contacts', end: false },
  { to: '/calendar', label: 'Calendar', end: false },
  { to: '/stats', label: 'Stats', end: false },
  { to: '/prep', label: 'Prep', end: false },
  { to: '/settings', label: 'Settings', end: false },
] as const;

export function AppLayout() {
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Offerpath
        </span>
        <nav aria-label="Main">
          <ul className="nav-list">
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                {item.to === '/' ? (
                  <TodayNavLink label={item.label} />
                ) : (
                  <NavLink to={item.to} end={item.end} className="nav-link">
                    {item.label}
                  </NavLink>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-user">
          {me.data ? <span className="user-name">{me.data.name}</span> : null}
          <button
            type="button"
            className="button button-quiet"
            disabled={logout.isPending}
            onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })}
          >
            Sign out
          </button>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/** Today, with a badge of how many follow-ups are overdue or due today (refetched after each change). */
function TodayNavLink({ label }: { label: string }) {
  const counts = useFollowUpCounts();
  const due = counts.data ? counts.data.overdue + counts.data.today : 0;
  return (
    <NavLink to="/" end className="nav-link" aria-label={due > 0 ? `${label}, ${due} due` : undefined}>
      {label}
      {due > 0 ? (
        <span className="nav-badge" aria-hidden="true" data-overdue={counts.data?.overdue ? true : undefined}>
          {due > 99 ? '99+' : due}
        </span>
      ) : null}
    </NavLink>
  );
}
