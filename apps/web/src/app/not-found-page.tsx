import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>Page not found</h1>
        <p>
          Nothing lives at this address. <Link to="/board">Go to your board</Link>
        </p>
      </div>
    </main>
  );
}
