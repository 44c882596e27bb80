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
import { useState, type FormEvent } from 'react';
import { Field } from '../../../components/ui/field';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError } from '../../../lib/api';
import { useUpdateApplication } from '../api/update-application';
import { toFormValues, toUpdate, type ApplicationFormValues } from '../lib/application-form';

const EXCITEMENT_LABELS = ['1 — meh', '2', '3 — interested', '4', '5 — dream job'] as const;

interface ApplicationEditFormProps {
  application: ApplicationDto;
  /** The server holds a newer version; the drawer reloads it and says so. */
  onConflict: () => void;
}

export function ApplicationEditForm({ application, onConflict }: ApplicationEditFormProps) {
  const update = useUpdateApplication();
  const toast = useToast();
  const [values, setValues] = useState<ApplicationFormValues>(() => toFormValues(application));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const body = toUpdate(application, values);
  const set =
    <K extends keyof ApplicationFormValues>(key: K) =>
    (value: ApplicationFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

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
          const fieldErrors = isApiError(error) ? error.fieldErrors : {};
          setErrors(fieldErrors);
          const unplaced = Object.keys(fieldErrors).filter((field) => !(field in values));
          if (Object.keys(fieldErrors).length === 0 || unplaced.length > 0) setFormError(errorMessage(error));
        },
      },
    );
  };

  return (
    <form className="edit-form" aria-label="Edit application" onSubmit={submit} noValidate>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-grid">
        <Field label="Company name" error={errors.companyName}>
          {(props) => (
            <input
              {...props}
              value={values.companyName}
              onChange={(event) => set('companyName')(event.target.value)}
              maxLength={LIMITS.companyNameMax}
              required
            />
          )}
        </Field>
        <Field label="Role title" error={errors.roleTitle}>
          {(props) => (
            <input
              {...props}
              value={values.roleTitle}
              onChange={(event) => set('roleTitle')(event.target.value)}
              maxLength={LIMITS.roleTitleMax}
              required
            />
          )}
        </Field>
        <Field label="Stage" error={errors.stage}>
          {(props) => (
            <select {...props} value={values.stage} onChange={(event) => set('stage')(event.target.value as Stage)}>
              {STAGES.map((stage) => {
                const allowed = checkTransition(application.stage, stage).ok;
                return (
                  <option key={stage} value={stage} disabled={!allowed}>
                    {STAGE_LABELS[stage]}
                    {allowed ? '' : ' (not from here)'}
                  </option>
                );
              })}
            </select>
          )}
        </Field>
        <Field label="Channel" error={errors.channel}>
          {(props) => (
            <select {...props} value={values.channel} onChange={(event) => set('channel')(event.target.value as Channel)}>
              {CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {CHANNEL_LABELS[channel]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Job posting URL" error={errors.jobUrl} className="span-2">
          {(props) => (
            <input
              {...props}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={values.jobUrl}
              onChange={(event) => set('jobUrl')(event.target.value)}
              maxLength={LIMITS.urlMax}
            />
          )}
        </Field>
        <Field label="Location" error={errors.location}>
          {(props) => (
            <input
              {...props}
              value={values.location}
              onChange={(event) => set('location')(event.target.value)}
              maxLength={LIMITS.locationMax}
            />
          )}
        </Field>
        <Field label="Work mode" error={errors.workMode}>
          {(props) => (
            <select
              {...props}
              value={values.workMode}
              onChange={(event) => set('workMode')(event.target.value as WorkMode | '')}
            >
              <option value="">Not set</option>
              {WORK_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {WORK_MODE_LABELS[mode]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Salary from" error={errors.salaryMin}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              max={LIMITS.salaryMax}
              step={1000}
              value={values.salaryMin}
              onChange={(event) => set('salaryMin')(event.target.value)}
            />
          )}
        </Field>
        <Field label="Salary to" error={errors.salaryMax}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              max={LIMITS.salaryMax}
              step={1000}
              value={values.salaryMax}
              onChange={(event) => set('salaryMax')(event.target.value)}
            />
          )}
        </Field>
        <Field label="Currency" hint="ISO code, e.g. EUR" error={errors.salaryCurrency}>
          {(props) => (
            <input
              {...props}
              value={values.salaryCurrency}
              onChange={(event) => set('salaryCurrency')(event.target.value.toUpperCase())}
              maxLength={3}
              pattern="[A-Za-z]{3}"
              autoComplete="off"
            />
          )}
        </Field>
        <Field label="Excitement" error={errors.excitement}>
          {(props) => (
            <select {...props} value={values.excitement} onChange={(event) => set('excitement')(event.target.value)}>
              <option value="">Not set</option>
              {EXCITEMENT_LABELS.map((label, index) => (
                <option key={label} value={String(index + 1)}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Applied on" error={errors.appliedOn}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={values.appliedOn}
              onChange={(event) => set('appliedOn')(event.target.value)}
            />
          )}
        </Field>
        <Field label="Résumé version" error={errors.resumeVersion}>
          {(props) => (
            <input
              {...props}
              value={values.resumeVersion}
              onChange={(event) => set('resumeVersion')(event.target.value)}
              maxLength={LIMITS.resumeVersionMax}
            />
          )}
        </Field>
        <Field label="Notes" error={errors.notes} className="span-2">
          {(props) => (
            <textarea
              {...props}
              rows={5}
              value={values.notes}
              onChange={(event) => set('notes')(event.target.value)}
              maxLength={LIMITS.notesMax}
            />
          )}
        </Field>
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
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={!body || update.isPending}>
          {update.isPending ? 'Saving…' : 'Save changes'}
        </button>
        <button
          type="button"
          className="button"
          disabled={!body || update.isPending}
          onClick={() => {
            setValues(toFormValues(application));
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
