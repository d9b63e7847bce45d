import type { z } from 'zod';
import { ActivityNotFoundError, ConflictError } from '../../domain/activities/activity-errors';
import type { ActivityInput } from '../../domain/activities/activity-input';
import type { PersonSummary } from '../../domain/activities/activity-ports';
import type { ActivityRecord, ActivitySource, ActivityStatus } from '../../domain/activities/activity-record';
import type { ActivityServices } from '../../domain/activities/activity-services';
import type { PersonWithOrganization } from '../../domain/contacts/contact';
import { type EmployeeReferences, isEmail } from '../../domain/messages/employee-reference';
import type { IntegrationLookups, IntegrationReferences } from '../../domain/messages/message-ports';
import {
  type PersonFieldNames,
  type PersonReferences,
  personKeys,
  pickPerson,
} from '../../domain/messages/person-reference';
import type { WithinTransaction } from '../../domain/transaction';
import { type FieldMessages, ValidationError } from '../../domain/validation-error';
import type { Messages } from '../../i18n';
import type { ApiContext } from '../auth';
import { ApiProblem, notFoundProblem } from '../problem';
import type { createActivityBody, updateActivityBody } from '../schemas/activity-schemas';
import { apiActorLabel, apiViewer } from './api-actor';
import { type FeedPage, feedCursors, feedStart } from './api-cursor';
import type { ApiNotifier } from './api-notifier';

export type CreateActivityBody = z.output<typeof createActivityBody>;
type UpdateBody = z.output<typeof updateActivityBody>;

/** One change in the activity feed: the activity, or what a client must drop. */
export type ActivityFeedItem =
  | { record: ActivityRecord }
  | { id: number; deleted: true }
  | { id: number; visible: false };

export interface ActivityListRequest {
  updatedSince?: string;
  status?: string;
  limit: number;
  cursor?: string;
}

/** The domain's field names (product §3.3) as the request names them. */
const REQUEST_FIELD: Record<string, string> = {
  type: 'type',
  subject: 'subject',
  status: 'status',
  start: 'startAt',
  end: 'endAt',
  responsible: 'responsible',
  notes: 'notes',
  isPrivate: 'isPrivate',
  remind: 'remindLeadMinutes',
  linkOrganization: 'linkOrganization',
  recurrence: 'recurrence',
};

/** Where the request's own field names differ (a message names its customer by `to`). */
export interface RequestFieldNames {
  person: PersonFieldNames;
  responsible: string;
  /** Other domain fields (type, subject, notes, start, end …) renamed for this request. */
  others?: Record<string, string>;
}

const ACTIVITY_FIELDS: RequestFieldNames = {
  person: {
    match: 'personExternalId',
    name: 'personName',
    email: 'personEmail',
    phone: 'personPhone',
    externalId: 'personExternalId',
  },
  responsible: 'responsible',
};

export function inRequestTerms(error: unknown, names: RequestFieldNames): unknown {
  if (!(error instanceof ValidationError)) return error;
  const rename = (field: string) =>
    field === 'person'
      ? names.person.match
      : field === 'responsible'
        ? names.responsible
        : (names.others?.[field] ?? REQUEST_FIELD[field] ?? field);
  return new ValidationError(
    Object.fromEntries(Object.entries(error.fields).map(([field, text]) => [rename(field), text])),
  );
}

const date = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(value);

/** The first person field the request used: where "nobody matches" is reported. */
function personFieldNames(body: { personEmail?: string; personPhone?: string; personExternalId?: string }) {
  const match = body.personExternalId
    ? 'personExternalId'
    : body.personEmail
      ? 'personEmail'
      : body.personPhone
        ? 'personPhone'
        : 'personExternalId';
  return { ...ACTIVITY_FIELDS, person: { ...ACTIVITY_FIELDS.person, match } };
}

export function summaryOf(person: PersonWithOrganization): PersonSummary {
  const { organization } = person;
  return {
    id: person.id,
    name: person.name,
    archived: person.archived,
    organization: organization
      ? { id: organization.id, name: organization.name, archived: organization.archived }
      : null,
  };
}

function matchProblem(match: object | null): ((m: Messages) => string) | undefined {
  if (!match || !('problem' in match)) return undefined;
  return (m) => (match.problem === 'ambiguous' ? m.api.fields.personAmbiguous : m.api.fields.personNotFound);
}

