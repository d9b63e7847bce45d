import type { ModalView } from '@slack/types';
import type { AppError } from '../../domain/app-error';
import { ValidationError } from '../../domain/validation-error';
import type { Messages } from '../../i18n';
import { noticeModal } from '../views/notice-modal';

/** Where a form shows the messages of a refused submission. */
export interface FormFields {
  /** The input block that carries a field the domain names (a ValidationError key), if any. */
  blockOf(field: string): string | undefined;
  /** Where a message goes that has no input of its own in the form on screen. */
  main: string;
  /**
   * What the form turns into when the user may not do this at all; a notice modal when left
   * out. `'in-form'`: the form stays open with the refusal next to the main input, keeping
   * what was typed (the admin forms: someone demoted meanwhile sees why, and loses nothing).
   */
  refusal?: ModalView | 'in-form';
}

/** Form fields from a map of domain field → input block id. */
export function formFields(
  blocks: Partial<Record<string, string>>,
  main: string,
  refusal?: FormFields['refusal'],
): FormFields {
  return { blockOf: (field) => blocks[field], main, refusal };
}

/** A submitted view: its input blocks are what errors can be shown next to. */
export interface SubmittedBlocks {
  blocks: unknown[];
}

/**
 * The one mapping of a refusal onto a form (Slack `response_action: errors`): each message
 * of a ValidationError next to its own input, any other error's message next to the main
 * input; messages that land on one input are joined. Inputs missing from the form on
 * screen (a field this form does not have) send their message to the main input.
 */
export function fieldErrors(
  error: AppError,
  m: Messages,
  { view, fields }: { view: SubmittedBlocks; fields: FormFields },
): Record<string, string> {
  const present = new Set(view.blocks.map((block) => (block as { block_id?: unknown }).block_id));
  const place = (field: string) => {
    const blockId = fields.blockOf(field);
    return blockId !== undefined && present.has(blockId) ? blockId : fields.main;
  };
  const messages: [string, string][] =
    error instanceof ValidationError
      ? Object.entries(error.fields).map(([field, text]) => [
          place(field),
          (text as (m: Messages) => string)(m),
        ])
      : [[fields.main, error.userMessage(m)]];
  const errors: Record<string, string> = {};
  for (const [blockId, text] of messages)
    errors[blockId] = errors[blockId] ? `${errors[blockId]} ${text}` : text;
  return errors;
}

/** A view submission's answer to a refusal: the form stays open with the messages, or gives way to the refusal. */
export function submissionRefused(
  error: AppError,
  m: Messages,
  { view, fields }: { view: SubmittedBlocks; fields: FormFields },
) {
  if (error.slack === 'refusal' && fields.refusal !== 'in-form')
    return {
      response_action: 'update' as const,
      view: fields.refusal ?? noticeModal(m, error.userMessage(m)),
    };
  return { response_action: 'errors' as const, errors: fieldErrors(error, m, { view, fields }) };
}
