import type { Clock } from '../clock';
import type { SeriesKeeper } from '../recurrence/series-keeper';
import type { Activities } from './activity-ports';
import type { ActivityInputResolver } from './resolve-activity-input';

/** What creating and editing an activity both need: the store, the input's checks, the series, the time. */
export interface ActivityWriteDeps {
  activities: Activities;
  resolver: ActivityInputResolver;
  series: SeriesKeeper;
  clock: Clock;
}
