/**
 * A time as UTC text for a raw statement's `::timestamp(3)` parameter: Prisma stores
 * DateTime in `timestamp(3)` columns as UTC without a zone, and the cast keeps the text as is.
 */
export const utcText = (date: Date | null) => (date === null ? null : date.toISOString());
