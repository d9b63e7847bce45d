import type { BatchSql } from './context';
import { RowDraws } from './row-draws';
import { element, textArray, timestamp } from './sql-literals';
import { asciiSlug, ORGANIZATION_STEMS, ORGANIZATION_SUFFIXES } from './words';

const AREA_CODES = ['8', '31', '40', '90', '13', '18', '19', '60'];

/** Customer organizations; the Organization_searchText trigger fills searchText. */
export const organizationsSql: BatchSql = ({ seed, anchor, workspaceId }, from, to) => {
  const draws = new RowDraws(seed, 'organization');
  const stem = draws.draw(ORGANIZATION_STEMS.length);
  const suffix = draws.draw(ORGANIZATION_SUFFIXES.length);
  const now = timestamp(anchor);
  return `
INSERT INTO "Organization" (id, "workspaceId", name, "orgNumber", email, phone, "externalId", archived,
  "createdAt", "updatedAt")
SELECT n, ${workspaceId},
  ${element(textArray(ORGANIZATION_STEMS), 'r.stem')} || ' ' || ${element(textArray(ORGANIZATION_SUFFIXES), 'r.suffix')},
  CASE WHEN r.has_number THEN '55' || lpad(r.number_a::text, 4, '0') || '-' || lpad(r.number_b::text, 4, '0') END,
  CASE WHEN r.has_email THEN 'info@' || ${element(textArray(ORGANIZATION_STEMS.map(asciiSlug)), 'r.stem')} || '-' || n || '.se' END,
  CASE WHEN r.has_phone THEN '0' || ${element(textArray(AREA_CODES), 'r.area')} || '-' || lpad(r.phone::text, 6, '0') END,
  CASE WHEN r.has_external THEN 'ORG-' || n END,
  r.archived,
  ${now} - make_interval(mins => r.age),
  least(${now}, ${now} - make_interval(mins => r.age) + make_interval(mins => r.edited))
FROM (SELECT n, ${stem} AS stem, ${suffix} AS suffix,
  ${draws.chance(90)} AS has_number, ${draws.draw(10_000)} AS number_a, ${draws.draw(10_000)} AS number_b,
  ${draws.chance(70)} AS has_email, ${draws.chance(80)} AS has_phone, ${draws.draw(AREA_CODES.length)} AS area,
  ${draws.draw(1_000_000)} AS phone, ${draws.chance(40)} AS has_external, ${draws.chance(3)} AS archived,
  ${draws.draw(3 * 365 * 1440)} AS age, ${draws.draw(365 * 1440)} AS edited
  FROM ${draws.rows(from, to)} OFFSET 0) AS r`;
};
