import type { Database } from '../../src/db/database';
import { oneEditAway } from '../../src/db/repositories/contact-search-sql';
import { openTestDatabase } from '../support/test-prisma';

/** Optimal string alignment distance: letters added, missing, changed, or two neighbours swapped. */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[x.length]![y.length]!;
}

/** LIKE with `_` as its only wildcard, as the patterns use it. */
function like(word: string, pattern: string): boolean {
  const [...letters] = word;
  const [...parts] = pattern;
  return letters.length === parts.length && parts.every((p, i) => p === '_' || p === letters[i]);
}

/** Every word of `length` letters over a small alphabet: exhaustive, and full of near-misses. */
function wordsOf(length: number, alphabet = ['a', 'b', 'e']): string[] {
  if (length === 0) return [''];
  return wordsOf(length - 1, alphabet).flatMap((start) => alphabet.map((letter) => start + letter));
}

const typedWords = [...wordsOf(3), ...wordsOf(4)];
const nameWords = [2, 3, 4, 5].flatMap((length) => wordsOf(length));

/** The keys the database keeps for a name (the migration's touchbase_name_keys), many at once. */
async function nameKeys(db: Database, names: string[]): Promise<Map<string, string[]>> {
  const rows = await db.sql.query<{ name: string; keys: string[] }>(
    'SELECT name, touchbase_name_keys(name) AS keys FROM unnest($1::text[]) AS name',
    [names],
  );
  return new Map(rows.map((row) => [row.name, row.keys]));
}

describe('one edit in a short name (name keys and patterns)', () => {
  let db: Database & { drop(): Promise<void> };
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.drop());

  it('keeps the short words of a name and, marked with the place, each with one letter left out', async () => {
    const keys = await nameKeys(db, ['Per Åberg', 'Bo Ek', 'Karl-Åke Lundholm']);
    const sorted = (name: string) => [...(keys.get(name) ?? [])].sort();
    expect(sorted('Per Åberg')).toEqual(
      [
        'aberg',
        'per',
        '~0:berg',
        '~1:aerg',
        '~2:abrg',
        '~3:abeg',
        '~4:aber',
        '~0:er',
        '~1:pr',
        '~2:pe',
      ].sort(),
    );
    // Two-letter words are kept whole; longer than six letters not at all.
    expect(sorted('Bo Ek')).toEqual(['bo', 'ek']);
    expect(sorted('Karl-Åke Lundholm')).toEqual(
      ['ake', 'karl', '~0:ke', '~1:ae', '~2:ak', '~0:arl', '~1:krl', '~2:kal', '~3:kar'].sort(),
    );
  });

  it('finds every name word one edit from a typed word, through a shared key and a pattern', async () => {
    const keys = await nameKeys(db, nameWords);
    const missed: string[] = [];
    for (const typed of typedWords) {
      const near = oneEditAway(typed);
      for (const name of nameWords.filter((name) => editDistance(typed, name) <= 1)) {
        if (!near.keys.some((key) => keys.get(name)?.includes(key))) missed.push(`${typed} ~ ${name}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('has patterns that match exactly the words at most one edit away', () => {
    const wrong: string[] = [];
    // Five letters typed, against names of four to six, over two letters to keep it quick.
    const ab = ['a', 'b'];
    const cases: [string[], string[]][] = [
      [typedWords, nameWords],
      [wordsOf(5, ab), [...wordsOf(4, ab), ...wordsOf(5, ab), ...wordsOf(6, ab)]],
    ];
    for (const [typedOnes, names] of cases) {
      for (const typed of typedOnes) {
        const { patterns } = oneEditAway(typed);
        for (const name of names) {
          const matched = patterns.some((pattern) => like(name, pattern));
          if (matched !== editDistance(typed, name) <= 1) wrong.push(`${typed} ~ ${name}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
