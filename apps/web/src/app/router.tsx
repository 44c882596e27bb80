import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { PageLoading } from '../components/ui/page-loading';
import { AppLayout } from './app-layout';
import { RequireAuth } from './require-auth';

// Each page is its own chunk, fetched only once it renders: the sign-in page stays tiny and
// the board (with dnd-kit) loads after the session check passes.
const LoginPage = lazy(() => import('../features/auth/components/login-page').then((m) => ({ default: m.LoginPage })));
const RegisterPage = lazy(() =>
  import('../features/auth/components/register-page').then((m) => ({ default: m.RegisterPage })),
);
const TodayPage = lazy(() => import('../features/today/components/today-page').then((m) => ({ default: m.TodayPage })));
const BoardPage = lazy(() =>
  import('../features/applications/components/board-page').then((m) => ({ default: m.BoardPage })),
);
const ContactsPage = lazy(() =>
  import('../features/contacts/components/contacts-page').then((m) => ({ default: m.ContactsPage })),
);
const ImportPage = lazy(() =>
  import('../features/contacts/components/import-page').then((m) => ({ default: m.ImportPage })),
);
const ContactPage = lazy(() =>
  import('../features/contacts/components/contact-page').then((m) => ({ default: m.ContactPage })),
);
const StatsPage = lazy(() =>
  import('../features/stats/components/stats-page').then((m) => ({ default: m.StatsPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/components/settings-page').then((m) => ({ default: m.SettingsPage })),
);
const PrepPage = lazy(() => import('../features/goals/components/prep-page').then((m) => ({ default: m.PrepPage })));
const CalendarPage = lazy(() =>
  import('../features/events/components/calendar-page').then((m) => ({ default: m.CalendarPage })),
);
const PeopleMetPage = lazy(() =>
  import('../features/events/components/people-met-page').then((m) => ({ default: m.PeopleMetPage })),
);
const DataPage = lazy(() => import('../features/data/components/data-page').then((m) => ({ default: m.DataPage })));
const NotFoundPage = lazy(() => import('./not-found-page').then((m) => ({ default: m.NotFoundPage })));

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route element={<RequireAuth />}>
          <Route element={<AppLayout />}>
            <Route index element={<TodayPage />} />
            <Route path="board" element={<BoardPage />} />
            <Route path="contacts" element={<ContactsPage />} />
            <Route path="contacts/import" element={<ImportPage />} />
            <Route path="contacts/:id" element={<ContactPage />} />
            <Route path="calendar" element={<CalendarPage />} />
            <Route path="calendar/events/:id/people" element={<PeopleMetPage />} />
            <Route path="stats" element={<StatsPage />} />
            <Route path="prep" element={<PrepPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="settings/data" element={<DataPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
