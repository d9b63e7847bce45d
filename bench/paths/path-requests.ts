import type { Database } from '../../src/db/database';
import { ActivityRepository } from '../../src/db/repositories/activity-repository';
import { visibleTo } from '../../src/domain/activities/activity-visibility';
import { employeeViewer } from '../../src/domain/employees/employee-viewer';
import { messages } from '../../src/i18n';
import { buttonActionId } from '../../src/slack/views/activities/activity-actions';
import { activityCard } from '../../src/slack/views/activities/activity-card';
import { formBlockId } from '../../src/slack/views/activities/activity-modal';
import type { RecordedCall, SlackDouble } from '../../test/support/slack-double';
import { buildBlockActions } from '../../test/support/slack-double/agent/block-actions';
import { eventCallback, slackTs } from '../../test/support/slack-double/agent/payload-base';
import { encode } from '../../test/support/slack-double/agent/transport';
import { buildViewSubmission } from '../../test/support/slack-double/agent/views';
import type { PathRequests, RequestsFor } from '../beside-baseline';
import type { Completion } from '../load/load-plan';
import { slashCommandBodies, userIdAt } from '../load/slash-bodies';
import type { PathFixtures } from './path-fixtures';

/** One path a user waits on, and how to send it `count` times to one app. */
export interface UserPath {
  name: string;
  /** What the user waits for: the HTTP answer itself, or a Web API call after an ack. */
  expect: 'ephemeral' | 'ok';
  /** A second row timed until the HTTP ack, where Slack's 3-second limit applies to it. */
  ackName?: string;
  requests: RequestsFor;
}

/** Prepared requests are sent minutes later; Slack's trigger ids would have expired. */
const TRIGGER_TTL_MS = 60 * 60 * 1000;

/** Saved subjects carry this, so the card posted for each can be told apart. */
const SUBJECT_TOKEN = /bench-[tb]\d+/;

/**
 * The key the load worker waits for, for each Web API call that completes a path: the
 * modal's trigger id, the saved card's subject token, the updated message, the Home's
 * user. Failed calls finish nothing: the request then times out as a failure.
 */
export function completionKey(call: RecordedCall): string | undefined {
  if (call.status !== 200 || (call.response as { ok?: unknown }).ok !== true) return undefined;
  const args = call.args as Record<string, unknown>;
  switch (call.method) {
    case 'views.open':
      return `views.open:${String(args.trigger_id)}`;
    case 'views.publish':
      return `views.publish:${String(args.user_id)}`;
    case 'chat.update':
      return `chat.update:${String(args.channel)}:${String(args.ts)}`;
    case 'chat.postEphemeral': {
      const token = SUBJECT_TOKEN.exec(JSON.stringify(args))?.[0];
      return token ? `card:${token}` : undefined;
    }
    default:
      return undefined;
  }
}

const homeOf = (userId: string) => `views.publish:${userId}`;

/** Quick-add texts as people type them, in Swedish and English, each naming a person of the register. */
function quickAddText(name: string, i: number): string {
  const forms = [
    `ring ${name} imorgon kl 10 om offerten`,
    `call ${name} tomorrow at 14:30 about the renewal`,
    `möte med ${name} på fredag`,
    `${name} follow up on the invoice next week`,
  ];
  return forms[i % forms.length]!;
}

/** What `/contact` is typed with: whole names, a last name, a name with its surname begun. */
function contactQuery(name: string, i: number): string {
  const [first = name, ...rest] = name.split(' ');
  const last = rest.join(' ') || first;
  return [name, last, `${first} ${last.slice(0, 3)}`][i % 3]!;
}

/**
 * The paths of issue 12, each with the answer its user waits for. Requests are built per
 * target (a trigger id opens one view; each *Done now* needs its own card) right before
 * they are sent; both apps get the same kind of request from the same users.
 */
