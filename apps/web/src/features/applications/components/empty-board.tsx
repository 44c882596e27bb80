import { useId } from 'react';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError } from '../../../lib/api';
import { useSeedDemo } from '../api/seed-demo';

export function EmptyBoard() {
  const seed = useSeedDemo();
  const toast = useToast();
  const titleId = useId();
  return (
    <section className="empty-board" aria-labelledby={titleId}>
      <h2 id={titleId}>Your pipeline is empty</h2>
      <p>Apply through job portals, and at the same time reach recruiters on LinkedIn and ask your network for referrals.</p>
      <p>Add each lead above and drag it forward as it moves — the board shows where every channel gets you.</p>
      <button
        type="button"
        className="button"
        disabled={seed.isPending}
        onClick={() =>
          seed.mutate(undefined, {
            onSuccess: (result) => toast(`Loaded ${result.created} demo applications.`, 'success'),
            onError: (error) =>
              toast(
                isApiError(error, 409) ? 'Demo data only goes into an empty account.' : errorMessage(error),
                'error',
              ),
          })
        }
      >
        {seed.isPending ? 'Loading demo data…' : 'Load demo data'}
      </button>
    </section>
  );
}
