import type { Clock } from '../clock';
import type { EmployeeService } from '../employees/employee-service';
import { SeriesKeeper } from '../recurrence/series-keeper';
import type { ActivitySeriesStore } from '../recurrence/series-ports';
import { StopRepeating } from '../recurrence/stop-repeating';
import { ActivityFormLookups } from './activity-form-lookups';
import type { Activities, ActivityTypeCatalog, PersonSummaries } from './activity-ports';
import { CompleteActivity } from './complete-activity';
import { ContactActivitiesQuery } from './contact-activities-query';
import { CreateActivity } from './create-activity';
import { DeleteActivity } from './delete-activity';
import { GetActivity } from './get-activity';
import { HomeActivities } from './home-activities';
import { ListActivities } from './list-activities';
import { ListTrash } from './list-trash';
import { ActivityInputResolver } from './resolve-activity-input';
import { RestoreActivity } from './restore-activity';
import { SnoozeActivity } from './snooze-activity';
import { StartActivity } from './start-activity';
import { SuggestFollowUp } from './suggest-follow-up';
import { UpdateActivity } from './update-activity';

/** Every activity use case, built once in the composition root. */
export interface ActivityServices {
  create: CreateActivity;
  update: UpdateActivity;
  complete: CompleteActivity;
  start: StartActivity;
  snooze: SnoozeActivity;
  delete: DeleteActivity;
  restore: RestoreActivity;
  get: GetActivity;
  list: ListActivities;
  trash: ListTrash;
  home: HomeActivities;
  form: ActivityFormLookups;
  suggestFollowUp: SuggestFollowUp;
  contactActivities: ContactActivitiesQuery;
  stopRepeating: StopRepeating;
  series: SeriesKeeper;
}

export function createActivityServices(deps: {
  activities: Activities;
  types: ActivityTypeCatalog;
  persons: PersonSummaries;
  employees: EmployeeService;
  series: ActivitySeriesStore;
  clock: Clock;
}): ActivityServices {
  const { activities, clock } = deps;
  const resolver = new ActivityInputResolver(deps.persons, deps.types, deps.employees);
  const series = new SeriesKeeper(deps.series, deps.types);
  return {
    create: new CreateActivity({ activities, resolver, series, clock }),
    update: new UpdateActivity({ activities, resolver, series, clock }),
    complete: new CompleteActivity({ activities, series, clock }),
    start: new StartActivity({ activities, clock }),
    snooze: new SnoozeActivity({ activities, clock }),
    delete: new DeleteActivity({ activities, series, clock }),
    restore: new RestoreActivity({ activities, series, clock }),
    get: new GetActivity(activities, clock),
    list: new ListActivities(activities, clock),
    trash: new ListTrash(activities, clock),
    home: new HomeActivities(activities, clock),
    form: new ActivityFormLookups(deps.types, deps.persons),
    suggestFollowUp: new SuggestFollowUp(deps.types, clock),
    contactActivities: new ContactActivitiesQuery(activities, clock),
    stopRepeating: new StopRepeating({ activities, series, clock }),
    series,
  };
}
