import { createHash } from 'node:crypto';
import type { ActivityInput } from '../../domain/activities/activity-input';
import type { PersonSummary } from '../../domain/activities/activity-ports';
import { changesBetween, toWrite } from '../../domain/activities/activity-state';
import { newActivityState } from '../../domain/activities/create-activity';
import { checkActivityInput, responsibleFound } from '../../domain/activities/resolve-activity-input';
import type { Clock } from '../../domain/clock';
import type { Employee } from '../../domain/employees/employee';
import type { EmployeeService } from '../../domain/employees/employee-service';
import { type EmployeeReferences, isEmail } from '../../domain/messages/employee-reference';
import type {
  BatchActivity,
  IntegrationLookups,
  IntegrationReferences,
  MessageBatches,
} from '../../domain/messages/message-ports';
import { type PersonReferences, personKeys, pickPerson } from '../../domain/messages/person-reference';
import { type FieldMessages, ValidationError } from '../../domain/validation-error';
import { type Locale, type Messages, messages } from '../../i18n';
import type { ApiContext } from '../auth';
import { canonical } from '../define-route';
import { KEY_LIFETIME_MS } from '../idempotency';
import { type FieldProblem, type ProblemFields, problemBody } from '../problem';
import {
  type InvalidBatchItem,
  isInvalidItem,
  type MessageBatchItem,
  type MessageBatchResponse,
} from '../schemas/message-schemas';
import { inRequestTerms, summaryOf } from './api-activities';
import { apiActorLabel, apiViewer } from './api-actor';
import { type MessageAsActivity, messageAsActivity } from './api-messages';

/** Item keys live beside the Idempotency-Key header's, per token, under their own prefix. */
const ITEM_KEY_PREFIX = 'messages/batch:';

type ItemResult = MessageBatchResponse['results'][number];

interface Pending {
  index: number;
  item: MessageBatchItem;
  key: string | null;
  requestHash: string | null;
}

/** An item that passed its checks, ready for the one insert. */
interface Ready {
  pending: Pending;
  row: BatchActivity;
  /** A person created for this item (createPerson), removed again if the item is not recorded. */
  createdPersonId: number | null;
}

const hashOf = (item: MessageBatchItem) => createHash('sha256').update(canonical(item)).digest('hex');

/**
 * POST /messages/batch: up to 500 sent e-mails and SMS, each checked and answered
 * on its own exactly as POST /messages would (person by external id, e-mail or
 * phone; the sender responsible; a DONE E-mail or SMS activity; nobody told). The
 * references of all items are read together and every recorded item, its history
 * and its idempotency key are written in one statement, so a batch costs a few
 * statements instead of several per message.
 */
/** One batch being recorded: who sends it, when, in which language, and where each item's answer goes. */
interface BatchRun {
  api: ApiContext;
  now: Date;
  m: Messages;
  results: ItemResult[];
  refuse: (index: number, status: number, fields: ProblemFields) => void;
  invalid: (index: number, errors: FieldProblem[]) => void;
}

export class ApiMessageBatch {
  constructor(
    private readonly deps: {
      references: IntegrationReferences;
      batches: MessageBatches;
      lookups: IntegrationLookups;
      persons: PersonReferences;
      employeeReferences: EmployeeReferences;
      employees: EmployeeService;
      clock: Clock;
    },
  ) {}

