import type { ViewStateValue } from '@slack/bolt';
import type { OrganizationField, OrganizationInput } from '../../../domain/contacts/organization-input';
import type { PersonField, PersonInput } from '../../../domain/contacts/person-input';
import { ARCHIVED_VALUE, CONTACT_BLOCKS, LEAVE_VALUE } from '../../views/contacts/contact-ids';
import { ORGANIZATION_PICKER } from '../../views/picker-ids';

type StateValues = Record<string, Record<string, ViewStateValue>>;

function text(values: StateValues, blockId: string): string | null {
  return values[blockId]?.[blockId]?.value ?? null;
}

function checked(values: StateValues, blockId: string, value: string): boolean | undefined {
  const block = values[blockId]?.[blockId];
  if (!block) return undefined;
  return (block.selected_options ?? []).some((option) => option.value === value);
}

function isArchived(values: StateValues): boolean | undefined {
  return checked(values, CONTACT_BLOCKS.archived, ARCHIVED_VALUE);
}

/** The person form as the use cases take it. */
export function personInputFrom(values: StateValues): PersonInput {
  const leaving = checked(values, CONTACT_BLOCKS.leaveOrganization, LEAVE_VALUE) === true;
  const picked = values[CONTACT_BLOCKS.organization]?.[ORGANIZATION_PICKER]?.selected_option?.value;
  const organizationId = picked && !leaving ? Number.parseInt(picked, 10) : Number.NaN;
  return {
    name: text(values, CONTACT_BLOCKS.name) ?? '',
    email: text(values, CONTACT_BLOCKS.email),
    phone: text(values, CONTACT_BLOCKS.phone),
    organizationId: Number.isSafeInteger(organizationId) ? organizationId : null,
    newOrganizationName: text(values, CONTACT_BLOCKS.newOrganization),
    externalId: text(values, CONTACT_BLOCKS.externalId),
    archived: isArchived(values),
  };
}

export function organizationInputFrom(values: StateValues): OrganizationInput {
  return {
    name: text(values, CONTACT_BLOCKS.name) ?? '',
    orgNumber: text(values, CONTACT_BLOCKS.orgNumber),
    email: text(values, CONTACT_BLOCKS.email),
    phone: text(values, CONTACT_BLOCKS.phone),
    externalId: text(values, CONTACT_BLOCKS.externalId),
    archived: isArchived(values),
  };
}

/** Where each field's message is shown in the modal. */
export const PERSON_FIELD_BLOCKS: Record<PersonField, string> = {
  name: CONTACT_BLOCKS.name,
  email: CONTACT_BLOCKS.email,
  phone: CONTACT_BLOCKS.phone,
  organization: CONTACT_BLOCKS.organization,
  newOrganization: CONTACT_BLOCKS.newOrganization,
  externalId: CONTACT_BLOCKS.externalId,
};

export const ORGANIZATION_FIELD_BLOCKS: Record<OrganizationField, string> = {
  name: CONTACT_BLOCKS.name,
  orgNumber: CONTACT_BLOCKS.orgNumber,
  email: CONTACT_BLOCKS.email,
  phone: CONTACT_BLOCKS.phone,
  externalId: CONTACT_BLOCKS.externalId,
};
