import { everythingAbout } from '../activities/activity-visibility';
import { personToEraseNotFound } from './erase-person';
import { allowedWorkspace, type PrivacyActor } from './privacy-actor';
import type { PrivacyRecords } from './privacy-ports';

export interface ErasurePreview {
  personId: number;
  name: string;
  activities: number;
  historyEntries: number;
}

/** What erasing a person (ErasePerson) would delete, for the admin's confirmation (product §8). */
export class PreviewErasure {
  constructor(private readonly repository: PrivacyRecords) {}

  async execute(actor: PrivacyActor, personId: number): Promise<ErasurePreview> {
    const workspaceId = allowedWorkspace(actor);
    const person = await this.repository.findPerson(workspaceId, personId);
    if (!person) throw personToEraseNotFound();
    const counts = await this.repository.counts(everythingAbout(workspaceId), personId);
    return { personId, name: person.name, ...counts };
  }
}
