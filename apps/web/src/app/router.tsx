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
const NotFoundPage = lazy(() => import('./not-found-page').then((m) => ({ default: m.NotFoundPage })));

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route element={<RequireAuth />}>
          <Route element={<AppLayout />}>
            <Route index element={<BoardPage />} />
            <Route path="contacts" element={<ContactsPage />} />
            <Route path="contacts/import" element={<ImportPage />} />
            <Route path="contacts/:id" element={<ContactPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
