import type { Viewer } from '../viewer';
import type { PersonWithOrganization } from './contact';
import type { Organizations, Persons } from './contact-ports';
import { type PersonInput, validPerson } from './person-input';
import { writeUnique } from './unique-values';

/** `/contact new` for a person, optionally with a new organization in the same write. */
export class CreatePerson {
  constructor(
    private readonly persons: Persons,
    private readonly organizations: Organizations,
  ) {}

  private get repositories() {
    return { persons: this.persons, organizations: this.organizations };
  }

  async execute(viewer: Viewer, input: PersonInput): Promise<PersonWithOrganization> {
    const { data, organization } = await validPerson(this.repositories, viewer.workspaceId, {
      input: {
        ...input,
        archived: false,
      },
    });
    return writeUnique(() => this.persons.create(viewer.workspaceId, data, organization));
  }
}
