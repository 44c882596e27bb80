import { Banner } from '../../../components/ui/banner';
import { errorMessage } from '../../../lib/api';
import { useSettings } from '../api/get-settings';
import { CalendarFeedSection } from './calendar-feed-section';
import { DigestSection } from './digest-section';
import { TimeZoneSection } from './time-zone-section';

/** Time zone, digest and calendar feed: the sections that share GET /api/settings. */
export function GeneralSettings() {
  const query = useSettings();
  if (query.isPending) {
    return (
      <p className="page-loading" role="status">
        Loading settings…
      </p>
    );
  }
  if (query.isError) {
    return (
      <Banner>
        Could not load your settings. {errorMessage(query.error)}{' '}
        <button type="button" className="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </Banner>
    );
  }
  return (
    <>
      <TimeZoneSection settings={query.data} />
      <DigestSection settings={query.data} />
      <CalendarFeedSection settings={query.data} />
    </>
  );
}
