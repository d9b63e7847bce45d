import type { ActivityType } from '../activity-types/activity-type';
import type { ActivityTypeCatalog, PersonSummaries, PersonSummary } from './activity-ports';

/** What the activity form offers: the types to choose from and the chosen person's organization. */
export class ActivityFormLookups {
  constructor(
    private readonly types: ActivityTypeCatalog,
    private readonly persons: PersonSummaries,
  ) {}

  /** Active types in the order admins gave them; archived ones are never offered. */
  activeTypes(workspaceId: number): Promise<ActivityType[]> {
    return this.types.listActive(workspaceId);
  }

  type(workspaceId: number, id: number): Promise<ActivityType | null> {
    return this.types.findById(workspaceId, id);
  }

  person(workspaceId: number, id: number): Promise<PersonSummary | null> {
    return this.persons.find(workspaceId, id);
  }

  organization(workspaceId: number, id: number): Promise<{ id: number; name: string } | null> {
    return this.persons.findOrganization(workspaceId, id);
  }
}
