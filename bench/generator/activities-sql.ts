import type { BatchContext, BatchSql } from './context';
import { RowDraws } from './row-draws';
import { element, intArray, textArray, timestamp } from './sql-literals';
import { NOTES, SUBJECTS } from './words';

// Calls and e-mails dominate a sales team's log; meetings and visits are rarer but
// carry an end time, which is what makes `dueAt` differ from `startAt`.
const TYPE_WEIGHTS: [key: string, weight: number, hasDuration: boolean][] = [
  ['INCOMING_CALL', 3, false],
  ['OUTGOING_CALL', 4, false],
  ['MEETING', 2, true],
  ['EMAIL', 4, false],
  ['SMS', 1, false],
  ['VISIT', 1, true],
  ['FOLLOW_UP', 3, false],
];

const PAST_DAYS = 730;
const FUTURE_DAYS = 60;

function typeSlots(typeIds: ReadonlyMap<string, number>): { ids: string; timed: string; count: number } {
  const slots = TYPE_WEIGHTS.flatMap(([key, weight, timed]) => {
    const id = typeIds.get(key);
    if (id === undefined) throw new Error(`generateData: the workspace has no activity type ${key}`);
    return Array.from({ length: weight }, () => ({ id, timed }));
  });
  return {
    ids: intArray(slots.map((slot) => slot.id)),
    timed: `ARRAY[${slots.map((slot) => slot.timed).join(',')}]::boolean[]`,
    count: slots.length,
  };
}

/**
 * Activities over the past two years and the next 60 days: ~60% DONE (with end and
 * completion times), the rest open; `dueAt` = coalesce(endAt, startAt) as the
 * repository keeps it; the organization is the person's own when the link is ticked.
 * Past ones were logged around their start, planned ones up to 30 days before "now".
 */
export const activitiesSql: BatchSql = (context: BatchContext, from, to) => {
  const { seed, anchor, workspaceId, plan } = context;
  const draws = new RowDraws(seed, 'activity');
  const types = typeSlots(context.typeIds);
  const now = timestamp(anchor);
  const raw = `SELECT n,
    ${plan.persons.start + 1} + ${draws.draw(plan.persons.count)} AS person_id,
    ${plan.employees.start + 1} + ${draws.draw(plan.employees.count)} AS responsible_id,
    ${draws.draw(types.count)} AS type_slot,
    ${draws.draw((PAST_DAYS + FUTURE_DAYS) * 1440)} AS start_minute,
    ${draws.draw(100)} AS status_roll, ${draws.draw(121)} AS long_minutes, ${draws.draw(26)} AS short_minutes,
    ${draws.draw(3 * 1440)} AS completion_lag, ${draws.draw(2 * 1440)} AS created_shift,
    ${draws.chance(5)} AS private, ${draws.draw(100)} AS source_roll, ${draws.draw(SUBJECTS.length)} AS subject,
    ${draws.chance(35)} AS has_notes, ${draws.draw(NOTES.length)} AS note, ${draws.chance(70)} AS link_org,
    ${draws.chance(20)} AS has_permalink, ${draws.draw(900)} AS channel, ${draws.chance(1)} AS deleted
    FROM ${draws.rows(from, to)} OFFSET 0`;
  const timed = `SELECT r.*, t.start_at,
    CASE WHEN t.start_at > ${now} THEN (CASE WHEN r.status_roll < 5 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END)
      WHEN r.status_roll < 65 THEN 'DONE' WHEN r.status_roll < 88 THEN 'NOT_STARTED' ELSE 'IN_PROGRESS' END AS status,
    CASE WHEN r.source_roll < 70 THEN 'SLACK' WHEN r.source_roll < 80 THEN 'API' WHEN r.source_roll < 88 THEN 'EMAIL'
      WHEN r.source_roll < 93 THEN 'SMS' ELSE 'IMPORT' END AS source,
    ${element(types.timed, 'r.type_slot')} AS timed
    FROM (${raw}) AS r,
    LATERAL (SELECT ${now} - make_interval(days => ${PAST_DAYS}) + make_interval(mins => r.start_minute) AS start_at) AS t`;
  const ended = `SELECT v.*,
    CASE WHEN v.timed THEN v.start_at + make_interval(mins => 30 + v.long_minutes)
      WHEN v.status = 'DONE' THEN v.start_at + make_interval(mins => 5 + v.short_minutes) END AS end_at,
    CASE WHEN v.start_at > ${now} THEN ${now} - make_interval(mins => v.created_shift * 15)
      ELSE least(${now}, v.start_at + make_interval(mins => v.created_shift - 1440)) END AS created_at
    FROM (${timed}) AS v`;
  const done = `SELECT e.*,
    CASE WHEN e.status = 'DONE' THEN least(${now}, e.end_at + make_interval(mins => e.completion_lag)) END AS completed_at
    FROM (${ended}) AS e`;
  return `
INSERT INTO "Activity" (id, "workspaceId", "personId", "organizationId", "typeId", subject, status, "startAt",
  "endAt", "dueAt", "completedAt", "responsibleId", notes, "isPrivate", "creatorId", "updatedById", source,
  permalink, "externalRef", version, "deletedAt", "deletedById", "createdAt", "updatedAt")
SELECT a.n, ${workspaceId}, a.person_id, CASE WHEN a.link_org THEN p."organizationId" END,
  ${element(types.ids, 'a.type_slot')},
  ${element(textArray(SUBJECTS), 'a.subject')} || CASE WHEN a.n % 3 = 0 THEN ' #' || (a.n % 9973) ELSE '' END,
  a.status::"ActivityStatus", a.start_at, a.end_at, coalesce(a.end_at, a.start_at), a.completed_at,
  a.responsible_id,
  CASE WHEN a.has_notes THEN ${element(textArray(NOTES), 'a.note')} END,
  a.private,
  CASE WHEN a.source IN ('API', 'IMPORT') THEN NULL ELSE a.responsible_id END,
  CASE WHEN a.status = 'DONE' THEN a.responsible_id END,
  a.source::"ActivitySource",
  CASE WHEN a.source = 'SLACK' AND a.has_permalink THEN 'https://test-workspace.slack.com/archives/C' ||
    lpad(a.channel::text, 8, '0') || '/p' || (extract(epoch FROM a.created_at)::bigint * 1000000) END,
  CASE WHEN a.source IN ('API', 'IMPORT', 'EMAIL') THEN 'EXT-' || a.n END,
  1,
  CASE WHEN a.deleted THEN greatest(a.created_at, coalesce(a.completed_at, a.created_at)) END,
  CASE WHEN a.deleted THEN a.responsible_id END,
  a.created_at,
  greatest(a.created_at, coalesce(a.completed_at, a.created_at))
FROM (${done}) AS a
JOIN "Person" AS p ON p.id = a.person_id`;
};
