import type { z } from 'zod';
import type { Organization, PersonWithOrganization } from '../../domain/contacts/contact';
import type { ContactServices } from '../../domain/contacts/contact-services';
import type { IntegrationLookups } from '../../domain/messages/message-ports';
import { ValidationError } from '../../domain/validation-error';
import type { Messages } from '../../i18n';
import type { ApiContext } from '../auth';
import { ApiProblem } from '../problem';
import type { putOrganizationBody, putPersonBody } from '../schemas/contact-schemas';
import { apiViewer } from './api-actor';
import { decodeApiCursor, feedCursors, invalidCursor } from './api-cursor';

type PersonBody = z.output<typeof putPersonBody>;
type OrganizationBody = z.output<typeof putOrganizationBody>;

export interface PersonListRequest {
  updatedSince?: string;
  limit: number;
  cursor?: string;
}

/** One change in the person feed: the person (archived ones too), or one deleted for good. */
export type PersonFeedItem =
  | { person: PersonWithOrganization }
  | { id: number; externalId: string | null; deleted: true };

export interface Upserted<T> {
  created: boolean;
  value: T;
}

/** The contact domain's field names as the request names them. */
const PERSON_FIELD: Record<string, string> = {
  organization: 'organizationExternalId',
  newOrganization: 'name',
};

function renamed(error: unknown, names: Record<string, string>): unknown {
  if (!(error instanceof ValidationError)) return error;
  return new ValidationError(
    Object.fromEntries(Object.entries(error.fields).map(([field, text]) => [names[field] ?? field, text])),
  );
}

function takenExternalId(error: unknown): boolean {
  return error instanceof ValidationError && 'externalId' in error.fields;
}

/**
 * PUT /persons/{externalId}, PUT /organizations/{externalId} (product §7.1): the
 * whole contact as sent (fields left out become empty), created when the
 * external id is new. Validation is the contact register's own (product §2).
 */
export class ApiContacts {
  constructor(private readonly deps: { contacts: ContactServices; lookups: IntegrationLookups }) {}

  async upsertPerson(
    api: ApiContext,
    externalId: string,
    body: PersonBody,
  ): Promise<Upserted<PersonWithOrganization>> {
    const viewer = apiViewer(api.workspace);
    let organizationId: number | null = null;
    if (body.organizationExternalId) {
      const organization = await this.deps.lookups.organizationByExternalId(
        api.workspace.id,
        body.organizationExternalId,
      );
      if (!organization)
        throw new ValidationError({
          organizationExternalId: (m: Messages) => m.api.fields.organizationNotFound,
        });
      organizationId = organization.id;
    }
    const input = {
      name: body.name,
      email: body.email ?? null,
      phone: body.phone ?? null,
      externalId,
      organizationId,
      archived: body.archived,
    };
    // Two first PUTs of one id at once: the loser finds the winner's row and updates it.
    for (let attempt = 0; ; attempt++) {
      const current = await this.deps.lookups.personByExternalId(api.workspace.id, externalId);
      try {
        if (current) {
          const value = await this.deps.contacts.updatePerson.run(viewer, current.id, {
            ...input,
            archived: body.archived ?? current.archived,
          });
          return { created: false, value };
        }
        const created = await this.deps.contacts.createPerson.run(viewer, input);
        const value =
          body.archived === true
            ? await this.deps.contacts.updatePerson.run(viewer, created.id, input)
            : created;
        return { created: true, value };
      } catch (error) {
        if (!current && attempt === 0 && takenExternalId(error)) continue;
        throw renamed(error, PERSON_FIELD);
      }
    }
  }

  async person(api: ApiContext, externalId: string): Promise<PersonWithOrganization> {
    const person = await this.deps.lookups.personByExternalId(api.workspace.id, externalId);
    if (!person)
      throw new ApiProblem(404, (m) => ({
        type: 'not-found',
        title: m.api.problems.notFoundTitle,
        detail: m.api.fields.personNotFoundByExternalId(externalId),
      }));
    return person;
  }

  async organization(api: ApiContext, externalId: string): Promise<Organization> {
    const organization = await this.deps.lookups.organizationByExternalId(api.workspace.id, externalId);
    if (!organization)
      throw new ApiProblem(404, (m) => ({
        type: 'not-found',
        title: m.api.problems.notFoundTitle,
        detail: m.api.fields.organizationNotFoundByExternalId(externalId),
      }));
    return organization;
  }

  /**
   * GET /persons: changed persons in commit order, paged like GET /activities.
   * Archived ones come as they are (`archived: true`); one deleted for good (an
   * erasure) as `{id, externalId, deleted: true}`, nothing else of them.
   */
  async persons(
    api: ApiContext,
    query: PersonListRequest,
  ): Promise<{ items: PersonFeedItem[]; nextCursor: string | null; resumeCursor: string }> {
    const cursor = query.cursor === undefined ? undefined : decodeApiCursor(query.cursor);
    if (cursor === null) throw invalidCursor();
    const after = cursor?.kind === 'change' ? cursor : undefined;
    const since = cursor ? undefined : query.updatedSince;
    const { changes, horizon } = await this.deps.lookups.changedPersons(api.workspace.id, {
      updatedSince: cursor?.kind === 'time' ? cursor.updatedAt : since ? new Date(since) : undefined,
      after,
      take: query.limit + 1,
    });
    const page = changes.slice(0, query.limit);
    const live = await this.deps.lookups.personsByIds(
      api.workspace.id,
      page.filter((change) => !change.gone).map((change) => change.id),
    );
    const byId = new Map(live.map((person) => [person.id, person]));
    // One erased between the two reads is left out: its tombstone is a later change, so it comes later.
    const items = page.flatMap((change): PersonFeedItem[] => {
      if (change.gone) return [{ id: change.id, externalId: change.externalId, deleted: true }];
      const person = byId.get(change.id);
      return person ? [{ person }] : [];
    });
    return { items, ...feedCursors(page, changes.length > query.limit, horizon, after) };
  }

  async upsertOrganization(
    api: ApiContext,
    externalId: string,
    body: OrganizationBody,
  ): Promise<Upserted<Organization>> {
    const viewer = apiViewer(api.workspace);
    const input = {
      name: body.name,
      orgNumber: body.orgNumber ?? null,
      email: body.email ?? null,
      phone: body.phone ?? null,
      externalId,
    };
    for (let attempt = 0; ; attempt++) {
      const current = await this.deps.lookups.organizationByExternalId(api.workspace.id, externalId);
      try {
        if (current) {
          const value = await this.deps.contacts.updateOrganization.run(viewer, current.id, {
            ...input,
            archived: body.archived ?? current.archived,
          });
          return { created: false, value };
        }
        const created = await this.deps.contacts.createOrganization.run(viewer, input);
        const value =
          body.archived === true
            ? await this.deps.contacts.updateOrganization.run(viewer, created.id, {
                ...input,
                archived: true,
              })
            : created;
        return { created: true, value };
      } catch (error) {
        if (!current && attempt === 0 && takenExternalId(error)) continue;
        throw error;
      }
    }
  }
}
