import { LIMITS } from '@offerpath/domain';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { TextField } from '../../../components/ui/text-field';
import { useMe } from '../api/get-me';
import { useRegister } from '../api/register';
import { AuthForm } from './auth-form';
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
    <AuthForm
      title="Create your account"
      banner={errors.banner}
      submitLabel="Create account"
      pendingLabel="Creating account…"
      pending={register.isPending}
      onSubmit={submit}
      footer={
        <>
          Already have an account? <Link to="/login">Sign in</Link>
        </>
      }
    >
      <TextField
        label="Name"
        error={errors.fields.name}
        autoComplete="name"
        value={name}
        onChange={setName}
        maxLength={LIMITS.nameMax}
        required
      />
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
        hint={`At least ${LIMITS.passwordMin} characters.`}
        error={errors.fields.password}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        minLength={LIMITS.passwordMin}
        maxLength={LIMITS.passwordMax}
        required
      />
    </AuthForm>
  );
}
