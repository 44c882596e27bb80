import { useSearchParams } from 'react-router';
import { Banner } from '../../../components/ui/banner';
import { errorMessage } from '../../../lib/api';
import { useGoalTargets } from '../api/get-goals';
import { useStats, type StatsDto } from '../api/get-stats';
import { isNarrowed, rangeProblem, readFilters, toQuery, writeFilters, type StatsFilters } from '../lib/stats-filters';
import { EmptyStats } from './empty-stats';
import { FunnelChart } from './funnel-chart';
import { InterviewsChart } from './interviews-chart';
import { NetworkingChart } from './networking-chart';
import { RatesChart } from './rates-chart';
import { SankeyChart } from './sankey-chart';
import { SankeyExport } from './sankey-export';
import { StatsFiltersBar } from './stats-filters';
import { StatsSkeleton } from './stats-skeleton';
import { TimeChart } from './time-chart';
import { WeeklyChart } from './weekly-chart';

/** Applications in the answer: the 'all' row, or the channels added up when there is none. */
function applicationCount(stats: StatsDto): number {
  const rows = stats.funnel.rows;
  return rows.find((row) => row.channel === 'all')?.applications ?? rows.reduce((sum, row) => sum + row.applications, 0);
}

export function StatsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const problem = rangeProblem(filters);
  const query = toQuery(filters);
  const stats = useStats(query, { enabled: problem === null });
  const targets = useGoalTargets();

  const setFilters = (next: StatsFilters) => setSearchParams((params) => writeFilters(params, next));

  const data = stats.data;
  const applications = data ? applicationCount(data) : 0;
  const accountEmpty = data !== undefined && applications === 0 && !isNarrowed(filters) && !stats.isPlaceholderData;

  return (
    <div className="stats-page">
      <div className="page-header">
        <h1>Stats</h1>
        {data && !accountEmpty ? (
          <p className="muted" aria-live="polite">
            {stats.isPlaceholderData || stats.isFetching ? 'Updating…' : `${applications} applications`}
          </p>
        ) : null}
      </div>
      {accountEmpty ? null : <StatsFiltersBar filters={filters} onChange={setFilters} />}
      {filters.channel && !accountEmpty ? (
        <p className="muted">Networking and weekly activity are not per channel: they count everything.</p>
      ) : null}
      {problem ? null : data ? (
        accountEmpty ? (
          <EmptyStats />
        ) : (
          <>
            {applications === 0 ? (
              <Banner tone="info">No applications in this period and channel. Try a longer period or all channels.</Banner>
            ) : null}
            <div className="stats-grid" data-testid="stats-charts" aria-busy={stats.isPlaceholderData}>
              <FunnelChart stages={data.funnel.stages} rows={data.funnel.rows} />
              <RatesChart rows={data.rates} />
              <SankeyChart flows={data.sankey.flows} actions={<SankeyExport query={query} />} />
              <TimeChart toFirstResponse={data.time.toFirstResponse} toOffer={data.time.toOffer} inStage={data.time.inStage} />
              <InterviewsChart rows={data.interviews} />
              <WeeklyChart weeks={data.weekly} targets={targets.data ?? null} />
              <NetworkingChart numbers={data.networking} />
            </div>
          </>
        )
      ) : stats.isError ? (
        <Banner>
          Couldn't load your stats. {errorMessage(stats.error)}{' '}
          <button type="button" className="link-button" onClick={() => void stats.refetch()}>
            Retry
          </button>
        </Banner>
      ) : (
        <StatsSkeleton />
      )}
    </div>
  );
}
