import type { Clock } from '../clock';
import { CheckPersonExport } from './check-person-export';
import { ErasePerson } from './erase-person';
import { ExportPerson } from './export-person';
import { PreviewErasure } from './preview-erasure';
import { allowedWorkspace, type PrivacyActor } from './privacy-actor';
import type { PersonFound, PrivacyRecords } from './privacy-ports';

/** Data protection (product §8) as Slack and the API use it. */
export interface PrivacyServices {
  export: ExportPerson;
  checkExport: CheckPersonExport;
  erase: ErasePerson;
  previewErasure: PreviewErasure;
  /** Persons for the admin's picker, archived ones included (admins only). */
  findPersons(actor: PrivacyActor, text: string, limit: number): Promise<PersonFound[]>;
}

export function createPrivacyServices(repository: PrivacyRecords, clock: Clock): PrivacyServices {
  return {
    export: new ExportPerson(repository, clock),
    checkExport: new CheckPersonExport(repository),
    erase: new ErasePerson(repository, clock),
    previewErasure: new PreviewErasure(repository),
    findPersons: async (actor, text, limit) =>
      repository.findPersons(allowedWorkspace(actor), text.trim(), limit),
  };
}
