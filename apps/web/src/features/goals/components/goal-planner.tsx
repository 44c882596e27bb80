import { PLAN_STEP_LABELS } from '@offerpath/domain';
import { useState, type FormEvent } from 'react';
import { Banner } from '../../../components/ui/banner';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { errorMessage } from '../../../lib/api';
import { useGoalPlan, type PlanQuery } from '../api/get-goal-plan';
import { useUpdateGoals } from '../api/update-goals';
import { metricLabel, percent } from '../lib/metrics';

function wholeIn(text: string, min: number, max: number): number | null {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= min && value <= max ? value : null;
}

/** Onsites wanted over some weeks → weekly targets from the user's own conversion (or typical rates). */
export function GoalPlanner() {
  const [onsites, setOnsites] = useState('3');
  const [weeks, setWeeks] = useState('4');
  const [errors, setErrors] = useState<{ onsites?: string; weeks?: string }>({});
  const [query, setQuery] = useState<PlanQuery | null>(null);
  const plan = useGoalPlan(query);
  const update = useUpdateGoals();
  const toast = useToast();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const o = wholeIn(onsites, 1, 100);
    const w = wholeIn(weeks, 1, 52);
    setErrors({ onsites: o === null ? 'Enter 1 to 100 onsites' : undefined, weeks: w === null ? 'Enter 1 to 52 weeks' : undefined });
    if (o !== null && w !== null) setQuery({ onsites: o, weeks: w });
  };

  const data = plan.data;
  return (
    <section className="panel" aria-labelledby="planner-title">
      <h2 id="planner-title">Planner</h2>
      <p className="muted">How many onsites do you want, and by when? The planner suggests weekly targets from your own conversion rates.</p>
      <form className="planner-form" onSubmit={submit} aria-label="Plan weekly targets" noValidate>
        <TextField label="Onsites" type="number" inputMode="numeric" min={1} max={100} value={onsites} error={errors.onsites} onChange={setOnsites} />
        <TextField label="Weeks" type="number" inputMode="numeric" min={1} max={52} value={weeks} error={errors.weeks} onChange={setWeeks} />
        <button type="submit" className="button" disabled={plan.isFetching}>
          {plan.isFetching ? 'Planning…' : 'Suggest targets'}
        </button>
      </form>
      {plan.isError ? <Banner>{errorMessage(plan.error)}</Banner> : null}
      {data ? (
        <div className="plan-result" data-testid="plan-result">
          <p className="muted">
            {data.basis === 'own data'
              ? `Based on your own history, for ${data.onsites} onsites in ${data.weeks} weeks.`
              : `Partly based on typical rates (you have too little history for some steps), for ${data.onsites} onsites in ${data.weeks} weeks.`}
          </p>
          <table className="plan-table">
            <caption className="visually-hidden">Suggested weekly targets</caption>
            <thead>
              <tr>
                <th scope="col">Each week</th>
                <th scope="col">Target</th>
                <th scope="col">Based on</th>
              </tr>
            </thead>
            <tbody>
              {data.metrics.map((metric) => (
                <tr key={metric.metric}>
                  <th scope="row">{metricLabel(metric.metric)}</th>
                  <td>{metric.weeklyTarget}</td>
                  <td>
                    {metric.steps.map((step) => (
                      <span key={step.step} className="plan-step">
                        {PLAN_STEP_LABELS[step.step]}: {percent(step.rate)}{' '}
                        {step.basis === 'own data' ? `(your ${step.successes} of ${step.trials})` : `(typical rate; you have ${step.trials})`}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="button button-primary"
            disabled={update.isPending}
            onClick={() =>
              update.mutate(
                { targets: data.targets },
                {
                  onSuccess: () => toast('Weekly targets updated', 'success'),
                  onError: (error) => toast(errorMessage(error), 'error'),
                },
              )
            }
          >
            Use these targets
          </button>
        </div>
      ) : null}
    </section>
  );
}
