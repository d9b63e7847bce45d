import { z } from 'zod';
import type { Organization, PersonWithOrganization } from '../../domain/contacts/contact';
import { EMAIL_MAX, NAME_MAX, PHONE_MAX } from '../../domain/contacts/contact-fields';
import { optionalText, text } from './common';

export const putPersonBody = z.strictObject({
  name: text().max(NAME_MAX),
  email: optionalText(EMAIL_MAX),
  phone: optionalText(PHONE_MAX),
  organizationExternalId: optionalText(100).meta({ description: 'External id of an existing organization' }),
  archived: z.boolean().optional(),
});

export const putOrganizationBody = z.strictObject({
  name: text().max(NAME_MAX),
  orgNumber: optionalText(20).meta({ description: 'Swedish organization number, NNNNNN-NNNN' }),
  email: optionalText(EMAIL_MAX),
  phone: optionalText(PHONE_MAX),
  archived: z.boolean().optional(),
});

const organizationRef = z.object({ id: z.int(), name: z.string(), externalId: z.string().nullable() });

export const personResponse = z.object({
  id: z.int(),
  externalId: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  organization: organizationRef.nullable(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const organizationResponse = z.object({
  id: z.int(),
  externalId: z.string().nullable(),
  name: z.string(),
  orgNumber: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export function personJson(person: PersonWithOrganization): z.infer<typeof personResponse> {
  return {
    id: person.id,
    externalId: person.externalId,
    name: person.name,
    email: person.email,
    phone: person.phone,
    organization: person.organization
      ? {
          id: person.organization.id,
          name: person.organization.name,
          externalId: person.organization.externalId,
        }
      : null,
    archived: person.archived,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
  };
}

export function organizationJson(organization: Organization): z.infer<typeof organizationResponse> {
  return {
    id: organization.id,
    externalId: organization.externalId,
    name: organization.name,
    orgNumber: organization.orgNumber,
    email: organization.email,
    phone: organization.phone,
    archived: organization.archived,
    createdAt: organization.createdAt.toISOString(),
    updatedAt: organization.updatedAt.toISOString(),
  };
}