export function userPaths(double: SlackDouble, database: Database, fixtures: PathFixtures): UserPath[] {
  const { actors, readers, persons } = fixtures;
  let tokens = 0;
  let nextDone = 0;

  const slash = (command: string, users: string[], count: number, text: string | ((i: number) => string)) =>
    slashCommandBodies(double, { command, text, userIds: users, count, triggerTtlMs: TRIGGER_TTL_MS });
  const modalOpened = (bodies: string[]): PathRequests => ({
    bodies,
    completions: bodies.map((body) => ({
      done: `views.open:${new URLSearchParams(body).get('trigger_id')}`,
    })),
  });

  return [
    {
      name: '/activity → modal',
      expect: 'ok',
      requests: async (_target, count) => modalOpened(slash('/activity', actors, count, '')),
    },
    {
      name: '/activity <quick add> → modal',
      expect: 'ok',
      requests: async (_target, count) =>
        modalOpened(
          slash('/activity', actors, count, (i) => quickAddText(persons[i % persons.length]!.name, i)),
        ),
    },
    {
      name: 'form submission → card',
      ackName: 'form submission → ack',
      expect: 'ok',
      async requests(target, count) {
        const bodies: string[] = [];
        const completions: Completion[] = [];
        for (let i = 0; i < count; i += 1) {
          const userId = userIdAt(actors, i);
          const person = persons[i % persons.length]!;
          const token = `bench-${target[0]}${String(++tokens).padStart(6, '0')}`;
          const { payload } = buildViewSubmission(double, fixtures.who, {
            userId,
            viewId: fixtures.openForms.get(userId),
            fill: {
              [formBlockId('person', 0)]: {
                text: { type: 'plain_text', text: person.name },
                value: String(person.id),
              },
              [formBlockId('type', 0)]: String(fixtures.outgoingCallTypeId),
              [formBlockId('subject', 0)]: `Samtal om offerten ${token}`,
            },
          });
          bodies.push(encode('interactive', payload).body);
          // Touchbase redraws the user's Home after posting the card, folded per person (the
          // first change at once, a burst in one more draw): no Home publish per request to wait for.
          completions.push({ done: `card:${token}` });
        }
        return { bodies, completions };
      },
    },
    {
      name: `/activity list open (${fixtures.readers.length} users × 300 unfinished)`,
      expect: 'ephemeral',
      requests: async (_target, count) => ({ bodies: slash('/activity', readers, count, 'list open') }),
    },
    {
      name: 'app_home_opened → views.publish',
      expect: 'ok',
      async requests(_target, count) {
        const bodies = Array.from({ length: count }, (_, i) => {
          const userId = userIdAt(readers, i);
          const event = {
            type: 'app_home_opened',
            user: userId,
            channel: double.dmChannelFor(userId),
            tab: 'home',
            event_ts: slackTs(),
          };
          return encode('event', eventCallback(double, fixtures.who, event, `EvBench${i}`)).body;
        });
        return { bodies, completions: bodies.map((_, i) => ({ done: homeOf(userIdAt(readers, i)) })) };
      },
    },
    {
      name: 'Done now on a card → message updated',
      expect: 'ok',
      async requests(target, count) {
        // The floor changes nothing: it presses copies of the cards Touchbase was just given, drawn unfinished.
        const from = target === 'touchbase' ? nextDone : Math.max(0, nextDone - count);
        const pressed = fixtures.unfinished.slice(from, from + count);
        if (target === 'touchbase') nextDone += count;
        if (pressed.length < count) throw new Error('Done now ran out of unfinished activities');
        const cards = await cardsFor(database, fixtures.workspaceId, pressed);
        const bodies: string[] = [];
        const completions: Completion[] = [];
        for (const { id, responsibleSlackUserId: userId } of pressed) {
          const channelId = double.dmChannelFor(userId);
          const { ts } = double.workspace.channels.post(channelId, { ...cards.get(id)! });
          const payload = buildBlockActions(double, fixtures.who, {
            userId,
            actionId: buttonActionId('done', id),
            container: { type: 'message', channelId, messageTs: String(ts) },
          });
          bodies.push(encode('interactive', payload).body);
          // As for saving: the Home redraws after it fold per person.
          completions.push({ done: `chat.update:${channelId}:${String(ts)}` });
        }
        return { bodies, completions };
      },
    },
    {
      name: '/contact <name>',
      expect: 'ephemeral',
      requests: async (_target, count) => ({
        bodies: slash('/contact', actors, count, (i) =>
          contactQuery(persons[(i * 7) % persons.length]!.name, i),
        ),
      }),
    },
  ];
}

/** Each activity's card as its responsible was shown it, drawn by the app's own view. */
async function cardsFor(
  { prisma, plain }: Database,
  workspaceId: number,
  pressed: { id: number; responsibleSlackUserId: string }[],
) {
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
  const activities = new ActivityRepository(prisma, plain);
  const cards = new Map<number, { text: string; blocks: unknown[] }>();
  const byUser = new Map<string, number[]>();
  for (const { id, responsibleSlackUserId } of pressed)
    byUser.set(responsibleSlackUserId, [...(byUser.get(responsibleSlackUserId) ?? []), id]);
  for (const [slackUserId, ids] of byUser) {
    const employee = await prisma.employee.findUniqueOrThrow({
      where: { workspaceId_slackUserId: { workspaceId, slackUserId } },
    });
    const viewer = employeeViewer(workspace, employee, false);
    const ctx = { m: messages(viewer.locale), viewer, now: new Date() };
    const records = await activities.findMany(visibleTo(viewer), ids);
    for (const record of records) cards.set(record.id, activityCard(ctx, record));
  }
  return cards;
}
