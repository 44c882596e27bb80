import type { FormEvent } from 'react';
import { FormError } from '../ui/form-error';
import { TextField } from '../ui/text-field';
import { useToast } from '../ui/toast';
import { errorMessage, placeFieldErrors } from '../../lib/api';
import { formatDay } from '../../lib/dates';
import { useCreateFollowUp } from '../../lib/follow-ups';
import { useFormState } from '../../lib/use-form-state';

const FORM_FIELDS = ['title', 'dueOn'] as const;
type Values = Record<(typeof FORM_FIELDS)[number], string>;
const TITLE_MAX = 200;

interface AddFollowUpFormProps {
  /** The day the date field starts at: the user's local today. */
  today: string;
  /** Links every follow-up made here to this contact / application. */
  contactId?: string;
  applicationId?: string;
  /** The form's accessible name. */
  label?: string;
}

/** Title and due date, one line: Enter adds it. */
export function AddFollowUpForm({ today, contactId, applicationId, label = 'Add a follow-up' }: AddFollowUpFormProps) {
  const create = useCreateFollowUp();
  const toast = useToast();
  const empty: Values = { title: '', dueOn: today };
  const { values, set, errors, setErrors, formError, setFormError, reset } = useFormState<Values>(empty);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    setFormError(null);
    if (!values.title.trim()) {
      setErrors({ title: 'Say what to do' });
      return;
    }
    setErrors({});
    create.mutate(
      { title: values.title.trim(), ...(values.dueOn ? { dueOn: values.dueOn } : {}), ...(contactId ? { contactId } : {}), ...(applicationId ? { applicationId } : {}) },
      {
        onSuccess: (created) => {
          toast(`Added “${created.title}” for ${formatDay(created.dueOn)}.`, 'success');
          reset(empty);
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
    <form className="follow-up-add" aria-label={label} onSubmit={submit} noValidate>
      <FormError message={formError} />
      <TextField
        label="Follow-up"
        className="follow-up-add-title"
        placeholder="e.g. Email the recruiter"
        error={errors.title}
        value={values.title}
        onChange={set('title')}
        maxLength={TITLE_MAX}
        autoComplete="off"
      />
      <TextField label="Due" type="date" error={errors.dueOn} value={values.dueOn} onChange={set('dueOn')} />
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {create.isPending ? 'Adding…' : 'Add follow-up'}
      </button>
    </form>
  );
}
