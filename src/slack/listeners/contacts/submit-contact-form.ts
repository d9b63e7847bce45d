import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { AppError } from '../../../domain/app-error';
import { ValidationError } from '../../../domain/validation-error';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { touchbase } from '../../request-context';
import { CONTACT_BLOCKS } from '../../views/contacts/contact-ids';
import { type ContactModalMetadata, readMetadata } from '../../views/contacts/contact-metadata';
import { ORGANIZATION_FIELD_BLOCKS, PERSON_FIELD_BLOCKS } from './contact-form-state';

export type ContactFormArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export interface ContactFormSubmission {
  viewer: Viewer;
  m: Messages;
  metadata: ContactModalMetadata;
  values: ContactFormArgs['view']['state']['values'];
}

/**
 * The common part of the contact forms. `save` runs the use case; any refusal keeps
 * the modal open with each message next to its field (the form the metadata names),
 * in the user's language, and nothing saved. On success the modal closes first, then `after` tells the user.
 */
export async function submitContactForm(
  args: ContactFormArgs,
  save: (submission: ContactFormSubmission) => Promise<() => Promise<void>>,
): Promise<void> {
  const { ack, view, context } = args;
  const { viewer, m } = touchbase(context);
  const metadata = readMetadata(view.private_metadata);
  let after: () => Promise<void>;
  try {
    if (!viewer) throw new AppError('unknown_user', (messages) => messages.contacts.errors.unknownUser);
    after = await save({ viewer, m, metadata, values: view.state.values });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const fieldBlocks = metadata.kind === 'person' ? PERSON_FIELD_BLOCKS : ORGANIZATION_FIELD_BLOCKS;
    await ack({ response_action: 'errors', errors: fieldErrors(error, m, fieldBlocks) });
    return;
  }
  await ack();
  await after();
}

function fieldErrors(
  error: AppError,
  m: Messages,
  fieldBlocks: Record<string, string>,
): Record<string, string> {
  if (!(error instanceof ValidationError)) return { [CONTACT_BLOCKS.name]: error.userMessage(m) };
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(error.fields)) {
    const blockId = fieldBlocks[field] ?? CONTACT_BLOCKS.name;
    const text = (message as (m: Messages) => string)(m);
    errors[blockId] = errors[blockId] ? `${errors[blockId]} ${text}` : text;
  }
  return errors;
}
