// Deterministic "randomness" for set-based inserts, instead of random(). Each md5 of
// seed, table and row number yields two 60-bit numbers; every column takes its own
// mixed-radix digit of them, so a row costs one hash per ~120 bits of draws and the
// same seed always produces the same rows.

const CAPACITY = 2n ** 60n;

/** Hands out independent integers in [0, range) as SQL expressions over the row's hashes. */
export class RowDraws {
  private readonly used: bigint[] = [];

  constructor(
    private readonly seed: number,
    private readonly salt: string,
  ) {}

  draw(range: number): string {
    const size = BigInt(Math.max(1, Math.trunc(range)));
    if (size > CAPACITY) throw new Error(`RowDraws: range ${range} is too large`);
    let stream = this.used.findIndex((divisor) => divisor * size <= CAPACITY);
    if (stream < 0) stream = this.used.push(1n) - 1;
    const divisor = this.used[stream]!;
    this.used[stream] = divisor * size;
    const bits = streamName(stream);
    return `(${divisor === 1n ? bits : `(${bits} / ${divisor})`} % ${size})::int`;
  }

  /** True with the given percentage. */
  chance(percent: number): string {
    return `(${this.draw(100)} < ${percent})`;
  }

  /**
   * `FROM` items giving the row number `n` and the hashes the draws read. Call after drawing.
   * OFFSET 0 keeps the planner from inlining the digest into every draw that reads it,
   * which would compute the same md5 once per column. Callers fence their own subquery
   * of draw columns with OFFSET 0 too, so each draw is computed once however often it is read.
   */
  rows(from: number, to: number): string {
    const digests = Math.ceil(this.used.length / 2);
    const laterals = Array.from({ length: digests }, (_, i) => {
      const digest = `md5('${this.seed}:${this.salt}:${i}:' || n)`;
      return (
        `LATERAL (SELECT ('x' || substr(m, 1, 15))::bit(60)::bigint AS a, ` +
        `('x' || substr(m, 16, 15))::bit(60)::bigint AS b FROM (SELECT ${digest} AS m) AS d OFFSET 0) AS h${i}`
      );
    });
    return [`generate_series(${from}, ${to}) AS n`, ...laterals].join(', ');
  }
}

function streamName(stream: number): string {
  return `h${Math.floor(stream / 2)}.${stream % 2 === 0 ? 'a' : 'b'}`;
}
