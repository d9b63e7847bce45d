import { nameIn } from '../activity-types/type-names';
import type { Viewer } from '../viewer';
import { type ArgumentError, parseStatsArguments, type StatsArguments } from './stats-arguments';
import type { StatsFigures, TypeName } from './stats-ports';
import { findType } from './type-filter';

export type QueryError = ArgumentError | { kind: 'unknownType'; text: string; known: string[] };

export interface StatsQuery extends Omit<StatsArguments, 'typeText'> {
  type: TypeName | null;
}

/**
 * The text after `/activity stats` or `/activity export`, read in the viewer's
 * time zone, with the type filter found among the workspace's types.
 */
export async function readStatsQuery(
  repository: Pick<StatsFigures, 'types'>,
  viewer: Viewer,
  { text, now }: { text: string; now: Date },
): Promise<{ ok: true; query: StatsQuery; types: TypeName[] } | { ok: false; error: QueryError }> {
  const parsed = parseStatsArguments(text, now, viewer.timezone);
  if (!parsed.ok) return parsed;
  const { typeText, ...rest } = parsed.value;
  const types = await repository.types(viewer.workspaceId);
  if (typeText === null) return { ok: true, query: { ...rest, type: null }, types };
  const type = findType(types, typeText);
  if (!type) {
    const known = types.filter((t) => !t.archived).map((t) => nameIn(t.names, viewer.locale));
    return { ok: false, error: { kind: 'unknownType', text: typeText, known } };
  }
  return { ok: true, query: { ...rest, type }, types };
}
