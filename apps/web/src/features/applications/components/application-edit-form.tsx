import type { ApplicationDto } from '@offerpath/api-client';
import {
  CHANNELS,
  CHANNEL_LABELS,
  LIMITS,
  STAGES,
  STAGE_LABELS,
  WORK_MODES,
  WORK_MODE_LABELS,
  checkTransition,
  type Channel,
  type Stage,
  type WorkMode,
} from '@offerpath/domain';
import type { FormEvent } from 'react';
import { EditFormActions } from '../../../components/ui/edit-form-actions';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField, TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError, placeFieldErrors } from '../../../lib/api';
import { useFormState } from '../../../lib/use-form-state';
import { useUpdateApplication } from '../api/update-application';
import { toFormValues, toUpdate, type ApplicationFormValues } from '../lib/application-form';

const EXCITEMENT_LABELS = ['1 — meh', '2', '3 — interested', '4', '5 — dream job'] as const;
const EXCITEMENT_OPTIONS = ['', ...EXCITEMENT_LABELS.map((_, index) => String(index + 1))];
const excitementLabel = (value: string) => (value === '' ? 'Not set' : EXCITEMENT_LABELS[Number(value) - 1]);
const WORK_MODE_OPTIONS = ['', ...WORK_MODES] as const;

interface ApplicationEditFormProps {
  application: ApplicationDto;
  /** The server holds a newer version; the drawer reloads it and says so. */
  onConflict: () => void;
}

export function ApplicationEditForm({ application, onConflict }: ApplicationEditFormProps) {
  const update = useUpdateApplication();
  const toast = useToast();
  const { values, set, errors, setErrors, formError, setFormError, reset } = useFormState<ApplicationFormValues>(() =>
    toFormValues(application),
  );
  const body = toUpdate(application, values);
  const reachable = (stage: Stage) => checkTransition(application.stage, stage).ok;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body || update.isPending) return;
    setErrors({});
    setFormError(null);
    update.mutate(
      { id: application.id, body },
      {
        onSuccess: (saved) => toast(`Saved ${saved.companyName}.`, 'success'),
        onError: (error) => {
          if (isApiError(error, 409)) {
            onConflict();
            return;
          }
          const { placed, unplaced } = placeFieldErrors(error, Object.keys(values) as (keyof ApplicationFormValues)[]);
          setErrors(placed);
          if (Object.keys(placed).length === 0 || unplaced) setFormError(errorMessage(error));
        },
      },
    );
  };

  return (
    <form className="edit-form" aria-label="Edit application" onSubmit={submit} noValidate>
      <FormError message={formError} />
      <div className="form-grid">
        <TextField
          label="Company name"
          error={errors.companyName}
          value={values.companyName}
          onChange={set('companyName')}
          maxLength={LIMITS.companyNameMax}
          required
        />
        <TextField
          label="Role title"
          error={errors.roleTitle}
          value={values.roleTitle}
          onChange={set('roleTitle')}
          maxLength={LIMITS.roleTitleMax}
          required
        />
        <SelectField<Stage>
          label="Stage"
          error={errors.stage}
          value={values.stage}
          onChange={set('stage')}
          options={STAGES}
          optionDisabled={(stage) => !reachable(stage)}
          optionLabel={(stage) => `${STAGE_LABELS[stage]}${reachable(stage) ? '' : ' (not from here)'}`}
        />
        <SelectField<Channel>
          label="Channel"
          error={errors.channel}
          value={values.channel}
          onChange={set('channel')}
          options={CHANNELS}
          optionLabel={(channel) => CHANNEL_LABELS[channel]}
        />
        <TextField
          label="Job posting URL"
          error={errors.jobUrl}
          className="span-2"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={values.jobUrl}
          onChange={set('jobUrl')}
          maxLength={LIMITS.urlMax}
        />
        <TextField
          label="Location"
          error={errors.location}
          value={values.location}
          onChange={set('location')}
          maxLength={LIMITS.locationMax}
        />
        <SelectField<WorkMode | ''>
          label="Work mode"
          error={errors.workMode}
          value={values.workMode}
          onChange={set('workMode')}
          options={WORK_MODE_OPTIONS}
          optionLabel={(mode) => (mode === '' ? 'Not set' : WORK_MODE_LABELS[mode])}
        />
        <TextField
          label="Salary from"
          error={errors.salaryMin}
          type="number"
          min={0}
          max={LIMITS.salaryMax}
          step={1000}
          value={values.salaryMin}
          onChange={set('salaryMin')}
        />
        <TextField
          label="Salary to"
          error={errors.salaryMax}
          type="number"
          min={0}
          max={LIMITS.salaryMax}
          step={1000}
          value={values.salaryMax}
          onChange={set('salaryMax')}
        />
        <TextField
          label="Currency"
          hint="ISO code, e.g. EUR"
          error={errors.salaryCurrency}
          value={values.salaryCurrency}
          onChange={(value) => set('salaryCurrency')(value.toUpperCase())}
          maxLength={3}
          pattern="[A-Za-z]{3}"
          autoComplete="off"
        />
        <SelectField
          label="Excitement"
          error={errors.excitement}
          value={values.excitement}
          onChange={set('excitement')}
          options={EXCITEMENT_OPTIONS}
          optionLabel={excitementLabel}
        />
        <TextField label="Applied on" error={errors.appliedOn} type="date" value={values.appliedOn} onChange={set('appliedOn')} />
        <TextField
          label="Offer deadline"
          hint="When you must answer an offer; you get a reminder before it"
          error={errors.offerDeadline}
          type="date"
          value={values.offerDeadline}
          onChange={set('offerDeadline')}
        />
        <TextField
          label="Résumé version"
          error={errors.resumeVersion}
          value={values.resumeVersion}
          onChange={set('resumeVersion')}
          maxLength={LIMITS.resumeVersionMax}
        />
        <TextAreaField
          label="Notes"
          error={errors.notes}
          className="span-2"
          rows={5}
          value={values.notes}
          onChange={set('notes')}
          maxLength={LIMITS.notesMax}
        />
        <div className="field span-2 checkbox-field">
          <label>
            <input
              type="checkbox"
              checked={values.archived}
              onChange={(event) => set('archived')(event.target.checked)}
            />{' '}
            Archived <span className="muted">(hidden from the board)</span>
          </label>
          {errors.archived ? <p className="field-error">{errors.archived}</p> : null}
        </div>
      </div>
      <EditFormActions dirty={body !== null} pending={update.isPending} onDiscard={() => reset(toFormValues(application))} />
    </form>
  );
}
