import { useState, type FormEvent } from 'react';
import { EditFormActions } from '../../../components/ui/edit-form-actions';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { useToast } from '../../../components/ui/toast';
import { placeFieldErrors } from '../../../lib/api';
import type { Settings } from '../api/get-settings';
import { useUpdateSettings } from '../api/update-settings';
import { browserTimeZone } from '../../../lib/dates';
import { timeZoneLabel, timeZoneOptions } from '../lib/time-zones';
import { settingsSaveError } from './settings-form-error';

/** "Time zone": the zone that "today", due times and the digest hour are counted in. */
export function TimeZoneSection({ settings }: { settings: Settings }) {
  return (
    <section className="settings-section" aria-labelledby="time-zone-heading">
      <h2 id="time-zone-heading">Time zone</h2>
      <p className="muted">What counts as today, the time of follow-ups in your calendar feed and the hour of the digest follow this zone.</p>
      <TimeZoneForm key={settings.timeZone} settings={settings} />
    </section>
  );
}

function TimeZoneForm({ settings }: { settings: Settings }) {
  const update = useUpdateSettings();
  const toast = useToast();
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const browser = browserTimeZone();
  const dirty = timeZone !== settings.timeZone;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!dirty || update.isPending) return;
    setFieldError(undefined);
    setFormError(null);
    update.mutate(
      { version: settings.version, timeZone },
      {
        onSuccess: () => toast('Time zone saved.', 'success'),
        onError: (error) => {
          const { placed, unplaced } = placeFieldErrors(error, ['timeZone'] as const);
          setFieldError(placed.timeZone);
          if (!placed.timeZone || unplaced) setFormError(settingsSaveError(error));
        },
      },
    );
  };

  return (
    <form className="settings-form" onSubmit={submit} noValidate>
      <FormError message={formError} />
      <div className="time-zone-row">
        <SelectField label="Time zone" value={timeZone} options={timeZoneOptions(timeZone)} optionLabel={timeZoneLabel} error={fieldError} onChange={setTimeZone} />
        {browser && browser !== timeZone ? (
          <button type="button" className="button" onClick={() => setTimeZone(browser)}>
            Use my browser’s time zone ({timeZoneLabel(browser)})
          </button>
        ) : null}
      </div>
      <EditFormActions
        dirty={dirty}
        pending={update.isPending}
        onDiscard={() => {
          setTimeZone(settings.timeZone);
          setFieldError(undefined);
          setFormError(null);
        }}
      />
    </form>
  );
}
