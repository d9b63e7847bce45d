import type { WebClient } from '@slack/web-api';
import type { ContactModalMetadata } from '../../views/contacts/contact-metadata';
import type { SlackMessage } from '../../views/help-view';
import { replaceMessage, tellUser } from './tell-user';

/** After an edit: the card it started from is updated in place, else the user gets the new card. */
export async function showEditedCard(
  client: WebClient,
  { userId, metadata, card }: { userId: string; metadata: ContactModalMetadata; card: SlackMessage },
): Promise<void> {
  if (metadata.responseUrl && (await replaceMessage(metadata.responseUrl, card))) return;
  await tellUser(client, { userId, channel: metadata.channel }, card);
}
