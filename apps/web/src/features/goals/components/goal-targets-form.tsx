import { GOAL_METRICS, type GoalMetric } from '@offerpath/domain';
import { useState, type FormEvent } from 'react';
import { FormError } from '../../../components/ui/form-error';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, isApiError } from '../../../lib/api';
import type { GoalsDto } from '../api/get-goals';
import { useUpdateGoals } from '../api/update-goals';
import { metricLabel } from '../lib/metrics';

interface GoalTargetsFormProps {
  targets: GoalsDto['targets'];
  onDone: () => void;
}

const parse = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

/** Weekly targets for every metric; 0 or blank means no goal. */
export function GoalTargetsForm({ targets, onDone }: GoalTargetsFormProps) {
  const [values, setValues] = useState<Record<GoalMetric, string>>(
    () => Object.fromEntries(GOAL_METRICS.map((metric) => [metric, String(targets.find((t) => t.metric === metric)?.target ?? 0)])) as Record<GoalMetric, string>,
  );
  const [errors, setErrors] = useState<Partial<Record<GoalMetric, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const update = useUpdateGoals();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Partial<Record<GoalMetric, string>> = {};
    for (const metric of GOAL_METRICS) {
      const value = values[metric].trim() === '' ? 0 : parse(values[metric]);
      if (!Number.isInteger(value) || value > 1000) local[metric] = 'Enter a whole number from 0 to 1000';
    }
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) return;
    const body = { targets: GOAL_METRICS.map((metric) => ({ metric, target: values[metric].trim() === '' ? 0 : parse(values[metric]) })) };
    update.mutate(body, {
      onSuccess: onDone,
      onError: (error) => {
        // The API names targets.<index>.target; show it beside that metric.
        const placed: Partial<Record<GoalMetric, string>> = {};
        for (const [field, message] of Object.entries(isApiError(error) ? error.fieldErrors : {})) {
          const index = /^targets\.(\d+)\./.exec(field)?.[1];
          if (index !== undefined && GOAL_METRICS[Number(index)]) placed[GOAL_METRICS[Number(index)]] = message;
        }
        setErrors(placed);
        if (Object.keys(placed).length === 0) setFormError(errorMessage(error));
      },
    });
  };

  return (
    <form className="goal-targets-form" onSubmit={submit} aria-label="Weekly targets" noValidate>
      <div className="form-grid">
        {GOAL_METRICS.map((metric) => (
          <TextField
            key={metric}
            label={metricLabel(metric)}
            type="number"
            inputMode="numeric"
            min={0}
            max={1000}
            value={values[metric]}
            error={errors[metric]}
            onChange={(value) => setValues((current) => ({ ...current, [metric]: value }))}
          />
        ))}
      </div>
      <FormError message={formError} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save targets'}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