const notFound = (id: number) => notFoundProblem((m) => m.api.fields.activityNotFound(id));

export interface CreateOptions {
  source?: ActivitySource;
  /** Request field names when they are not the activity body's (POST /messages). */
  fields?: RequestFieldNames;
  /** False when the responsible is the one who acted (the sender of a message): nobody to tell. */
  notify?: boolean;
  /** Work that commits with the new activity (the route's idempotent answer). */
  alongside?: WithinTransaction<ActivityRecord>;
}

/**
 * POST/PATCH/GET /activities (product §7.1): integration references (external id,
 * e-mail, phone, type key, Slack id or e-mail) turned into the ids the activity
 * rules work with; the rules themselves are the domain's, unchanged.
 */
export class ApiActivities {
  constructor(
    private readonly deps: {
      activities: ActivityServices;
      lookups: IntegrationLookups;
      references: IntegrationReferences;
      persons: PersonReferences;
      employees: EmployeeReferences;
      notifier: ApiNotifier;
    },
  ) {}

  async create(
    api: ApiContext,
    body: CreateActivityBody,
    options: CreateOptions = {},
  ): Promise<ActivityRecord> {
    const viewer = apiViewer(api.workspace);
    const names = options.fields ?? personFieldNames(body);
    const ref = { externalId: body.personExternalId, email: body.personEmail, phone: body.personPhone };
    const responsibleText = body.responsible.trim();
    // Person, type and responsible (by e-mail) read together, once: the activity rules reuse them.
    const found = await this.deps.references.find(api.workspace.id, {
      persons: [personKeys(ref)],
      types: [body.type],
      employeeEmails: isEmail(responsibleText) ? [responsibleText] : [],
    });
    const errors: FieldMessages = {};
    const type = found.types.get(body.type);
    if (!type) errors.type = (m: Messages) => m.api.fields.typeNotFound;
    const responsible = await this.deps.employees.slackUserId(
      api.workspace.id,
      responsibleText,
      found.employees,
    );
    if (responsible === null) errors[names.responsible] = (m: Messages) => m.api.fields.responsibleNotFound;
    const match = pickPerson(found.persons[0]!);
    const unmatched = 'problem' in match && (match.problem === 'ambiguous' || !body.createPerson);
    const problem = matchProblem(match);
    if (unmatched && problem) errors[names.person.match] = problem;
    if (errors.type && names.others?.type) {
      errors[names.others.type] = errors.type;
      delete errors.type;
    }
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    let created: PersonWithOrganization | null = null;
    let person: PersonSummary;
    if ('person' in match) person = match.person;
    else {
      created = await this.deps.persons.matchOrCreate(viewer, ref, {
        create: { name: body.personName },
        fields: names.person,
      });
      person = summaryOf(created);
    }
    const input: ActivityInput = {
      personId: person.id,
      linkOrganization: body.linkOrganization ?? false,
      typeId: type?.id ?? null,
      subject: body.subject,
      status: body.status,
      startAt: date(body.startAt),
      endAt: date(body.endAt),
      responsibleSlackUserId: responsible,
      notes: body.notes,
      isPrivate: body.isPrivate ?? false,
      recurrence: body.recurrence,
      remindLeadMinutes: body.remindLeadMinutes,
    };
    const actorLabel = apiActorLabel(api);
    try {
      const saved = await this.deps.activities.create.execute({ workspace: api.workspace, viewer }, input, {
        source: options.source ?? 'API',
        actorLabel,
        alongside: options.alongside,
        known: { person, type },
      });
      if (options.notify !== false) this.deps.notifier.saved(api.workspace, saved, actorLabel);
      return saved.record;
    } catch (error) {
      // A refused request changes nothing: a person made for it goes again (unless used meanwhile).
      if (created) await this.deps.lookups.deletePersonIfUnused(api.workspace.id, created.id);
      throw inRequestTerms(error, names);
    }
  }

