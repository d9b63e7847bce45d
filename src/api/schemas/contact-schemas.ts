import { z } from 'zod';
import type { Organization, PersonWithOrganization } from '../../domain/contacts/contact';
import { EMAIL_MAX, NAME_MAX, PHONE_MAX } from '../../domain/contacts/contact-fields';
import { nextCursorField, resumeCursorField } from './activity-schemas';
import { isoDateTime, optionalText, text } from './common';

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

/** The fields both kinds of contact answer with, in three runs so each kind keeps its field order. */
const contactIdentity = { id: z.int(), externalId: z.string().nullable(), name: z.string() };
const contactReach = { email: z.string().nullable(), phone: z.string().nullable() };
const contactState = { archived: z.boolean(), createdAt: z.string(), updatedAt: z.string() };

export const personResponse = z.object({
  ...contactIdentity,
  ...contactReach,
  organization: organizationRef.nullable(),
  ...contactState,
});

export const organizationResponse = z.object({
  ...contactIdentity,
  orgNumber: z.string().nullable(),
  ...contactReach,
  ...contactState,
});

export const listPersonsQuery = z.strictObject({
  updatedSince: isoDateTime.optional().meta({ description: 'Only persons changed at or after this time' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().meta({
    description: 'nextCursor of the previous page, or resumeCursor of an earlier sync; replaces updatedSince',
  }),
});

const erasedPerson = z
  .object({
    id: z.int(),
    externalId: z.string().nullable().meta({
      description:
        'Your external id of the person: null after an erasure, and 30 days after any other deletion',
    }),
    deleted: z.literal(true),
  })
  .meta({ description: 'Deleted for good (erased): drop it. Nothing else of the person is kept' });

export const personPageResponse = z.object({
  items: z
    .array(z.union([personResponse, erasedPerson]))
    .meta({ description: 'Changes in commit order: a person (archived ones too), or one deleted for good' }),
  nextCursor: nextCursorField,
  resumeCursor: resumeCursorField,
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
