import type { WebClient } from '@slack/web-api';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { formFields } from '../../app-errors/form-fields';
import { type FormArgs, formSubmission } from '../../app-errors/form-submission';
import { CONTACT_BLOCKS } from '../../views/contacts/contact-ids';
import { type ContactModalMetadata, readMetadata } from '../../views/contacts/contact-metadata';
import { actingUser } from '../acting-user';
import { ORGANIZATION_FIELD_BLOCKS, PERSON_FIELD_BLOCKS } from './contact-form-state';

export type ContactFormArgs = FormArgs;

export interface ContactFormSubmission {
  client: WebClient;
  /** Who submitted: the one to show the saved card to. */
  userId: string;
  viewer: Viewer;
  m: Messages;
  metadata: ContactModalMetadata;
  values: ContactFormArgs['view']['state']['values'];
}

/** Each message next to its field in the form the metadata names; a refusal of the whole contact next to the name. */
function contactFields(view: ContactFormArgs['view']) {
  const person = readMetadata(view.private_metadata).kind === 'person';
  return formFields(person ? PERSON_FIELD_BLOCKS : ORGANIZATION_FIELD_BLOCKS, CONTACT_BLOCKS.name);
}

/**
 * The common part of the contact forms. `save` runs the use case; any refusal keeps
 * the modal open with each message next to its field, in the user's language, and
 * nothing saved. On success the modal closes first, then `after` tells the user.
 */
export function submitContactForm(
  save: (submission: ContactFormSubmission) => Promise<() => Promise<void>>,
): (args: ContactFormArgs) => Promise<void> {
  return formSubmission(contactFields, async ({ ack, view, context, client, body }) => {
    const { viewer, m } = actingUser(context);
    const metadata = readMetadata(view.private_metadata);
    const values = view.state.values;
    const after = await save({ client, userId: body.user.id, viewer, m, metadata, values });
    await ack();
    await after();
  });
}
