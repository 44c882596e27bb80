import { useState, type FormEvent } from 'react';
import { Banner } from '../../../components/ui/banner';
import { EditFormActions } from '../../../components/ui/edit-form-actions';
import { FormError } from '../../../components/ui/form-error';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError } from '../../../lib/api';
import { useCadenceSettings, type CadenceRule, type CadenceSettings } from '../api/get-cadence-settings';
import { useUpdateCadenceSettings, type UpdateCadenceSettings } from '../api/update-cadence-settings';

interface RuleValues {
  enabled: boolean;
  days: string;
  maxCount: string;
}

interface CadenceFormValues {
  rules: Record<string, RuleValues>;
  ghostAfterDays: string;
}

function toFormValues(settings: CadenceSettings): CadenceFormValues {
  return {
    rules: Object.fromEntries(
      settings.rules.map((rule) => [
        rule.key,
        { enabled: rule.enabled, days: String(rule.days), maxCount: rule.maxCount === null ? '' : String(rule.maxCount) },
      ]),
    ),
    ghostAfterDays: String(settings.ghostAfterDays),
  };
}

/** Empty stays null so the server names the field instead of quietly taking 0. */
const whole = (value: string) => (value.trim() === '' ? null : Number(value));

function toBody(settings: CadenceSettings, values: CadenceFormValues): UpdateCadenceSettings {
  const rules: Record<string, { enabled: boolean; days: number; maxCount?: number }> = {};
  for (const rule of settings.rules) {
    const v = values.rules[rule.key];
    rules[rule.key] = {
      enabled: v.enabled,
      days: whole(v.days) as number,
      ...(rule.maxMaxCount === null ? {} : { maxCount: whole(v.maxCount) as number }),
    };
  }
  return { rules, ghostAfterDays: whole(values.ghostAfterDays) as number };
}

const sameValues = (a: CadenceFormValues, b: CadenceFormValues) => JSON.stringify(a) === JSON.stringify(b);

/** "Follow-up rules" on the Settings page: each cadence rule's switch, days and limit, and ghosting. */
export function CadenceRulesSection() {
  const query = useCadenceSettings();
  return (
    <section className="settings-section" aria-labelledby="cadence-rules-heading">
      <h2 id="cadence-rules-heading">Follow-up rules</h2>
      <p className="muted">
        Offerpath adds a follow-up when something you sent gets no answer, and removes it by itself once you log the answer.
        Changes apply to follow-ups made from now on.
      </p>
      {query.isPending ? (
        <p className="page-loading" role="status">
          Loading follow-up rules…
        </p>
      ) : query.isError ? (
        <Banner>
          Could not load your follow-up rules. {errorMessage(query.error)}{' '}
          <button type="button" className="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </Banner>
      ) : (
        <CadenceRulesForm key={query.dataUpdatedAt} settings={query.data} />
      )}
    </section>
  );
}

function CadenceRulesForm({ settings }: { settings: CadenceSettings }) {
  const update = useUpdateCadenceSettings();
  const toast = useToast();
  const [values, setValues] = useState(() => toFormValues(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const dirty = !sameValues(values, toFormValues(settings));

  const setRule = (key: string, change: Partial<RuleValues>) =>
    setValues((current) => ({ ...current, rules: { ...current.rules, [key]: { ...current.rules[key], ...change } } }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!dirty || update.isPending) return;
    setErrors({});
    setFormError(null);
    update.mutate(toBody(settings, values), {
      onSuccess: () => toast('Follow-up rules saved.', 'success'),
      onError: (error) => {
        const fieldErrors = isApiError(error, 400) ? error.fieldErrors : {};
        const known = new Set(['ghostAfterDays', ...settings.rules.flatMap((r) => [`rules.${r.key}.days`, `rules.${r.key}.maxCount`, `rules.${r.key}.enabled`])]);
        setErrors(fieldErrors);
        if (Object.keys(fieldErrors).length === 0 || Object.keys(fieldErrors).some((field) => !known.has(field))) setFormError(errorMessage(error));
      },
    });
  };

  return (
    <form className="cadence-rules-form" aria-label="Follow-up rules" onSubmit={submit} noValidate>
      <FormError message={formError} />
      <ul className="cadence-rules">
        {settings.rules.map((rule) => (
          <li key={rule.key}>
            <RuleFields rule={rule} values={values.rules[rule.key]} errors={errors} onChange={(change) => setRule(rule.key, change)} />
          </li>
        ))}
      </ul>
      <TextField
        label="Mark an applied application as ghosted after"
        hint={`Days without any activity (${settings.ghostAfterDaysDefault} by default). Never while it has a follow-up pending; move it back any time.`}
        error={errors.ghostAfterDays}
        className="cadence-ghost"
        type="number"
        inputMode="numeric"
        min={7}
        max={365}
        value={values.ghostAfterDays}
        onChange={(ghostAfterDays) => setValues((current) => ({ ...current, ghostAfterDays }))}
      />
      <EditFormActions
        dirty={dirty}
        pending={update.isPending}
        onDiscard={() => {
          setValues(toFormValues(settings));
          setErrors({});
          setFormError(null);
        }}
      />
    </form>
  );
}

interface RuleFieldsProps {
  rule: CadenceRule;
  values: RuleValues;
  errors: Record<string, string>;
  onChange: (change: Partial<RuleValues>) => void;
}

function RuleFields({ rule, values, errors, onChange }: RuleFieldsProps) {
  const field = (name: string) => errors[`rules.${rule.key}.${name}`];
  const daysLabel = rule.timing === 'before' ? 'Days before the deadline' : 'Days after';
  return (
    <fieldset className="cadence-rule" data-enabled={values.enabled}>
      <legend>{rule.label}</legend>
      <p className="muted">{rule.description}</p>
      <div className="cadence-rule-fields">
        <div className="field checkbox-field">
          <label>
            <input type="checkbox" checked={values.enabled} onChange={(event) => onChange({ enabled: event.target.checked })} /> On
          </label>
          {field('enabled') ? <p className="field-error">{field('enabled')}</p> : null}
        </div>
        <TextField
          label={daysLabel}
          hint={`Default ${rule.defaults.days}`}
          error={field('days')}
          type="number"
          inputMode="numeric"
          min={rule.minDays}
          max={rule.maxDays}
          disabled={!values.enabled}
          value={values.days}
          onChange={(days) => onChange({ days })}
        />
        {rule.maxMaxCount !== null ? (
          <TextField
            label="At most, in a row"
            hint={`Default ${rule.defaults.maxCount ?? 1}`}
            error={field('maxCount')}
            type="number"
            inputMode="numeric"
            min={1}
            max={rule.maxMaxCount}
            disabled={!values.enabled}
            value={values.maxCount}
            onChange={(maxCount) => onChange({ maxCount })}
          />
        ) : null}
      </div>
    </fieldset>
  );
}
