import { useId } from 'react';
import { Link } from 'react-router';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError } from '../../../lib/api';
import { useSeedDemo } from '../api/seed-demo';

/** The whole page when the account has no applications yet. */
export function EmptyStats() {
  const seed = useSeedDemo();
  const toast = useToast();
  const titleId = useId();
  return (
    <section className="empty-state" aria-labelledby={titleId} data-testid="stats-empty">
      <h2 id={titleId}>No stats yet</h2>
      <p>
        Stats come from what you log: add applications on the <Link to="/board">board</Link> and move them through stages, log
        interview rounds with their outcome, and record outreach on your contacts. The charts fill in as you go.
      </p>
      <p>Or look around with a realistic demo job hunt first.</p>
      <button
        type="button"
        className="button"
        disabled={seed.isPending}
        onClick={() =>
          seed.mutate(undefined, {
            onSuccess: (result) => toast(`Loaded ${result.created} demo applications.`, 'success'),
            onError: (error) =>
              toast(isApiError(error, 409) ? 'Demo data only goes into an empty account.' : errorMessage(error), 'error'),
          })
        }
      >
        {seed.isPending ? 'Loading demo data…' : 'Load demo data'}
      </button>
    </section>
  );
}
