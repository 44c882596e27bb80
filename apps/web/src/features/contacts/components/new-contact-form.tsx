import { CONTACT_KINDS, CONTACT_KIND_LABELS, CONTACT_LIMITS, LIMITS, inferContactKind, type ContactKind } from '@offerpath/domain';
import type { FormEvent } from 'react';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, placeFieldErrors } from '../../../lib/api';
import { useFormState } from '../../../lib/use-form-state';
import { useCreateContact } from '../api/create-contact';

const FORM_FIELDS = ['name', 'companyName', 'title', 'kind', 'linkedinUrl', 'email'] as const;
type FormField = (typeof FORM_FIELDS)[number];
type Values = Record<Exclude<FormField, 'kind'>, string> & { kind: ContactKind | '' };

const EMPTY: Values = { name: '', companyName: '', title: '', kind: '', linkedinUrl: '', email: '' };
const KIND_OPTIONS = ['', ...CONTACT_KINDS] as const;
const orNull = (value: string) => value.trim() || null;

export function NewContactForm({ onDone }: { onDone: () => void }) {
  const create = useCreateContact();
  const toast = useToast();
  const { values, set, errors, setErrors, formError, setFormError, reset } = useFormState<Values>(EMPTY);

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
          reset(EMPTY);
          onDone();
        },
        onError: (error) => {
          const { placed } = placeFieldErrors(error, FORM_FIELDS);
          setErrors(placed);
          if (Object.keys(placed).length === 0) setFormError(errorMessage(error));
        },
      },
    );
  };

  return (
    <form className="panel-form" aria-label="New contact" onSubmit={submit} noValidate>
      <FormError message={formError} />
      <div className="form-grid form-grid-3">
        <TextField
          label="Name"
          error={errors.name}
          value={values.name}
          onChange={set('name')}
          maxLength={CONTACT_LIMITS.nameMax}
          autoComplete="off"
          autoFocus
          required
        />
        <TextField
          label="Company"
          error={errors.companyName}
          value={values.companyName}
          onChange={set('companyName')}
          maxLength={LIMITS.companyNameMax}
          autoComplete="off"
        />
        <TextField
          label="Title"
          error={errors.title}
          value={values.title}
          onChange={set('title')}
          maxLength={CONTACT_LIMITS.titleMax}
          autoComplete="off"
        />
        <SelectField<ContactKind | ''>
          label="Kind"
          error={errors.kind}
          value={values.kind}
          onChange={set('kind')}
          options={KIND_OPTIONS}
          optionLabel={(kind) =>
            kind === '' ? `Guess from title (${CONTACT_KIND_LABELS[inferContactKind(values.title)]})` : CONTACT_KIND_LABELS[kind]
          }
        />
        <TextField
          label="LinkedIn profile"
          error={errors.linkedinUrl}
          type="url"
          inputMode="url"
          placeholder="https://www.linkedin.com/in/…"
          value={values.linkedinUrl}
          onChange={set('linkedinUrl')}
          maxLength={LIMITS.urlMax}
        />
        <TextField
          label="Email"
          error={errors.email}
          type="email"
          value={values.email}
          onChange={set('email')}
          maxLength={LIMITS.emailMax}
        />
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
