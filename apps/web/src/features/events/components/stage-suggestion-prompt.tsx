import { STAGE_LABELS } from '@offerpath/domain';
import { errorMessage } from '../../../lib/api';
import { useTakeStageSuggestion } from '../api/take-stage-suggestion';
import type { StageSuggestionDto } from '../lib/types';

interface StageSuggestionPromptProps {
  suggestion: StageSuggestionDto;
  onDone: (moved: boolean) => void;
}

/** After an interview round is saved: offers to move the application to the stage the round implies. */
export function StageSuggestionPrompt({ suggestion, onDone }: StageSuggestionPromptProps) {
  const take = useTakeStageSuggestion();
  const to = STAGE_LABELS[suggestion.to];
  return (
    <section className="stage-suggestion" aria-labelledby="stage-suggestion-title">
      <h3 id="stage-suggestion-title">
        Move {suggestion.companyName} to {to}?
      </h3>
      <p className="muted">
        The application is in {STAGE_LABELS[suggestion.from]}; this round suggests it has reached {to}.
      </p>
      {take.isError ? (
        <p className="form-error" role="alert">
          {errorMessage(take.error)}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={take.isPending} onClick={() => take.mutate(suggestion, { onSuccess: () => onDone(true) })}>
          {take.isPending ? 'Moving…' : `Move to ${to}`}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          Not now
        </button>
      </div>
    </section>
  );
}
