import type { Clock } from '../clock';
import type { ActivityTypeAdministration } from './activity-type-ports';
import { AddActivityType } from './add-activity-type';
import { ArchiveActivityType } from './archive-activity-type';
import { ListActivityTypes } from './list-activity-types';
import { MoveActivityType } from './move-activity-type';
import { RenameActivityType } from './rename-activity-type';
import { SetActivityTypeDefaults } from './set-activity-type-defaults';
import { UnarchiveActivityType } from './unarchive-activity-type';

/** The use cases of product §3.5 as one dependency for the admin surfaces. */
export interface ActivityTypeAdmin {
  list: ListActivityTypes;
  add: AddActivityType;
  rename: RenameActivityType;
  move: MoveActivityType;
  archive: ArchiveActivityType;
  unarchive: UnarchiveActivityType;
  setDefaults: SetActivityTypeDefaults;
}

export function activityTypeAdmin(types: ActivityTypeAdministration, clock: Clock): ActivityTypeAdmin {
  return {
    list: new ListActivityTypes(types),
    add: new AddActivityType({ types, clock }),
    rename: new RenameActivityType({ types, clock }),
    move: new MoveActivityType({ types, clock }),
    archive: new ArchiveActivityType({ types, clock }),
    unarchive: new UnarchiveActivityType({ types, clock }),
    setDefaults: new SetActivityTypeDefaults({ types, clock }),
  };
}
