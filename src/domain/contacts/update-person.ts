import type { Viewer } from '../viewer';
import type { PersonWithOrganization } from './contact';
import { personNotFound } from './contact-errors';
import type { Organizations, Persons } from './contact-ports';
import { type PersonInput, validPerson } from './person-input';
import { writeUnique } from './unique-values';

/** Edits a person of the viewer's workspace; archiving is one of the edits. */
export class UpdatePerson {
  constructor(
    private readonly persons: Persons,
    private readonly organizations: Organizations,
  ) {}

  private get repositories() {
    return { persons: this.persons, organizations: this.organizations };
  }

  async execute(viewer: Viewer, personId: number, input: PersonInput): Promise<PersonWithOrganization> {
    const current = await this.persons.findById(viewer.workspaceId, personId);
    if (!current) throw personNotFound();
    const { data, organization } = await validPerson(this.repositories, viewer.workspaceId, {
      input,
      current,
    });
    return writeUnique(() => this.persons.update(viewer.workspaceId, personId, { data, organization }));
  }
}
