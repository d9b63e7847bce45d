import type { Viewer } from '../viewer';
import { personNotFound, restoreAdminOnly } from './contact-errors';
import type { Persons } from './contact-ports';

/**
 * *Restore* on an archived person's card: admins only (they alone find archived
 * contacts). The person shows in search and pickers again; restoring one that is
 * already active changes nothing.
 */
export class RestorePerson {
  constructor(private readonly persons: Persons) {}

  async execute(viewer: Viewer, personId: number): Promise<void> {
    if (!viewer.isAdmin) throw restoreAdminOnly();
    if (await this.persons.restore(viewer.workspaceId, personId)) return;
    if (!(await this.persons.findById(viewer.workspaceId, personId))) throw personNotFound();
  }
}
