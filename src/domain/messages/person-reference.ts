import type { Messages } from '../../i18n';
import type { PersonSummary } from '../activities/activity-ports';
import type { PersonWithOrganization } from '../contacts/contact';
import type { CreatePerson } from '../contacts/create-person';
import { ValidationError } from '../validation-error';
import type { Viewer } from '../viewer';
import type { IntegrationLookups, PersonHits, PersonKeys } from './message-ports';
import { phoneKey } from './phone-key';

/** How an integration names a customer: any of these, tried in this order. */
export interface PersonReference {
  externalId?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface PersonToCreate {
  /** Left out: the e-mail, phone or external id stands in as the name. */
  name?: string | null;
  organizationId?: number | null;
}

/** Request field names errors are reported under: `match` for "nobody matches", the rest for a new person's fields. */
export type PersonFieldNames = Record<'match' | 'name' | 'email' | 'phone' | 'externalId', string>;

export type PersonMatch = { person: PersonWithOrganization } | { problem: 'not_found' | 'ambiguous' };

/** A reference as the set-based look-up takes it (IntegrationReferences): trimmed, e-mail lower case, phone as its key. */
export function personKeys(ref: PersonReference): PersonKeys {
  return {
    externalId: ref.externalId?.trim() || null,
    email: ref.email?.trim().toLowerCase() || null,
    phoneKey: ref.phone ? phoneKey(ref.phone) : null,
  };
}

/** What `match` decides, from the set-based look-up's hits: external id, then e-mail, then a phone only one person has. */
export function pickPerson(
  hits: PersonHits,
): { person: PersonSummary } | { problem: 'not_found' | 'ambiguous' } {
  if (hits.byExternalId) return { person: hits.byExternalId };
  if (hits.byEmail) return { person: hits.byEmail };
  if (hits.byPhone.length > 1) return { problem: 'ambiguous' };
  const [byPhone] = hits.byPhone;
  return byPhone ? { person: byPhone } : { problem: 'not_found' };
}

/**
 * Finds the person an API call or a sent message is about (product §7.1, 7.2) and,
 * when asked, creates them. `field` names where errors are reported.
 */
export class PersonReferences {
  constructor(
    private readonly lookups: IntegrationLookups,
    private readonly createPerson: CreatePerson,
  ) {}

  async match(workspaceId: number, ref: PersonReference): Promise<PersonMatch> {
    if (ref.externalId) {
      const person = await this.lookups.personByExternalId(workspaceId, ref.externalId.trim());
      if (person) return { person };
    }
    if (ref.email) {
      const person = await this.lookups.personByEmail(workspaceId, ref.email.trim().toLowerCase());
      if (person) return { person };
    }
    const key = ref.phone ? phoneKey(ref.phone) : null;
    if (key) {
      const ids = await this.lookups.personIdsByPhone(workspaceId, key, 2);
      if (ids.length > 1) return { problem: 'ambiguous' };
      const person = ids[0] === undefined ? null : await this.lookups.personById(workspaceId, ids[0]);
      if (person) return { person };
    }
    return { problem: 'not_found' };
  }

  /**
   * The matched person, or a new one when `create` is given and nobody matches.
   * Two requests creating the same person at once: the loser finds the winner's.
   */
  async matchOrCreate(
    viewer: Viewer,
    ref: PersonReference,
    { create, fields }: { create: PersonToCreate | null; fields: PersonFieldNames },
  ): Promise<PersonWithOrganization> {
    const found = await this.match(viewer.workspaceId, ref);
    if ('person' in found) return found.person;
    if (found.problem === 'ambiguous' || !create) throw refusal(fields.match, found.problem);
    const name = create.name ?? ref.email ?? ref.phone ?? ref.externalId ?? '';
    try {
      return await this.createPerson.execute(viewer, {
        name,
        email: ref.email ?? null,
        phone: ref.phone ?? null,
        externalId: ref.externalId ?? null,
        organizationId: create.organizationId ?? null,
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const again = await this.match(viewer.workspaceId, ref);
      if ('person' in again) return again.person;
      throw prefixed(error, fields);
    }
  }
}

function refusal(field: string, problem: 'not_found' | 'ambiguous'): ValidationError {
  const text = (m: Messages) =>
    problem === 'ambiguous' ? m.api.fields.personAmbiguous : m.api.fields.personNotFound;
  return new ValidationError({ [field]: text });
}

/** A new person's field errors (name, email, phone …) reported under the request's person fields. */
function prefixed(error: ValidationError, fields: PersonFieldNames): ValidationError {
  const names: Record<string, string> = fields;
  return new ValidationError(
    Object.fromEntries(Object.entries(error.fields).map(([key, text]) => [names[key] ?? fields.match, text])),
  );
}