  async record(
    api: ApiContext,
    items: (MessageBatchItem | InvalidBatchItem)[],
    locale: Locale,
  ): Promise<MessageBatchResponse> {
    const m = messages(locale);
    const now = this.deps.clock.now();
    const results: ItemResult[] = new Array(items.length);
    const refuse = (index: number, status: number, fields: ProblemFields) => {
      results[index] = { index, status, problem: problemBody(status, fields) };
    };
    const invalid = (index: number, errors: FieldProblem[]) =>
      refuse(index, 422, {
        type: 'validation',
        title: m.api.problems.validationTitle,
        detail: m.api.problems.validationDetail,
        errors: errors.map((error) => ({
          ...error,
          path: `body.items.${index}.${error.path}`.replace(/\.$/, ''),
        })),
      });

    const pending: Pending[] = [];
    const firstByKey = new Map<string, Pending>();
    const repeats: Pending[] = [];
    items.forEach((item, index) => {
      if (isInvalidItem(item)) {
        invalid(
          index,
          item.invalid.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
        );
        return;
      }
      const key = item.idempotencyKey === undefined ? null : `${ITEM_KEY_PREFIX}${item.idempotencyKey}`;
      const entry = { index, item, key, requestHash: key === null ? null : hashOf(item) };
      if (key !== null && firstByKey.has(key)) repeats.push(entry);
      else {
        if (key !== null) firstByKey.set(key, entry);
        pending.push(entry);
      }
    });

    const run: BatchRun = { api, now, m, results, refuse, invalid };
    const toRecord = await this.withoutStored(run, pending);
    const ready = await this.check(run, toRecord);
    await this.insert(run, ready);

    // The same key twice in one batch: the later item is answered as the first.
    for (const repeat of repeats) {
      const first = results[firstByKey.get(repeat.key!)!.index]!;
      if (hashOf(repeat.item) !== firstByKey.get(repeat.key!)!.requestHash)
        refuse(repeat.index, 422, mismatch(m));
      else if (first.status === 201)
        results[repeat.index] = { ...first, index: repeat.index, replayed: true };
      else results[repeat.index] = renumbered(first, repeat.index);
    }
    return {
      results,
      created: results.filter((result) => result.status === 201 && !result.replayed).length,
      replayed: results.filter((result) => result.replayed).length,
      refused: results.filter((result) => result.status !== 201).length,
    };
  }

  /** Items whose key has an answer already are answered from it (or refused when the item differs). */
  private async withoutStored(
    { api, now, m, results, refuse }: BatchRun,
    pending: Pending[],
  ): Promise<Pending[]> {
    const keys = pending.flatMap((entry) => (entry.key === null ? [] : [entry.key]));
    const stored = new Map(
      (await this.deps.batches.storedAnswers(api.token.id, keys, now)).map((answer) => [answer.key, answer]),
    );
    return pending.filter((entry) => {
      const answer = entry.key === null ? undefined : stored.get(entry.key);
      if (!answer) return true;
      if (answer.requestHash !== entry.requestHash) refuse(entry.index, 422, mismatch(m));
      else if (answer.responseStatus === 0 || answer.activityId === null) refuse(entry.index, 409, busy(m));
      else
        results[entry.index] = {
          index: entry.index,
          status: 201,
          activityId: answer.activityId,
          replayed: true,
        };
      return false;
    });
  }

  /** Every item's references read together, then each item checked by the activity rules on its own. */
  private async check({ api, now, m, invalid }: BatchRun, pending: Pending[]): Promise<Ready[]> {
    if (pending.length === 0) return [];
    const workspaceId = api.workspace.id;
    const requests = pending.map((entry) => messageAsActivity(api, entry.item));
    const refs = requests.map(({ body }) => ({
      externalId: body.personExternalId,
      email: body.personEmail,
      phone: body.personPhone,
    }));
    const senders = requests.map(({ body }) => body.responsible.trim());
    const found = await this.deps.references.find(workspaceId, {
      persons: refs.map(personKeys),
      types: [...new Set(requests.map(({ body }) => body.type))],
      employeeEmails: [...new Set(senders.filter(isEmail))],
    });
    const responsibles = new Map<string, Employee | null | 'unknown'>();
    await Promise.all(
      [...new Set(senders)].map(async (sender) => {
        const slackUserId = await this.deps.employeeReferences.slackUserId(
          workspaceId,
          sender,
          found.employees,
        );
        responsibles.set(
          sender,
          slackUserId === null ? 'unknown' : await this.deps.employees.resolve(api.workspace, slackUserId),
        );
      }),
    );
    const fieldProblems = (errors: FieldMessages) =>
      Object.entries(errors).map(([path, text]) => ({ path, message: (text as (m: Messages) => string)(m) }));

    const ready: Ready[] = [];
    for (const [i, entry] of pending.entries()) {
      const request = requests[i]!;
      const { body, fields } = request;
      const errors: FieldMessages = {};
      const type = found.types.get(body.type) ?? null;
      if (!type) errors[fields.others?.type ?? 'type'] = (t: Messages) => t.api.fields.typeNotFound;
      const responsible = responsibles.get(senders[i]!);
      if (responsible === 'unknown')
        errors[fields.responsible] = (t: Messages) => t.api.fields.responsibleNotFound;
      const match = pickPerson(found.persons[i]!);
      if ('problem' in match && (match.problem === 'ambiguous' || !body.createPerson))
        errors[fields.person.match] = (t: Messages) =>
          match.problem === 'ambiguous' ? t.api.fields.personAmbiguous : t.api.fields.personNotFound;
      if (Object.keys(errors).length > 0) {
        invalid(entry.index, fieldProblems(errors));
        continue;
      }
      let createdPersonId: number | null = null;
      try {
        let person: PersonSummary;
        if ('person' in match) person = match.person;
        else {
          const created = await this.deps.persons.matchOrCreate(apiViewer(api.workspace), refs[i]!, {
            create: { name: body.personName },
            fields: fields.person,
          });
          createdPersonId = created.id;
          person = summaryOf(created);
        }
        const employee = responsible === 'unknown' ? null : (responsible ?? null);
        ready.push({
          pending: entry,
          row: this.row(request, { person, type: type!, responsible: employee, entry, now }),
          createdPersonId,
        });
      } catch (error) {
        if (createdPersonId !== null)
          await this.deps.lookups.deletePersonIfUnused(workspaceId, createdPersonId);
        const refused = inRequestTerms(error, fields);
        if (!(refused instanceof ValidationError)) throw refused;
        invalid(entry.index, fieldProblems(refused.fields));
      }
    }
    return ready;
  }

