import type { BatchSql } from './context';
import { RowDraws } from './row-draws';
import { element, textArray, timestamp } from './sql-literals';
import { asciiSlug, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES } from './words';

/**
 * Contact persons, ~60% in an organization. Names combine the lists by row number, so
 * common names repeat as in a real customer base; phones come in the three ways Swedes
 * write a mobile number, which the search's phone keys must all match.
 */
export const personsSql: BatchSql = ({ seed, anchor, workspaceId, plan }, from, to) => {
  const draws = new RowDraws(seed, 'person');
  const orgs = plan.organizations;
  const now = timestamp(anchor);
  const firstIndex = `((n + ${seed}) % ${FIRST_NAMES.length})`;
  const lastIndex = `(((n + ${seed}) / ${FIRST_NAMES.length}) % ${LAST_NAMES.length})`;
  const digits = "lpad(r.digits::text, 7, '0')";
  return `
INSERT INTO "Person" (id, "workspaceId", name, email, phone, "organizationId", "externalId", archived,
  "createdAt", "updatedAt")
SELECT n, ${workspaceId},
  ${element(textArray(FIRST_NAMES), firstIndex)} || ' ' || ${element(textArray(LAST_NAMES), lastIndex)},
  CASE WHEN r.has_email THEN ${element(textArray(FIRST_NAMES.map(asciiSlug)), firstIndex)} || '.' ||
    ${element(textArray(LAST_NAMES.map(asciiSlug)), lastIndex)} || '.' || n || '@' ||
    ${element(textArray(EMAIL_DOMAINS), 'r.domain')} END,
  CASE WHEN NOT r.has_phone THEN NULL
    WHEN r.phone_style = 0 THEN '+46 7' || r.operator || ' ' || substr(${digits}, 1, 3) || ' ' || substr(${digits}, 4, 2) || ' ' || substr(${digits}, 6, 2)
    WHEN r.phone_style = 1 THEN '07' || r.operator || '-' || substr(${digits}, 1, 3) || ' ' || substr(${digits}, 4, 2) || ' ' || substr(${digits}, 6, 2)
    ELSE '07' || r.operator || ${digits} END,
  CASE WHEN ${orgs.count > 0 ? 'r.in_organization' : 'false'} THEN ${orgs.start + 1} + r.organization END,
  CASE WHEN r.has_external THEN 'P-' || n END,
  r.archived,
  ${now} - make_interval(mins => r.age),
  least(${now}, ${now} - make_interval(mins => r.age) + make_interval(mins => r.edited))
FROM (SELECT n, ${draws.chance(85)} AS has_email, ${draws.draw(EMAIL_DOMAINS.length)} AS domain,
  ${draws.chance(75)} AS has_phone, ${draws.draw(3)} AS phone_style, ${draws.draw(10)} AS operator,
  ${draws.draw(10_000_000)} AS digits, ${draws.chance(60)} AS in_organization,
  ${draws.draw(Math.max(1, orgs.count))} AS organization, ${draws.chance(20)} AS has_external,
  ${draws.chance(2)} AS archived, ${draws.draw(3 * 365 * 1440)} AS age, ${draws.draw(365 * 1440)} AS edited
  FROM ${draws.rows(from, to)} OFFSET 0) AS r`;
};
