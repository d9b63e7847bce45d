import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { clone } from '../support/slack-double/json';

/** The double's clone must give what a JSON round trip gives, thrown errors included. */
const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value));
const outcome = (copy: (value: unknown) => unknown, value: unknown) => {
  try {
    return { copy: copy(value) };
  } catch (error) {
    return { threw: (error as Error).constructor.name };
  }
};

test('clone is a JSON round trip, for any value', () => {
  const anything = fc.anything({
    key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'toJSON', '0', '10', 'constructor')),
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withObjectString: true,
    withNullPrototype: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
    withUnicodeString: true,
    withBigInt: true,
  });
  fc.assert(
    fc.property(anything, (value) => {
      if (value === undefined) return;
      // Not toStrictEqual: it takes an own "constructor" key for the object's class.
      expect(isDeepStrictEqual(outcome(clone, value), outcome(roundTrip, value))).toBe(true);
    }),
    { numRuns: 2000 },
  );
});

test('what JSON cannot write the same: -0, not finite, holes, undefined, functions, "__proto__"', () => {
  const value = JSON.parse('{"__proto__": {"own": true}}');
  const holes: unknown[] = [1, undefined, () => 1];
  holes.length = 5;
  Object.assign(value, { zero: -0, nan: Number.NaN, holes, gone: undefined });
  const copy = clone(value);
  expect(copy).toStrictEqual(roundTrip(value));
  expect(Object.keys(copy)).toEqual(['__proto__', 'zero', 'nan', 'holes']);
  expect(Object.is(copy.zero, 0)).toBe(true);
});
