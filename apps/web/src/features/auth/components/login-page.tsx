import { LIMITS } from '@offerpath/domain';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { Banner } from '../../../components/ui/banner';
import { Field } from '../../../components/ui/field';
import { useMe } from '../api/get-me';
import { useLogin } from '../api/login';
import { authErrors, returnPath, type AuthFormErrors } from '../lib/auth-errors';

const FIELDS = ['email', 'password'] as const;
type LoginField = (typeof FIELDS)[number];

export function LoginPage() {
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<AuthFormErrors<LoginField>>({ fields: {}, banner: null });

  if (me.data) return <Navigate to={returnPath(location.state)} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({ fields: {}, banner: null });
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => void navigate(returnPath(location.state), { replace: true }),
        onError: (error) => setErrors(authErrors(error, FIELDS)),
      },
    );
  };

  return (
    <main className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">Offerpath</p>
        <h1>Sign in</h1>
        <form onSubmit={submit} noValidate>
          {errors.banner ? <Banner>{errors.banner}</Banner> : null}
          <Field label="Email" error={errors.fields.email}>
            {(props) => (
              <input
                {...props}
                type="email"
                autoComplete="email"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                maxLength={LIMITS.emailMax}
                required
              />
            )}
          </Field>
          <Field label="Password" error={errors.fields.password}>
            {(props) => (
              <input
                {...props}
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                maxLength={LIMITS.passwordMax}
                required
              />
            )}
          </Field>
          <button type="submit" className="button button-primary button-block" disabled={login.isPending}>
            {login.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p className="auth-switch">
          New here? <Link to="/register">Create an account</Link>
        </p>
      </div>
    </main>
  );
}
