import { useState, type FormEvent } from 'react';
import { Banner } from '../../../components/ui/banner';
import { EditFormActions } from '../../../components/ui/edit-form-actions';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { useToast } from '../../../components/ui/toast';
import { placeFieldErrors } from '../../../lib/api';
import type { Settings } from '../api/get-settings';
import { useUpdateSettings } from '../api/update-settings';
import { timeZoneLabel } from '../lib/time-zones';
import { settingsSaveError } from './settings-form-error';

const HOURS = Array.from({ length: 24 }, (_, hour) => String(hour));
const hourLabel = (hour: string) => `${hour.padStart(2, '0')}:00`;

/** "Daily email digest": on or off, and the local hour it goes out; disabled when the server cannot send email. */
export function DigestSection({ settings }: { settings: Settings }) {
  return (
    <section className="settings-section" aria-labelledby="digest-heading">
      <h2 id="digest-heading">Daily email digest</h2>
      <p className="muted">
        One email a day listing overdue and due-today follow-ups and the day’s events, sent from the hour you choose in your time zone (
        {timeZoneLabel(settings.timeZone)}). Nothing is sent on a day with nothing due.
      </p>
      {settings.digest.available ? null : <Banner tone="info">The digest is unavailable. {settings.digest.reason}</Banner>}
      <DigestForm key={`${settings.digestEnabled}-${settings.digestHour}`} settings={settings} />
    </section>
  );
}

function DigestForm({ settings }: { settings: Settings }) {
  const update = useUpdateSettings();
  const toast = useToast();
  const [enabled, setEnabled] = useState(settings.digestEnabled);
  const [hour, setHour] = useState(String(settings.digestHour));
  const [errors, setErrors] = useState<Partial<Record<'digestEnabled' | 'digestHour', string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const available = settings.digest.available;
  const dirty = enabled !== settings.digestEnabled || hour !== String(settings.digestHour);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!dirty || update.isPending || !available) return;
    setErrors({});
    setFormError(null);
    update.mutate(
      { version: settings.version, digestEnabled: enabled, digestHour: Number(hour) },
      {
        onSuccess: (saved) => toast(saved.digestEnabled ? `Digest on, daily from ${hourLabel(String(saved.digestHour))}.` : 'Digest off.', 'success'),
        onError: (error) => {
          const { placed, unplaced } = placeFieldErrors(error, ['digestEnabled', 'digestHour'] as const);
          setErrors(placed);
          if (Object.keys(placed).length === 0 || unplaced) setFormError(settingsSaveError(error));
        },
      },
    );
  };

  return (
    <form className="settings-form" onSubmit={submit} noValidate>
      <FormError message={formError} />
      <fieldset className="plain-fieldset" disabled={!available}>
        <legend className="visually-hidden">Digest</legend>
        <div className="field checkbox-field">
          <label>
            <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} /> Email me a daily digest
          </label>
          {errors.digestEnabled ? <p className="field-error">{errors.digestEnabled}</p> : null}
        </div>
        <SelectField label="Send it from" hint="Local time, in your time zone." className="digest-hour" value={hour} options={HOURS} optionLabel={hourLabel} error={errors.digestHour} onChange={setHour} />
      </fieldset>
      {available ? (
        <EditFormActions
          dirty={dirty}
          pending={update.isPending}
          onDiscard={() => {
            setEnabled(settings.digestEnabled);
            setHour(String(settings.digestHour));
            setErrors({});
            setFormError(null);
          }}
        />
      ) : null}
    </form>
  );
}
