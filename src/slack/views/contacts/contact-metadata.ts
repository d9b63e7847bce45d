import type { ContactKind } from './contact-ids';

/**
 * What a contact modal remembers between opening and submitting (its
 * private_metadata): where to answer, and for edits which contact and which
 * message to update in place.
 */
export interface ContactModalMetadata {
  kind: ContactKind;
  /** The contact being edited; absent for a new one. */
  id?: number;
  /** The channel the user was in, for the confirmation. */
  channel?: string;
  /** The message that showed the card, updated in place after an edit. */
  responseUrl?: string;
}

export function writeMetadata(metadata: ContactModalMetadata): string {
  return JSON.stringify(metadata);
}

export function readMetadata(raw: string | undefined): ContactModalMetadata {
  try {
    const value = JSON.parse(raw ?? '') as Partial<ContactModalMetadata>;
    return {
      kind: value.kind === 'organization' ? 'organization' : 'person',
      id: typeof value.id === 'number' ? value.id : undefined,
      channel: typeof value.channel === 'string' ? value.channel : undefined,
      responseUrl: typeof value.responseUrl === 'string' ? value.responseUrl : undefined,
    };
  } catch {
    return { kind: 'person' };
  }
}
