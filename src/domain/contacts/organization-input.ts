import { checkOrgNumber, checkSharedContactFields, FieldCheck } from './contact-fields';
import type { OrganizationData, Organizations } from './contact-ports';
import { refuseTaken } from './unique-values';

/** An organization as typed into the modal (or sent by an integration). */
export interface OrganizationInput {
  name: string;
  orgNumber?: string | null;
  email?: string | null;
  phone?: string | null;
  externalId?: string | null;
  archived?: boolean;
}

export type OrganizationField = 'name' | 'orgNumber' | 'email' | 'phone' | 'externalId';

/** Every field checked at once, then the values that must be unique in the workspace. */
export async function validOrganization(
  organizations: Organizations,
  workspaceId: number,
  { input, current }: { input: OrganizationInput; current?: { id: number; archived: boolean } },
): Promise<OrganizationData> {
  const check = new FieldCheck<OrganizationField>();
  const data: OrganizationData = {
    ...checkSharedContactFields(check, input, current),
    orgNumber: checkOrgNumber(check, 'orgNumber', input.orgNumber),
  };
  check.throwIfAny();
  refuseTaken(await organizations.takenValues(workspaceId, data, current?.id));
  return data;
}
