import { CHANNELS, CHANNEL_LABELS, LIMITS, OPEN_STAGES, STAGE_LABELS, type Channel, type OpenStage } from '@offerpath/domain';
import { useRef, useState, type FormEvent } from 'react';
import { Field } from '../../../components/ui/field';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError } from '../../../lib/api';
import { useCreateApplication } from '../api/create-application';

const FORM_FIELDS = ['companyName', 'roleTitle', 'channel', 'stage'] as const;
type FormField = (typeof FORM_FIELDS)[number];

export function QuickAddForm() {
  const create = useCreateApplication();
  const toast = useToast();
  const companyRef = useRef<HTMLInputElement>(null);
  const [companyName, setCompanyName] = useState('');
  const [roleTitle, setRoleTitle] = useState('');
  const [channel, setChannel] = useState<Channel>('cold_apply');
  const [stage, setStage] = useState<OpenStage>('wishlist');
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    setFormError(null);
    const missing: Partial<Record<FormField, string>> = {};
    if (!companyName.trim()) missing.companyName = 'Enter the company';
    if (!roleTitle.trim()) missing.roleTitle = 'Enter the role';
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    create.mutate(
      { companyName: companyName.trim(), roleTitle: roleTitle.trim(), channel, stage },
      {
        onSuccess: (created) => {
          setCompanyName('');
          setRoleTitle('');
          companyRef.current?.focus();
          toast(`Added ${created.companyName} to ${STAGE_LABELS[created.stage]}.`, 'success');
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
    <form className="quick-add" aria-label="Quick add" onSubmit={submit} noValidate>
      <Field label="Company" error={errors.companyName} className="quick-add-company">
        {(props) => (
          <input
            {...props}
            ref={companyRef}
            value={companyName}
            onChange={(event) => setCompanyName(event.target.value)}
            maxLength={LIMITS.companyNameMax}
            autoComplete="off"
            required
          />
        )}
      </Field>
      <Field label="Role" error={errors.roleTitle} className="quick-add-role">
        {(props) => (
          <input
            {...props}
            value={roleTitle}
            onChange={(event) => setRoleTitle(event.target.value)}
            maxLength={LIMITS.roleTitleMax}
            autoComplete="off"
            required
          />
        )}
      </Field>
      <Field label="Channel" error={errors.channel}>
        {(props) => (
          <select {...props} value={channel} onChange={(event) => setChannel(event.target.value as Channel)}>
            {CHANNELS.map((value) => (
              <option key={value} value={value}>
                {CHANNEL_LABELS[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Stage" error={errors.stage}>
        {(props) => (
          <select {...props} value={stage} onChange={(event) => setStage(event.target.value as OpenStage)}>
            {OPEN_STAGES.map((value) => (
              <option key={value} value={value}>
                {STAGE_LABELS[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        Add
      </button>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
    </form>
  );
}
