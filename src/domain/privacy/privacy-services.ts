import type { Clock } from '../clock';
import { ErasePerson } from './erase-person';
import { ExportPerson } from './export-person';
import { allowedWorkspace, type PrivacyActor } from './privacy-actor';
import type { PersonFound, PrivacyRecords } from './privacy-ports';

/** Data protection (product §8) as Slack and the API use it. */
export interface PrivacyServices {
  export: ExportPerson;
  erase: ErasePerson;
  /** Persons for the admin's picker, archived ones included (admins only). */
  findPersons(actor: PrivacyActor, text: string, limit: number): Promise<PersonFound[]>;
}

export function createPrivacyServices(repository: PrivacyRecords, clock: Clock): PrivacyServices {
  return {
    export: new ExportPerson(repository, clock),
    erase: new ErasePerson(repository, clock),
    findPersons: async (actor, text, limit) =>
      repository.findPersons(allowedWorkspace(actor), text.trim(), limit),
  };
}
