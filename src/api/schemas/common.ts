import { z } from 'zod';

/** ISO 8601 with an offset or Z, e.g. 2026-03-02T09:00:00Z. */
export const isoDateTime = z.iso.datetime({ offset: true }).meta({ example: '2026-03-02T09:00:00Z' });

export const externalIdParam = z.object({
  externalId: z.string().min(1).max(100).meta({ description: 'Your system’s id for the contact' }),
});

export const idParam = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647).meta({ description: 'The activity id' }),
});

export const idempotencyHeader = {
  'Idempotency-Key': z.string().min(1).max(255).optional().meta({
    description: 'Retries with the same key (within 24 h) return the first answer instead of acting again',
  }),
};

/** A text field that may be sent as null or left out; null or empty means "none". */
export const optionalText = (max: number) => z.string().max(max).nullable().optional();
