import { LIMITS } from '@offerpath/domain';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { TextField } from '../../../components/ui/text-field';
import { useMe } from '../api/get-me';
import { useLogin } from '../api/login';
import { AuthForm } from './auth-form';
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
    <AuthForm
      title="Sign in"
      banner={errors.banner}
      submitLabel="Sign in"
      pendingLabel="Signing in…"
      pending={login.isPending}
      onSubmit={submit}
      footer={
        <>
          New here? <Link to="/register">Create an account</Link>
        </>
      }
    >
      <TextField
        label="Email"
        error={errors.fields.email}
        type="email"
        autoComplete="email"
        value={email}
        onChange={setEmail}
        maxLength={LIMITS.emailMax}
        required
      />
      <TextField
        label="Password"
        error={errors.fields.password}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        maxLength={LIMITS.passwordMax}
        required
      />
    </AuthForm>
  );
}
