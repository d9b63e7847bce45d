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