  async update(
    api: ApiContext,
    {
      id,
      body,
      ifMatch,
      alongside,
    }: {
      id: number;
      body: UpdateBody;
      /** The version the client read (If-Match); without it the edit applies to the current one. */
      ifMatch?: number;
      alongside?: WithinTransaction<ActivityRecord>;
    },
  ): Promise<ActivityRecord> {
    const viewer = apiViewer(api.workspace);
    const names = personFieldNames(body);
    const errors: FieldMessages = {};
    const hasPerson = Boolean(body.personExternalId || body.personEmail || body.personPhone);
    const ref = { externalId: body.personExternalId, email: body.personEmail, phone: body.personPhone };
    const [match, typeId, responsible] = await Promise.all([
      hasPerson ? this.deps.persons.match(api.workspace.id, ref) : null,
      body.type === undefined ? undefined : this.typeId(api, body.type, errors),
      body.responsible === undefined
        ? undefined
        : this.responsible(api, body.responsible, { errors, field: 'responsible' }),
    ]);
    const problem = matchProblem(match);
    if (problem) errors[names.person.match] = problem;
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    const version = body.version ?? ifMatch ?? (await this.get(api, id)).version;
    const input: ActivityInput = {
      personId: match && 'person' in match ? match.person.id : undefined,
      linkOrganization: body.linkOrganization,
      typeId: typeId ?? undefined,
      subject: body.subject,
      status: body.status,
      startAt: date(body.startAt),
      endAt: date(body.endAt),
      responsibleSlackUserId: responsible ?? undefined,
      notes: body.notes,
      isPrivate: body.isPrivate,
      recurrence: body.recurrence,
      remindLeadMinutes: body.remindLeadMinutes,
    };
    const actorLabel = apiActorLabel(api);
    try {
      const saved = await this.deps.activities.update.execute(
        { workspace: api.workspace, viewer },
        { id, version, input, scope: body.scope },
        { actorLabel, alongside },
      );
      this.deps.notifier.saved(api.workspace, saved, actorLabel);
      return saved.record;
    } catch (error) {
      if (error instanceof ActivityNotFoundError) throw notFound(id);
      if (error instanceof ConflictError) {
        const current = error.current.version;
        throw new ApiProblem(409, (m) => ({
          type: 'version-conflict',
          title: m.api.problems.conflictTitle,
          detail: m.api.problems.conflictDetail(id, current),
        }));
      }
      throw inRequestTerms(error, names);
    }
  }

  async get(api: ApiContext, id: number): Promise<ActivityRecord> {
    const record = await this.deps.activities.get.getVisible(apiViewer(api.workspace), id);
    if (!record) throw notFound(id);
    return record;
  }

  /**
   * Changed activities in commit order, so a sync can go on from a cursor without
   * missing a change. One deleted (or purged) meanwhile comes as `{id, deleted: true}`,
   * one made private as `{id, visible: false}`, so the client can drop it. A cursor
   * replaces updatedSince, which only says where a sync without one starts.
   */
  async list(api: ApiContext, query: ActivityListRequest): Promise<FeedPage<ActivityFeedItem>> {
    const { after, updatedSince } = feedStart(query);
    const { changes, horizon } = await this.deps.lookups.changedActivities(api.workspace.id, {
      statuses: query.status ? (query.status.split(',') as ActivityStatus[]) : undefined,
      updatedSince,
      after,
      take: query.limit + 1,
    });
    const page = changes.slice(0, query.limit);
    const shown = page.filter((change) => change.state === 'shown').map((change) => change.id);
    const records = await this.deps.activities.get.forDisplay(apiViewer(api.workspace), shown);
    const byId = new Map(
      records.filter((record) => record.deletedAt === null && !record.isPrivate).map((r) => [r.id, r]),
    );
    // One that became private or was deleted between the two reads is left out: that change is later, so it comes later.
    const items = page.flatMap((change): ActivityFeedItem[] => {
      if (change.state === 'deleted' || change.state === 'gone') return [{ id: change.id, deleted: true }];
      if (change.state === 'private') return [{ id: change.id, visible: false }];
      const record = byId.get(change.id);
      return record ? [{ record }] : [];
    });
    return { items, ...feedCursors(page, { more: changes.length > query.limit, horizon, after }) };
  }

  private async typeId(api: ApiContext, text: string, errors: FieldMessages): Promise<number | null> {
    const id = await this.deps.lookups.typeIdByKeyOrName(api.workspace.id, text);
    if (id === null) errors.type = (m: Messages) => m.api.fields.typeNotFound;
    return id;
  }

  private async responsible(
    api: ApiContext,
    text: string,
    { errors, field }: { errors: FieldMessages; field: string },
  ): Promise<string | null> {
    const id = await this.deps.employees.slackUserId(api.workspace.id, text);
    if (id === null) errors[field] = (m: Messages) => m.api.fields.responsibleNotFound;
    return id;
  }
}
