import { PREP_LIMITS, PREP_TARGET_PRESET_LABELS, PREP_TARGET_PRESET_NAMES, PROBLEM_DIFFICULTIES, type ProblemDifficulty } from '@offerpath/domain';
import { useState, type FormEvent } from 'react';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, placeFieldErrors } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { useDeleteProblem } from '../api/delete-problem';
import type { PrepDto } from '../api/get-prep';
import { useLogProblem } from '../api/log-problem';
import { useUpdatePrepTarget } from '../api/update-prep-target';
import { ProgressBar } from './progress-bar';
import { WeekBars } from './week-bars';

const FIELDS = ['count', 'title', 'difficulty', 'solvedOn'] as const;
type Field = (typeof FIELDS)[number];
const DIFFICULTY_OPTIONS = ['', ...PROBLEM_DIFFICULTIES] as const;
const difficultyLabel = (d: (typeof DIFFICULTY_OPTIONS)[number]) => (d === '' ? 'Any' : d[0].toUpperCase() + d.slice(1));

/** Coding practice: the total against the target (50 or 150), a quick log, per-week bars, recent entries. */
export function PrepLogPanel({ prep }: { prep: PrepDto }) {
  const [count, setCount] = useState('1');
  const [title, setTitle] = useState('');
  const [difficulty, setDifficulty] = useState<(typeof DIFFICULTY_OPTIONS)[number]>('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [customTarget, setCustomTarget] = useState('');
  const [targetError, setTargetError] = useState<string | undefined>();
  const log = useLogProblem();
  const remove = useDeleteProblem();
  const target = useUpdatePrepTarget();
  const toast = useToast();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(count.trim());
    if (!/^\d+$/.test(count.trim()) || n < PREP_LIMITS.countMin || n > PREP_LIMITS.countMax) {
      setErrors({ count: `Enter ${PREP_LIMITS.countMin} to ${PREP_LIMITS.countMax}` });
      return;
    }
    setErrors({});
    setFormError(null);
    log.mutate(
      { count: n, title: title.trim() || null, difficulty: (difficulty || null) as ProblemDifficulty | null },
      {
        onSuccess: () => {
          setCount('1');
          setTitle('');
          setDifficulty('');
          toast(`Logged ${n} ${n === 1 ? 'problem' : 'problems'}`, 'success');
        },
        onError: (error) => {
          const { placed, unplaced } = placeFieldErrors(error, FIELDS);
          setErrors(placed);
          setFormError(unplaced || Object.keys(placed).length === 0 ? errorMessage(error) : null);
        },
      },
    );
  };

  const setCustom = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(customTarget.trim());
    if (!/^\d+$/.test(customTarget.trim()) || n < PREP_LIMITS.targetMin || n > PREP_LIMITS.targetMax) {
      setTargetError(`Enter ${PREP_LIMITS.targetMin} to ${PREP_LIMITS.targetMax}`);
      return;
    }
    setTargetError(undefined);
    target.mutate({ target: n }, { onSuccess: () => setCustomTarget(''), onError: (error) => setTargetError(errorMessage(error)) });
  };

  const remaining = Math.max(0, prep.target - prep.solvedTotal);
  return (
    <section className="panel" aria-labelledby="prep-title">
      <h2 id="prep-title">Coding practice</h2>
      <div className="goal-progress-label">
        <span>Problems solved</span>
        <span>
          {prep.solvedTotal} / {prep.target}
        </span>
      </div>
      <ProgressBar label="Coding problems toward your target" value={prep.solvedTotal} max={prep.target} valueText={`${prep.solvedTotal} of ${prep.target}`} />
      <p className="muted">{remaining === 0 ? 'Target reached. Keep your hand in with a few a week.' : `${remaining} to go.`}</p>

      <div className="prep-target" role="group" aria-label="Target">
        {PREP_TARGET_PRESET_NAMES.map((preset) => (
          <button
            key={preset}
            type="button"
            className="chip"
            aria-pressed={prep.preset === preset}
            disabled={target.isPending}
            onClick={() => target.mutate({ preset }, { onError: (error) => toast(errorMessage(error), 'error') })}
          >
            {PREP_TARGET_PRESET_LABELS[preset]}
          </button>
        ))}
        <form className="inline-form" onSubmit={setCustom} aria-label="Custom target" noValidate>
          <TextField label="Custom target" type="number" inputMode="numeric" min={1} max={2000} value={customTarget} error={targetError} onChange={setCustomTarget} />
          <button type="submit" className="button" disabled={target.isPending}>
            Set
          </button>
        </form>
      </div>

      <form className="inline-form" onSubmit={submit} aria-label="Log solved problems" noValidate>
        <TextField label="Solved" type="number" inputMode="numeric" min={1} max={100} value={count} error={errors.count} onChange={setCount} />
        <TextField label="Title (optional)" maxLength={PREP_LIMITS.titleMax} value={title} error={errors.title} onChange={setTitle} />
        <SelectField label="Difficulty" value={difficulty} options={DIFFICULTY_OPTIONS} optionLabel={difficultyLabel} error={errors.difficulty} onChange={setDifficulty} />
        <button type="submit" className="button button-primary" disabled={log.isPending}>
          {log.isPending ? 'Logging…' : 'Log'}
        </button>
      </form>
      <FormError message={formError ?? errors.solvedOn ?? null} />

      <WeekBars title="Coding problems per week" unit="Problems" weeks={prep.perWeek.map((week) => ({ weekStart: week.weekStart, value: week.solved }))} />

      {prep.recent.length === 0 ? (
        <p className="empty-note">Nothing logged yet. Log the problems you solve — one at a time or several at once.</p>
      ) : (
        <ul className="prep-recent" aria-label="Recently solved">
          {prep.recent.map((problem) => (
            <li key={problem.id}>
              <span>
                <time dateTime={problem.solvedOn}>{formatDay(problem.solvedOn)}</time> · {problem.count} × {problem.title ?? 'problem'}
                {problem.difficulty ? ` (${problem.difficulty})` : ''}
              </span>
              <button
                type="button"
                className="button button-danger-quiet"
                aria-label={`Delete ${problem.count} × ${problem.title ?? 'problem'} on ${formatDay(problem.solvedOn)}`}
                disabled={remove.isPending}
                onClick={() => remove.mutate(problem.id, { onError: (error) => toast(errorMessage(error), 'error') })}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
