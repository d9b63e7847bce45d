import type { PersonWithOrganization } from './contact';
import { checkName, checkSharedContactFields, cleanText, FieldCheck } from './contact-fields';
import type { Organizations, PersonData, PersonOrganization, Persons } from './contact-ports';
import { refuseTaken } from './unique-values';

/** A person as typed into the modal (or sent by an integration). */
export interface PersonInput {
  name: string;
  email?: string | null;
  phone?: string | null;
  /** An existing organization of the register… */
  organizationId?: number | null;
  /** …or the name of a new one, created together with the person. */
  newOrganizationName?: string | null;
  externalId?: string | null;
  archived?: boolean;
}

export type PersonField = 'name' | 'email' | 'phone' | 'organization' | 'newOrganization' | 'externalId';

/**
 * Checks every field (so all problems are reported at once), then the values that
 * must be unique. `current` is the person being edited: keeping an organization
 * that was archived since is allowed, choosing one is not.
 */
export async function validPerson(
  repositories: { persons: Persons; organizations: Organizations },
  workspaceId: number,
  { input, current }: { input: PersonInput; current?: PersonWithOrganization },
): Promise<{ data: PersonData; organization: PersonOrganization }> {
  const check = new FieldCheck<PersonField>();
  const data: PersonData = checkSharedContactFields(check, input, current);
  const newName = cleanText(input.newOrganizationName);
  const organizationId = input.organizationId ?? null;
  let organization: PersonOrganization = null;
  if (newName !== null && organizationId !== null) {
    check.fail('newOrganization', (m) => m.contacts.errors.organizationBoth);
  } else if (newName !== null) {
    checkName(check, 'newOrganization', newName);
    organization = { newName };
  } else if (organizationId !== null) {
    const kept = current?.organizationId === organizationId;
    const usable = kept || (await repositories.organizations.findActive(workspaceId, organizationId));
    if (!usable) check.fail('organization', (m) => m.contacts.errors.organizationUnavailable);
    organization = { id: organizationId };
  }
  check.throwIfAny();
  refuseTaken(await repositories.persons.takenValues(workspaceId, data, current?.id));
  return { data, organization };
}
