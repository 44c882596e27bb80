import type { ContactDto } from '@offerpath/api-client';
import { CONTACT_KINDS, CONTACT_KIND_LABELS, CONTACT_LIMITS, LIMITS, type ContactKind } from '@offerpath/domain';
import { useState, type FormEvent } from 'react';
import { Field } from '../../../components/ui/field';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError } from '../../../lib/api';
import { useUpdateContact } from '../api/update-contact';
import { toFormValues, toUpdate, type ContactFormValues } from '../lib/contact-form';

interface ContactEditFormProps {
  contact: ContactDto;
  /** The server holds a newer version; the page reloads it and says so. */
  onConflict: () => void;
}

type TextKey = Exclude<keyof ContactFormValues, 'kind'>;

const TEXT_FIELDS: { key: TextKey; label: string; max: number; type?: string; span?: boolean; hint?: string }[] = [
  { key: 'name', label: 'Name', max: CONTACT_LIMITS.nameMax },
  { key: 'companyName', label: 'Company', max: LIMITS.companyNameMax },
  { key: 'title', label: 'Title', max: CONTACT_LIMITS.titleMax },
  { key: 'linkedinUrl', label: 'LinkedIn profile', max: LIMITS.urlMax, type: 'url' },
  { key: 'email', label: 'Email', max: LIMITS.emailMax, type: 'email' },
  { key: 'phone', label: 'Phone', max: CONTACT_LIMITS.phoneMax, type: 'tel' },
  { key: 'connectedOn', label: 'Connected on', max: 10, type: 'date' },
  { key: 'howMet', label: 'How you met', max: CONTACT_LIMITS.howMetMax },
  { key: 'tags', label: 'Tags', max: 2000, span: true, hint: 'Separated by commas' },
];

export function ContactEditForm({ contact, onConflict }: ContactEditFormProps) {
  const update = useUpdateContact();
  const toast = useToast();
  const [values, setValues] = useState<ContactFormValues>(() => toFormValues(contact));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const body = toUpdate(contact, values);
  const set = (key: keyof ContactFormValues) => (value: string) => setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body || update.isPending) return;
    if (!values.name.trim()) {
      setErrors({ name: 'Enter a name' });
      return;
    }
    setErrors({});
    setFormError(null);
    update.mutate(
      { id: contact.id, body },
      {
        onSuccess: (saved) => toast(`Saved ${saved.name}.`, 'success'),
        onError: (error) => {
          if (isApiError(error, 409) && error.code === 'version_conflict') {
            onConflict();
            return;
          }
          const fieldErrors = isApiError(error) ? error.fieldErrors : {};
          setErrors(fieldErrors);
          const unplaced = Object.keys(fieldErrors).filter((field) => !(field in values));
          if (Object.keys(fieldErrors).length === 0 || unplaced.length > 0) setFormError(errorMessage(error));
        },
      },
    );
  };

  return (
    <form className="edit-form" aria-label="Edit contact" onSubmit={submit} noValidate>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-grid">
        {TEXT_FIELDS.map((field) => (
          <Field key={field.key} label={field.label} hint={field.hint} error={errors[field.key]} className={field.span ? 'span-2' : undefined}>
            {(props) => (
              <input
                {...props}
                type={field.type ?? 'text'}
                value={values[field.key]}
                onChange={(event) => set(field.key)(event.target.value)}
                maxLength={field.max}
              />
            )}
          </Field>
        ))}
        <Field label="Kind" error={errors.kind}>
          {(props) => (
            <select {...props} value={values.kind} onChange={(event) => set('kind')(event.target.value as ContactKind)}>
              {CONTACT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {CONTACT_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Notes" error={errors.notes} className="span-2">
          {(props) => (
            <textarea
              {...props}
              rows={4}
              value={values.notes}
              onChange={(event) => set('notes')(event.target.value)}
              maxLength={LIMITS.notesMax}
            />
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={!body || update.isPending}>
          {update.isPending ? 'Saving…' : 'Save changes'}
        </button>
        <button
          type="button"
          className="button"
          disabled={!body || update.isPending}
          onClick={() => {
            setValues(toFormValues(contact));
            setErrors({});
            setFormError(null);
          }}
        >
          Discard changes
        </button>
      </div>
    </form>
  );
}
