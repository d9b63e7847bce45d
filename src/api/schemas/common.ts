import { z } from 'zod';
import { isStorableDate, isStorableText } from '../../domain/storable-values';

/**
 * Issues our own refinements raise, named in `params.touchbase`: define-route writes
 * their message in the caller's language (zod's locales know nothing of them).
 */
export type TouchbaseIssue = 'unstorableText' | 'dateOutOfRange';

/** Every text the API reads: a string PostgreSQL can store (no NUL, no lone surrogate). */
export const text = () =>
  z.string().refine(isStorableText, { params: { touchbase: 'unstorableText' satisfies TouchbaseIssue } });

/** ISO 8601 with an offset or Z, e.g. 2026-03-02T09:00:00Z, in the years 0001–9999. */
export const isoDateTime = z.iso
  .datetime({ offset: true })
  .refine((value) => isStorableDate(new Date(value)), {
    params: { touchbase: 'dateOutOfRange' satisfies TouchbaseIssue },
  })
  .meta({ example: '2026-03-02T09:00:00Z' });

export const externalIdParam = z.object({
  externalId: text().min(1).max(100).meta({ description: 'Your system’s id for the contact' }),
});

export const idParam = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647).meta({ description: 'The activity id' }),
});

/** The answers of a PUT by external id: 200 when it replaced, 201 when it created. */
export function upsertResponses(schema: z.ZodType) {
  return { 200: { description: 'Updated', schema }, 201: { description: 'Created', schema } };
}

/** The answers of a route about one thing: 200 with it, or 404 saying what cannot be found. */
export function foundResponses(found: { description: string; schema: z.ZodType }, missing: string) {
  return { 200: found, 404: { description: missing } };
}

export const idempotencyHeader = {
  'Idempotency-Key': z.string().min(1).max(255).optional().meta({
    description: 'Retries with the same key (within 24 h) return the first answer instead of acting again',
  }),
};

/** A text field that may be sent as null or left out; null or empty means "none". */
export const optionalText = (max: number) => text().max(max).nullable().optional();
