import type { KnownBlock } from '@slack/types';
import type { Messages } from '../../i18n';

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** A heading over its commands, one a line: "`/contact new` — description". */
function commandSection(heading: string, commands: [command: string, description: string][]): KnownBlock {
  const lines = commands.map(([command, description]) => `\`${command}\` — ${description}`);
  return { type: 'section', text: { type: 'mrkdwn', text: [`*${heading}*`, ...lines].join('\n') } };
}

/** The /activity help: every command of product §4, in the user's language. */
export function helpMessage(m: Messages): SlackMessage {
  const c = m.help.commands;
  const blocks: KnownBlock[] = [];
  blocks.push(
    { type: 'header', text: { type: 'plain_text', text: m.help.title, emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: m.help.intro } },
    commandSection(m.help.activitiesHeading, [
      ['/activity', c.activity],
      ['/activity <text>', c.activityText],
      ['/activity list [open|overdue|today|done|all] [@user]', c.list],
      ['/activity show|edit|done <id>', c.show],
      [c.trashCommand, c.trash],
      ['/activity plan <plan> <person>', c.plan],
      ['/activity stats [period] [@user|#team|type]', c.stats],
      ['/activity export [period] [@user|#team|type]', c.export],
      ['/activity settings', c.settings],
      ['/activity admin', c.admin],
      ['/activity help', c.help],
    ]),
    commandSection(m.help.contactsHeading, [
      ['/contact <text>', c.contactSearch],
      ['/contact new', c.contactNew],
    ]),
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `*${m.help.elsewhereHeading}:* ${m.help.shortcuts}` }],
    },
  );
  return { text: m.help.fallback, blocks };
}
