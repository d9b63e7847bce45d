import type { BatchSql } from './context';
import { RowDraws } from './row-draws';
import { element, text, textArray, timestamp } from './sql-literals';
import { asciiSlug, FIRST_NAMES, LAST_NAMES, TIMEZONES } from './words';

/** Employees as Slack would describe them; `U%07d` ids so benchmarks can name them. */
export const employeesSql: BatchSql = ({ seed, anchor, workspaceId, plan }, from, to) => {
  const draws = new RowDraws(seed, 'employee');
  const first = draws.draw(FIRST_NAMES.length);
  const last = draws.draw(LAST_NAMES.length);
  const timezone = draws.draw(TIMEZONES.length);
  const swedish = draws.chance(60);
  // Some profiles are older than a day, so the first request refreshes them from users.info.
  const refreshedHoursAgo = draws.draw(48);
  const digestHour = draws.draw(3);
  const ageDays = draws.draw(700);
  const now = timestamp(anchor);
  return `
INSERT INTO "Employee" (id, "workspaceId", "slackUserId", name, email, timezone, "slackLocale",
  "isSlackAdmin", "profileRefreshedAt", "digestHour", "createdAt", "updatedAt")
SELECT n, ${workspaceId}, 'U' || lpad(n::text, 7, '0'),
  ${element(textArray(FIRST_NAMES), 'r.first')} || ' ' || ${element(textArray(LAST_NAMES), 'r.last')},
  ${element(textArray(FIRST_NAMES.map(asciiSlug)), 'r.first')} || '.' ||
    ${element(textArray(LAST_NAMES.map(asciiSlug)), 'r.last')} || n || ${text('@touchbase-bench.se')},
  ${element(textArray(TIMEZONES), 'r.timezone')},
  CASE WHEN r.swedish THEN 'sv-SE' ELSE 'en-US' END,
  n = ${plan.employees.start + 1},
  ${now} - make_interval(hours => r.refreshed),
  7 + r.digest_hour,
  ${now} - make_interval(days => 30 + r.age),
  ${now} - make_interval(days => r.age)
FROM (SELECT n, ${first} AS first, ${last} AS last, ${timezone} AS timezone, ${swedish} AS swedish,
  ${refreshedHoursAgo} AS refreshed, ${digestHour} AS digest_hour, ${ageDays} AS age
  FROM ${draws.rows(from, to)} OFFSET 0) AS r`;
};
