import type { KnownBlock } from '@slack/types';
import { isVisibleTo } from '../../../domain/activities/activity-visibility';
import { nameIn } from '../../../domain/activity-types/type-names';
import type { LaunchResult } from '../../../domain/plans/launch-plan';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { mention } from '../activities/activity-parts';
import { formatDateTime } from '../format';
import type { SlackMessage } from '../help-view';
import { escapeMrkdwn } from '../mrkdwn';

/**
 * What a launch created (product §3.7): one line per activity — its number, start,
 * type, subject and responsible. A private activity the launcher may not see shows only
 * its number and responsible (product §3.4).
 */
export function launchConfirmation(m: Messages, viewer: Viewer, result: LaunchResult): SlackMessage {
  const l = m.plans.launch;
  const person = result.created[0]?.record.person.name ?? '';
  const heading = l.started(escapeMrkdwn(result.plan.name), escapeMrkdwn(person), result.created.length);
  const lines = result.created.map(({ record }) =>
    isVisibleTo(viewer, record)
      ? l.createdLine(
          record.id,
          formatDateTime(record.startAt, viewer),
          escapeMrkdwn(nameIn(record.type.names, m.locale)),
          escapeMrkdwn(record.subject),
          mention(record.responsible.slackUserId),
        )
      : `#${record.id} · ${mention(record.responsible.slackUserId)}`,
  );
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: heading } },
    { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n').slice(0, 3000) } },
  ];
  return { text: `${heading}\n${lines.join('\n')}`.slice(0, 3900), blocks };
}
