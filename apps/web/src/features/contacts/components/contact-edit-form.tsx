import type { ContactDto } from '@offerpath/api-client';
import { CONTACT_KINDS, CONTACT_KIND_LABELS, CONTACT_LIMITS, LIMITS, type ContactKind } from '@offerpath/domain';
import type { FormEvent } from 'react';
import { EditFormActions } from '../../../components/ui/edit-form-actions';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField, TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError, placeFieldErrors } from '../../../lib/api';
import { useFormState } from '../../../lib/use-form-state';
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
  const { values, set, errors, setErrors, formError, setFormError, reset } = useFormState<ContactFormValues>(() =>
    toFormValues(contact),
  );
  const body = toUpdate(contact, values);

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
          const { placed, unplaced } = placeFieldErrors(error, Object.keys(values) as (keyof ContactFormValues)[]);
          setErrors(placed);
          if (Object.keys(placed).length === 0 || unplaced) setFormError(errorMessage(error));
        },
      },
    );
  };

  return (
    <form className="edit-form" aria-label="Edit contact" onSubmit={submit} noValidate>
      <FormError message={formError} />
      <div className="form-grid">
        {TEXT_FIELDS.map((field) => (
          <TextField
            key={field.key}
            label={field.label}
            hint={field.hint}
            error={errors[field.key]}
            className={field.span ? 'span-2' : undefined}
            type={field.type ?? 'text'}
            value={values[field.key]}
            onChange={set(field.key)}
            maxLength={field.max}
          />
        ))}
        <SelectField<ContactKind>
          label="Kind"
          error={errors.kind}
          value={values.kind}
          onChange={set('kind')}
          options={CONTACT_KINDS}
          optionLabel={(kind) => CONTACT_KIND_LABELS[kind]}
        />
        <TextAreaField
          label="Notes"
          error={errors.notes}
          className="span-2"
          rows={4}
          value={values.notes}
          onChange={set('notes')}
          maxLength={LIMITS.notesMax}
        />
      </div>
      <EditFormActions dirty={body !== null} pending={update.isPending} onDiscard={() => reset(toFormValues(contact))} />
    </form>
  );
}
