import { useToast } from '../../../components/ui/toast';
import { ApiError, errorMessage } from '../../../lib/api';
import { sankeyTextUrl, useCopySankeyText } from '../api/get-sankey-text';
import type { StatsQuery } from '../lib/stats-filters';

/** Copy or download the flows as SankeyMATIC text, for the same filters as the page. */
export function SankeyExport({ query }: { query: StatsQuery }) {
  const copy = useCopySankeyText();
  const toast = useToast();
  return (
    <div className="sankey-export">
      <button
        type="button"
        className="button button-small"
        disabled={copy.isPending}
        onClick={() =>
          copy.mutate(query, {
            onSuccess: () => toast('Copied. Paste it at sankeymatic.com/build.', 'success'),
            onError: (error) =>
              toast(
                error instanceof ApiError
                  ? errorMessage(error)
                  : "Your browser didn't allow copying. Download the file instead.",
                'error',
              ),
          })
        }
      >
        {copy.isPending ? 'Copying…' : 'Copy SankeyMATIC'}
      </button>
      <a className="button button-small" href={sankeyTextUrl(query)} download="offerpath-sankey.txt">
        Download .txt
      </a>
      <p className="field-hint">
        Paste at{' '}
        <a href="https://sankeymatic.com/build/" target="_blank" rel="noreferrer">
          sankeymatic.com/build
        </a>
      </p>
    </div>
  );
}
