import { z } from 'zod';
import { isoDateTime } from './common';

export const postMessageBody = z.strictObject({
  channel: z.enum(['email', 'sms']),
  from: z.string().trim().min(1).max(254).meta({ description: 'Sending address or number' }),
  to: z.string().trim().min(1).max(254).meta({
    description: 'The customer: an e-mail address (email) or phone number (sms); 070… equals +4670…',
  }),
  subject: z
    .string()
    .max(2000)
    .nullable()
    .optional()
    .meta({ description: 'E-mail subject (cut to 150 characters)' }),
  body: z.string().max(900_000).meta({ description: 'Message text (kept up to 3,000 characters in notes)' }),
  sentAt: isoDateTime,
  sender: z
    .string()
    .trim()
    .min(1)
    .max(254)
    .meta({ description: 'Who sent it: Slack user id (U…) or e-mail' }),
  personExternalId: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: 'Match the customer by external id before trying `to`' }),
  createPerson: z.boolean().optional().meta({ description: 'Create the customer when nobody matches' }),
  personName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Name of a created customer' }),
});
