import { Navigate, Outlet, useLocation } from 'react-router';
import { Banner } from '../components/ui/banner';
import { PageLoading } from '../components/ui/page-loading';
import { useMe } from '../features/auth/api/get-me';
import { errorMessage } from '../lib/api';

/** Renders the signed-in part of the app, or sends the visitor to sign in. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) {
    return <PageLoading />;
  }
  if (me.isError) {
    return (
      <main className="auth-page">
        <Banner>
          {errorMessage(me.error)}{' '}
          <button type="button" className="link-button" onClick={() => void me.refetch()}>
            Retry
          </button>
        </Banner>
      </main>
    );
  }
  if (!me.data) {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <Outlet />;
}
