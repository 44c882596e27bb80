import { LIMITS } from '@offerpath/domain';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { Banner } from '../../../components/ui/banner';
import { Field } from '../../../components/ui/field';
import { useMe } from '../api/get-me';
import { useRegister } from '../api/register';
import { authErrors, type AuthFormErrors } from '../lib/auth-errors';

const FIELDS = ['name', 'email', 'password'] as const;
type RegisterField = (typeof FIELDS)[number];

export function RegisterPage() {
  const me = useMe();
  const register = useRegister();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<AuthFormErrors<RegisterField>>({ fields: {}, banner: null });

  if (me.data) return <Navigate to="/" replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (password.length < LIMITS.passwordMin) {
      setErrors({ fields: { password: `Use at least ${LIMITS.passwordMin} characters.` }, banner: null });
      return;
    }
    setErrors({ fields: {}, banner: null });
    register.mutate(
      { name: name.trim(), email: email.trim(), password },
      {
        onSuccess: () => void navigate('/', { replace: true }),
        onError: (error) => setErrors(authErrors(error, FIELDS)),
      },
    );
  };

  return (
    <main className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">Offerpath</p>
        <h1>Create your account</h1>
        <form onSubmit={submit} noValidate>
          {errors.banner ? <Banner>{errors.banner}</Banner> : null}
          <Field label="Name" error={errors.fields.name}>
            {(props) => (
              <input
                {...props}
                autoComplete="name"
                value={name}
                onChange={(event) => setName(event.target.value)}
                maxLength={LIMITS.nameMax}
                required
              />
            )}
          </Field>
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
          <Field label="Password" hint={`At least ${LIMITS.passwordMin} characters.`} error={errors.fields.password}>
            {(props) => (
              <input
                {...props}
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                minLength={LIMITS.passwordMin}
                maxLength={LIMITS.passwordMax}
                required
              />
            )}
          </Field>
          <button type="submit" className="button button-primary button-block" disabled={register.isPending}>
            {register.isPending ? 'Creating account…' : 'Create account'}
          </button>
        </form>
        <p className="auth-switch">
          Already have an account? <Link to="/login">Sign in</Link>
        </p>
      </div>
    </main>
  );
}
