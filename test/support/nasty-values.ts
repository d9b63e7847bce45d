import fc from 'fast-check';

/**
 * Inputs that have broken servers before: NUL, lone surrogates, huge and unicode
 * strings, numbers past every limit, dates PostgreSQL cannot store. Property tests
 * throw these at every field of the REST API and every modal input.
 */

/** The seed property tests run with (FC_SEED overrides it); fast-check prints it with any failure. */
export const PROPERTY_SEED = Number(process.env.FC_SEED ?? 20_261_204);

const poison = fc.constantFrom('\u0000', '\ud800', '\udfff', '\udc00\ud800', '\u0000\u0000');

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.string({ maxLength: 20 }), poison, fc.string({ maxLength: 20 })).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'å'.repeat(n)),
  fc.constantFrom(
    '',
    ' ',
    '\t\n',
    'NaN',
    'Infinity',
    '-Infinity',
    '-1',
    '0',
    '2147483648',
    '99999999999999999999',
    '1e309',
    '0x10',
    '0000-01-01',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '9999-12-31T23:00:00-05:00',
    '+010000-01-01T00:00:00Z',
    '-000001-01-01T00:00:00Z',
    '2026-02-30T09:00:00Z',
    '2026-13-01',
    'not a date',
    "'; DROP TABLE activity; --",
    '<!channel> &amp; <@U123>',
    '%E0%A4%A',
    '😀👍🏽\u200d',
  ),
);

export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 2 ** 31 - 1, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, 1e-300, 0.5),
);

/** Any JSON value a field could be sent as. */
export const nastyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: nastyString },
  { weight: 3, arbitrary: nastyNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(nastyString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 5 }), nastyString, { maxKeys: 2 }) },
);

/** A path or query value as a client might put it in a URL, malformed escapes included. */
export const nastyUrlPart: fc.Arbitrary<string> = fc.oneof(
  // Kept under the 16 kB a server reads of a request line and headers (longer ones get 431 from Node itself).
  nastyString.map((value) => percentEncode(value.slice(0, 1000))),
  fc.constantFrom('%E0%A4%A', '%zz', '%', '%00', '%ED%A0%80', '..', '%2F', '99999999999999999999'),
);

/** encodeURIComponent that does not throw on lone surrogates (they go as U+FFFD, as a browser sends them). */
export function percentEncode(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}