  /** The activity as the single create would store it: the same rules, timing and history. */
  private row(
    request: MessageAsActivity,
    {
      person,
      type,
      responsible,
      entry,
      now,
    }: {
      person: PersonSummary;
      type: NonNullable<Parameters<typeof checkActivityInput>[0]['type']>;
      responsible: Employee | null;
      entry: Pending;
      now: Date;
    },
  ): BatchActivity {
    const { body } = request;
    const input: ActivityInput = {
      personId: person.id,
      linkOrganization: false,
      typeId: type.id,
      subject: body.subject,
      status: body.status,
      startAt: new Date(body.startAt!),
      endAt: new Date(body.endAt!),
      responsibleSlackUserId: responsible?.slackUserId ?? null,
      notes: body.notes,
      isPrivate: false,
    };
    const resolved = checkActivityInput({ person, type, responsible: responsibleFound(responsible) }, input, {
      current: null,
      now,
    });
    const state = newActivityState(resolved, now);
    return {
      ...toWrite(state),
      source: request.source,
      changes: changesBetween(null, state),
      key: entry.key,
      requestHash: entry.requestHash,
    };
  }

  private async insert({ api, now, m, results, refuse }: BatchRun, ready: Ready[]): Promise<void> {
    if (ready.length === 0) return;
    const unused = async (items: Ready[]) => {
      for (const item of items)
        if (item.createdPersonId !== null)
          await this.deps.lookups.deletePersonIfUnused(api.workspace.id, item.createdPersonId);
    };
    let ids: (number | null)[];
    try {
      ids = await this.deps.batches.insert({
        workspaceId: api.workspace.id,
        tokenId: api.token.id,
        actorLabel: apiActorLabel(api),
        at: now,
        keysExpireAt: new Date(now.getTime() + KEY_LIFETIME_MS),
        activities: ready.map((item) => item.row),
      });
    } catch (error) {
      await unused(ready);
      throw error;
    }
    // An item whose key another request stored meanwhile was left out: it is being recorded there.
    await unused(ready.filter((_, i) => ids[i] === null));
    ready.forEach(({ pending }, i) => {
      const id = ids[i];
      if (id === null || id === undefined) refuse(pending.index, 409, busy(m));
      else results[pending.index] = { index: pending.index, status: 201, activityId: id };
    });
  }
}

function mismatch(m: Messages): ProblemFields {
  return {
    type: 'idempotency-key-reused',
    title: m.api.problems.idempotencyMismatchTitle,
    detail: m.api.problems.idempotencyMismatchDetail,
  };
}

function busy(m: Messages): ProblemFields {
  return {
    type: 'idempotency-in-progress',
    title: m.api.problems.idempotencyBusyTitle,
    detail: m.api.problems.idempotencyBusyDetail,
  };
}

/** A refused item's answer for another item of the same batch (its field paths renumbered). */
function renumbered(result: ItemResult, index: number): ItemResult {
  const from = `body.items.${result.index}.`;
  const problem = result.problem && {
    ...result.problem,
    errors: result.problem.errors?.map((error) => ({
      ...error,
      path: error.path.startsWith(from) ? `body.items.${index}.${error.path.slice(from.length)}` : error.path,
    })),
  };
  return { ...result, index, ...(problem ? { problem } : {}) };
}
