import type { z } from 'zod';
import type { Organization, PersonWithOrganization } from '../../domain/contacts/contact';
import type { ContactServices } from '../../domain/contacts/contact-services';
import type { IntegrationLookups } from '../../domain/messages/message-ports';
import { ValidationError } from '../../domain/validation-error';
import type { Messages } from '../../i18n';
import type { ApiContext } from '../auth';
import { notFoundProblem } from '../problem';
import type { putOrganizationBody, putPersonBody } from '../schemas/contact-schemas';
import { apiViewer } from './api-actor';
import { type FeedPage, feedCursors, feedStart } from './api-cursor';

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
    return upsertByExternalId({
      find: () => this.deps.lookups.personByExternalId(api.workspace.id, externalId),
      create: () => this.deps.contacts.createPerson.execute(viewer, input),
      update: (id, archived) => this.deps.contacts.updatePerson.execute(viewer, id, { ...input, archived }),
      archived: body.archived,
      refused: (error) => renamed(error, PERSON_FIELD),
    });
  }

  async person(api: ApiContext, externalId: string): Promise<PersonWithOrganization> {
    const person = await this.deps.lookups.personByExternalId(api.workspace.id, externalId);
    if (!person) throw notFoundProblem((m) => m.api.fields.personNotFoundByExternalId(externalId));
    return person;
  }

  async organization(api: ApiContext, externalId: string): Promise<Organization> {
    const organization = await this.deps.lookups.organizationByExternalId(api.workspace.id, externalId);
    if (!organization)
      throw notFoundProblem((m) => m.api.fields.organizationNotFoundByExternalId(externalId));
    return organization;
  }

  /**
   * GET /persons: changed persons in commit order, paged like GET /activities.
   * Archived ones come as they are (`archived: true`); one deleted for good (an
   * erasure) as `{id, externalId, deleted: true}`, nothing else of them.
   */
  async persons(api: ApiContext, query: PersonListRequest): Promise<FeedPage<PersonFeedItem>> {
    const { after, updatedSince } = feedStart(query);
    const { changes, horizon } = await this.deps.lookups.changedPersons(api.workspace.id, {
      updatedSince,
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
    return { items, ...feedCursors(page, { more: changes.length > query.limit, horizon, after }) };
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
    return upsertByExternalId({
      find: () => this.deps.lookups.organizationByExternalId(api.workspace.id, externalId),
      create: () => this.deps.contacts.createOrganization.execute(viewer, input),
      update: (id, archived) =>
        this.deps.contacts.updateOrganization.execute(viewer, id, { ...input, archived }),
      archived: body.archived,
      refused: (error) => error,
    });
  }
}

/**
 * A PUT by external id: the stored contact is updated (archived as sent, else as it
 * was), or one is created (then archived, when asked). Two first PUTs of one id at
 * once: the loser finds the winner's row and updates it. `refused` says what a refusal throws.
 */
async function upsertByExternalId<T extends { id: number; archived: boolean }>(steps: {
  find: () => Promise<T | null>;
  create: () => Promise<T>;
  update: (id: number, archived: boolean) => Promise<T>;
  archived: boolean | undefined;
  refused: (error: unknown) => unknown;
}): Promise<Upserted<T>> {
  for (let attempt = 0; ; attempt++) {
    const current = await steps.find();
    try {
      if (current)
        return { created: false, value: await steps.update(current.id, steps.archived ?? current.archived) };
      const created = await steps.create();
      const value = steps.archived === true ? await steps.update(created.id, true) : created;
      return { created: true, value };
    } catch (error) {
      if (!current && attempt === 0 && takenExternalId(error)) continue;
      throw steps.refused(error);
    }
  }
}
