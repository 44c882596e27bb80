import type { FormEvent, ReactNode } from 'react';
import { Banner } from '../../../components/ui/banner';

interface AuthFormProps {
  title: string;
  /** A message for the whole form, over the fields. */
  banner: string | null;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Under the card: the way to the other auth page. */
  footer: ReactNode;
  children: ReactNode;
}

/** The sign-in and sign-up card: brand, title, the form's fields and its one button. */
export function AuthForm({ title, banner, submitLabel, pendingLabel, pending, onSubmit, footer, children }: AuthFormProps) {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">Offerpath</p>
        <h1>{title}</h1>
        <form onSubmit={onSubmit} noValidate>
          {banner ? <Banner>{banner}</Banner> : null}
          {children}
          <button type="submit" className="button button-primary button-block" disabled={pending}>
            {pending ? pendingLabel : submitLabel}
          </button>
        </form>
        <p className="auth-switch">{footer}</p>
      </div>
    </main>
  );
}
