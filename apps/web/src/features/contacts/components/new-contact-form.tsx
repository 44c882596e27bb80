import { CONTACT_KINDS, CONTACT_KIND_LABELS, CONTACT_LIMITS, LIMITS, inferContactKind, type ContactKind } from '@offerpath/domain';
import { useState, type FormEvent } from 'react';
import { Field } from '../../../components/ui/field';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError } from '../../../lib/api';
import { useCreateContact } from '../api/create-contact';

const FORM_FIELDS = ['name', 'companyName', 'title', 'kind', 'linkedinUrl', 'email'] as const;
type FormField = (typeof FORM_FIELDS)[number];
type Values = Record<Exclude<FormField, 'kind'>, string> & { kind: ContactKind | '' };

const EMPTY: Values = { name: '', companyName: '', title: '', kind: '', linkedinUrl: '', email: '' };
const orNull = (value: string) => value.trim() || null;

export function NewContactForm({ onDone }: { onDone: () => void }) {
  const create = useCreateContact();
  const toast = useToast();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = (key: FormField) => (value: string) => setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    setFormError(null);
    if (!values.name.trim()) {
      setErrors({ name: 'Enter a name' });
      return;
    }
    setErrors({});
    create.mutate(
      {
        name: values.name.trim(),
        companyName: orNull(values.companyName),
        title: orNull(values.title),
        linkedinUrl: orNull(values.linkedinUrl),
        email: orNull(values.email),
        ...(values.kind ? { kind: values.kind } : {}),
      },
      {
        onSuccess: (created) => {
          toast(`Added ${created.name}.`, 'success');
          setValues(EMPTY);
          onDone();
        },
        onError: (error) => {
          const fieldErrors = isApiError(error) ? error.fieldErrors : {};
          const known = Object.fromEntries(
            Object.entries(fieldErrors).filter(([field]) => (FORM_FIELDS as readonly string[]).includes(field)),
          ) as Partial<Record<FormField, string>>;
          setErrors(known);
          if (Object.keys(known).length === 0) setFormError(errorMessage(error));
        },
      },
    );
  };

  return (
    <form className="panel-form" aria-label="New contact" onSubmit={submit} noValidate>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-grid form-grid-3">
        <Field label="Name" error={errors.name}>
          {(props) => (
            <input
              {...props}
              value={values.name}
              onChange={(event) => set('name')(event.target.value)}
              maxLength={CONTACT_LIMITS.nameMax}
              autoComplete="off"
              autoFocus
              required
            />
          )}
        </Field>
        <Field label="Company" error={errors.companyName}>
          {(props) => (
            <input
              {...props}
              value={values.companyName}
              onChange={(event) => set('companyName')(event.target.value)}
              maxLength={LIMITS.companyNameMax}
              autoComplete="off"
            />
          )}
        </Field>
        <Field label="Title" error={errors.title}>
          {(props) => (
            <input
              {...props}
              value={values.title}
              onChange={(event) => set('title')(event.target.value)}
              maxLength={CONTACT_LIMITS.titleMax}
              autoComplete="off"
            />
          )}
        </Field>
        <Field label="Kind" error={errors.kind}>
          {(props) => (
            <select {...props} value={values.kind} onChange={(event) => set('kind')(event.target.value)}>
              <option value="">Guess from title ({CONTACT_KIND_LABELS[inferContactKind(values.title)]})</option>
              {CONTACT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {CONTACT_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="LinkedIn profile" error={errors.linkedinUrl}>
          {(props) => (
            <input
              {...props}
              type="url"
              inputMode="url"
              placeholder="https://www.linkedin.com/in/…"
              value={values.linkedinUrl}
              onChange={(event) => set('linkedinUrl')(event.target.value)}
              maxLength={LIMITS.urlMax}
            />
          )}
        </Field>
        <Field label="Email" error={errors.email}>
          {(props) => (
            <input
              {...props}
              type="email"
              value={values.email}
              onChange={(event) => set('email')(event.target.value)}
              maxLength={LIMITS.emailMax}
            />
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add contact'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
