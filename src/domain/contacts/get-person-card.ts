import type { Viewer } from '../viewer';
import type { PersonWithOrganization } from './contact';
import type { ContactActivities, ContactActivityLine, ContactActivitySummary } from './contact-activities';
import { personNotFound } from './contact-errors';
import type { Persons } from './contact-ports';

export interface PersonCard {
  person: PersonWithOrganization;
  /** Counts, next planned and last completed of what the viewer may see. */
  summary: ContactActivitySummary;
  /** Only what the viewer may see (product §3.4), newest first. */
  activities: ContactActivityLine[];
}

export const PERSON_CARD_ACTIVITIES = 5;

/** product §2: the person's details, organization, an overview and the latest visible activities. */
export class GetPersonCard {
  constructor(
    private readonly persons: Persons,
    private readonly activities: ContactActivities,
  ) {}

  async execute(viewer: Viewer, personId: number): Promise<PersonCard> {
    const person = await this.persons.findById(viewer.workspaceId, personId);
    if (!person) throw personNotFound();
    const [summary, activities] = await Promise.all([
      this.activities.summaryFor(viewer, { personId: person.id }),
      this.activities.latestForPerson(viewer, person.id, PERSON_CARD_ACTIVITIES),
    ]);
    return { person, summary, activities };
  }
}
