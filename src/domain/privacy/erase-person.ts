import { AppError } from '../app-error';
import type { Clock } from '../clock';
import { allowedWorkspace, auditOf, type PrivacyActor } from './privacy-actor';
import type { ErasureCounts, PrivacyRecords } from './privacy-ports';

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

  async execute(actor: PrivacyActor, personId: number): Promise<ErasureCounts> {
    const workspaceId = allowedWorkspace(actor);
    const counts = await this.repository.erase(workspaceId, personId, auditOf(actor, this.clock));
    if (!counts) throw personToEraseNotFound();
    return counts;
  }
}

export function personToEraseNotFound(): AppError {
  return new AppError('person_not_found', (m) => m.contacts.errors.personNotFound);
}
