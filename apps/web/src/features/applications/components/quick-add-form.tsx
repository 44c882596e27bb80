import { CHANNELS, CHANNEL_LABELS, LIMITS, OPEN_STAGES, STAGE_LABELS, type Channel, type OpenStage } from '@offerpath/domain';
import { useRef, useState, type FormEvent } from 'react';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, placeFieldErrors } from '../../../lib/api';
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
          const { placed } = placeFieldErrors(error, FORM_FIELDS);
          setErrors(placed);
          if (Object.keys(placed).length === 0) setFormError(errorMessage(error));
        },
      },
    );
  };

  return (
    <form className="quick-add" aria-label="Quick add" onSubmit={submit} noValidate>
      <TextField
        label="Company"
        error={errors.companyName}
        className="quick-add-company"
        ref={companyRef}
        value={companyName}
        onChange={setCompanyName}
        maxLength={LIMITS.companyNameMax}
        autoComplete="off"
        required
      />
      <TextField
        label="Role"
        error={errors.roleTitle}
        className="quick-add-role"
        value={roleTitle}
        onChange={setRoleTitle}
        maxLength={LIMITS.roleTitleMax}
        autoComplete="off"
        required
      />
      <SelectField<Channel>
        label="Channel"
        error={errors.channel}
        value={channel}
        onChange={setChannel}
        options={CHANNELS}
        optionLabel={(value) => CHANNEL_LABELS[value]}
      />
      <SelectField<OpenStage>
        label="Stage"
        error={errors.stage}
        value={stage}
        onChange={setStage}
        options={OPEN_STAGES}
        optionLabel={(value) => STAGE_LABELS[value]}
      />
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        Add
      </button>
      <FormError message={formError} />
    </form>
  );
}
