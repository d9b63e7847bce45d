import type { Messages } from '../i18n';
import { AppError } from './app-error';

export type FieldMessages<Field extends string = string> = Partial<Record<Field, (m: Messages) => string>>;

/**
 * Input that cannot be saved, field by field, so a modal can show each message
 * next to its field (Slack `response_action: errors`). Nothing was written.
 */
export class ValidationError<Field extends string = string> extends AppError {
  constructor(readonly fields: FieldMessages<Field>) {
    super('validation_failed', (m) =>
      Object.values(fields)
        .map((message) => (message as (m: Messages) => string)(m))
        .join('\n'),
    );
  }
}
