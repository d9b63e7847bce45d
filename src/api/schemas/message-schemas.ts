import { z } from 'zod';
import { isoDateTime, text } from './common';

export const postMessageBody = z.strictObject({
  channel: z.enum(['email', 'sms']),
  from: text().trim().min(1).max(254).meta({ description: 'Sending address or number' }),
  to: text().trim().min(1).max(254).meta({
    description: 'The customer: an e-mail address (email) or phone number (sms); 070… equals +4670…',
  }),
  subject: text()
    .max(2000)
    .nullable()
    .optional()
    .meta({ description: 'E-mail subject (cut to 150 characters)' }),
  body: text().max(900_000).meta({ description: 'Message text (kept up to 3,000 characters in notes)' }),
  sentAt: isoDateTime,
  sender: text().trim().min(1).max(254).meta({ description: 'Who sent it: Slack user id (U…) or e-mail' }),
  personExternalId: text()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: 'Match the customer by external id before trying `to`' }),
  createPerson: z.boolean().optional().meta({ description: 'Create the customer when nobody matches' }),
  personName: text().trim().min(1).max(200).optional().meta({ description: 'Name of a created customer' }),
});

/** Most messages one POST /messages/batch takes. */
export const MESSAGE_BATCH_MAX = 500;

/** How a batch item carries its own Idempotency-Key: printable ASCII, as the header. */
export const ITEM_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

export const messageBatchItem = postMessageBody.extend({
  idempotencyKey: z.string().regex(ITEM_KEY_PATTERN).optional().meta({
    description:
      'Your id for this message (1–200 visible ASCII characters). Sent again within 24 h, the item is answered as the first time instead of being recorded twice',
  }),
});

export type MessageBatchItem = z.output<typeof messageBatchItem>;

/** An item that did not validate: its problems, already in the caller's language. */
export interface InvalidBatchItem {
  invalid: { path: PropertyKey[]; message: string }[];
}

export function isInvalidItem(item: MessageBatchItem | InvalidBatchItem): item is InvalidBatchItem {
  return 'invalid' in item;
}

/**
 * The envelope is checked as a whole (1–500 items); each item on its own, so one
 * bad message is answered with its problems while the others are recorded.
 */
export const postMessageBatchBody = z.strictObject({
  items: z
    .array(
      // Typed as an item for the document; the handler tells the two apart (isInvalidItem).
      messageBatchItem.catch((ctx) => {
        const invalid: InvalidBatchItem = {
          invalid: ctx.error.issues.map((issue) => ({ path: issue.path, message: issue.message })),
        };
        return invalid as unknown as MessageBatchItem;
      }),
    )
    .min(1)
    .max(MESSAGE_BATCH_MAX)
    .meta({ description: `1–${MESSAGE_BATCH_MAX} messages, each as POST /messages takes it` }),
});

const itemProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string().optional(),
  errors: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .optional()
    .meta({ description: 'Field paths as body.items.<index>.<field>' }),
});

export const messageBatchResponse = z.object({
  results: z
    .array(
      z.object({
        index: z.int().meta({ description: 'The item’s place in `items`, from 0' }),
        status: z.int().meta({ description: '201 recorded; 4xx refused (see problem)' }),
        activityId: z.int().optional().meta({ description: 'The activity made from the message (201)' }),
        replayed: z
          .boolean()
          .optional()
          .meta({ description: 'True when the idempotencyKey was seen before: recorded then, not now' }),
        problem: itemProblem.optional().meta({ description: 'Why this item was refused (RFC 9457)' }),
      }),
    )
    .meta({ description: 'One result per item, in the order of `items`' }),
  created: z.int().meta({ description: 'Items recorded by this request' }),
  replayed: z.int().meta({ description: 'Items recorded before, under the same idempotencyKey' }),
  refused: z.int().meta({ description: 'Items refused' }),
});

export type MessageBatchResponse = z.infer<typeof messageBatchResponse>;
