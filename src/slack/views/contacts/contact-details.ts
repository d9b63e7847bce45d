import type { MrkdwnElement } from '@slack/types';
import { escapeMrkdwn } from '../mrkdwn';

/** A mailto link with the address escaped; an address that could break the link is shown as text. */
export function emailLink(email: string): string {
  const shown = escapeMrkdwn(email);
  return /[|<>\s]/.test(email) ? shown : `<mailto:${shown}|${shown}>`;
}

/** "*Label*\nvalue" fields for the details that are filled in; values are escaped here unless marked safe. */
export function detailFields(
  details: [label: string, value: string | null, safe?: boolean][],
): MrkdwnElement[] {
  return details.flatMap(([label, value, safe]) =>
    value ? [{ type: 'mrkdwn' as const, text: `*${label}*\n${safe ? value : escapeMrkdwn(value)}` }] : [],
  );
}

/** The name as a bold heading, marked when archived. */
export function contactHeading(name: string, archived: boolean, archivedLabel: string): string {
  return `*${escapeMrkdwn(name)}*${archived ? ` _(${archivedLabel})_` : ''}`;
}
