import type { PlainTextOption } from '@slack/types';

const OPTION_TEXT_MAX = 75;

/** Slack refuses option texts over 75 characters: longer ones end in "…". */
export function fitOptionText(text: string, max = OPTION_TEXT_MAX): string {
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  return `${characters.slice(0, max - 1).join('')}…`;
}

/** "Name — Organization"; the value is the person's id. Plain text: nothing in it is a mention. */
export function personOption(person: {
  id: number;
  name: string;
  organizationName: string | null;
}): PlainTextOption {
  const label = person.organizationName ? `${person.name} — ${person.organizationName}` : person.name;
  return { text: { type: 'plain_text', text: fitOptionText(label) }, value: String(person.id) };
}

/** "Name (NNNNNN-NNNN)"; the value is the organization's id. */
export function organizationOption(organization: {
  id: number;
  name: string;
  orgNumber: string | null;
}): PlainTextOption {
  const number = organization.orgNumber ? ` (${organization.orgNumber})` : '';
  // The number tells namesakes apart, so the name gives way to it.
  const name = fitOptionText(organization.name, OPTION_TEXT_MAX - number.length);
  return { text: { type: 'plain_text', text: `${name}${number}` }, value: String(organization.id) };
}
