import { everythingAbout } from '../activities/activity-visibility';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import { allowedWorkspace, auditOf, type PrivacyActor } from './privacy-actor';
import type { ErasureCounts, PrivacyRecords } from './privacy-ports';

export interface ErasurePreview {
  personId: number;
  name: string;
  activities: number;
  historyEntries: number;
}

/**
 * product §8: erasing a person deletes them, their activities and those activities'
 * history, and redacts what else names them; the audit log keeps who, when and how
 * many — counts and ids, never the erased name, e-mail, phone or subjects.
 */
export class ErasePerson {
  constructor(
    private readonly repository: PrivacyRecords,
    private readonly clock: Clock,
  ) {}

  /** What an erasure would delete, for the confirmation. */
  async preview(actor: PrivacyActor, personId: number): Promise<ErasurePreview> {
    const workspaceId = allowedWorkspace(actor);
    const person = await this.repository.findPerson(workspaceId, personId);
    if (!person) throw notFound();
    const counts = await this.repository.counts(everythingAbout(workspaceId), personId);
    return { personId, name: person.name, ...counts };
  }

  async run(actor: PrivacyActor, personId: number): Promise<ErasureCounts> {
    const workspaceId = allowedWorkspace(actor);
    const counts = await this.repository.erase(workspaceId, personId, auditOf(actor, this.clock));
    if (!counts) throw notFound();
    return counts;
  }
}

function notFound(): AppError {
  return new AppError('person_not_found', (m) => m.contacts.errors.personNotFound);
}
