import { Banner } from '../../../components/ui/banner';
import { errorMessage } from '../../../lib/api';
import { useGoals } from '../api/get-goals';
import { usePrep } from '../api/get-prep';
import { GoalPlanner } from './goal-planner';
import { PrepLogPanel } from './prep-log-panel';
import { TopicChecklist } from './topic-checklist';
import { UpcomingInterviews } from './upcoming-interviews';
import { WeeklyGoalsPanel } from './weekly-goals-panel';

function Loading({ what }: { what: string }) {
  return (
    <p className="panel page-loading" role="status">
      Loading {what}…
    </p>
  );
}

function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Banner>
      {errorMessage(error)}{' '}
      <button type="button" className="button button-quiet" onClick={onRetry}>
        Try again
      </button>
    </Banner>
  );
}

/** Goals & prep: weekly goals with the planner, and the interview-prep log beside upcoming interviews. */
export function PrepPage() {
  const goals = useGoals();
  const prep = usePrep();
  return (
    <div className="prep-page">
      <div className="page-header">
        <h1>Goals &amp; prep</h1>
        {goals.data ? <p className="muted">Weeks run Monday to Sunday ({goals.data.timeZone}).</p> : null}
      </div>
      <div className="prep-grid">
        <div className="prep-column">
          {goals.isPending ? <Loading what="goals" /> : goals.isError ? <LoadError error={goals.error} onRetry={() => void goals.refetch()} /> : <WeeklyGoalsPanel goals={goals.data} />}
          <GoalPlanner />
        </div>
        <div className="prep-column">
          {prep.isPending ? (
            <Loading what="prep log" />
          ) : prep.isError ? (
            <LoadError error={prep.error} onRetry={() => void prep.refetch()} />
          ) : (
            <>
              <UpcomingInterviews interviews={prep.data.upcomingInterviews} />
              <PrepLogPanel prep={prep.data} />
              <TopicChecklist topics={prep.data.topics} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
