import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { touchbase } from '../../request-context';
import { helpMessage } from '../../views/help-view';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { actingUser } from '../acting-user';
import { parseActivityId } from '../activities/command-arguments';
import { doneCommand } from '../activities/done-command';
import { editCommand } from '../activities/edit-command';
import { listCommand } from '../activities/list-command';
import { logCommand } from '../activities/log-command';
import { quickAddCommand } from '../activities/quick-add-command';
import { showCommand } from '../activities/show-command';
import { trashCommand } from '../activities/trash-command';
import type { ListenerDeps } from '../deps';
import { planCommand } from '../plans/plan-command';
import { settingsCommand } from '../settings';
import { exportCommand } from '../stats/export-command';
import { statsCommand } from '../stats/stats-command';
import { activityAdminCommand } from './activity-admin';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

const WITH_ID = ['show', 'edit', 'done'] as const;
/** `/activity plan` (product §3.7): the word is the same in Swedish. */
const PLAN = 'plan';
/** `/activity trash`, in Swedish `/activity papperskorg`. */
const TRASH = ['trash', 'papperskorg'];

/**
 * `/activity [subcommand …]`: nothing opens the form; `list`, `show`, `edit`,
 * `done`, `trash`, `plan`, `stats`, `export`, `admin` and `settings` do their part; `help`
 * answers with the help; any other text is quick add, the form prefilled from it.
 */
export function activityCommand(deps: ListenerDeps) {
  const admin = activityAdminCommand(deps);
  return async (args: CommandArgs) => {
    const { m } = touchbase(args.context);
    const words = args.command.text.trim().split(/\s+/).filter(Boolean);
    const subcommand = words[0]?.toLowerCase() ?? '';
    if (subcommand === 'help') {
      await args.ack({ response_type: 'ephemeral', ...helpMessage(m) });
      return;
    }
    if (subcommand === 'admin') return admin(args);
    if (subcommand === 'settings') return settingsCommand(args);
    const user = actingUser(args.context);
    // product §6; the rest of the text is the period and filters, never a quick-add subject.
    const rest = args.command.text.trim().slice(words[0]?.length ?? 0);
    if (subcommand === 'stats') return statsCommand(deps, user, { text: rest, args });
    if (subcommand === 'export') return exportCommand(deps, user, { text: rest, args });
    if (subcommand === PLAN) return planCommand(deps, user, { text: rest, args });
    if (subcommand === '') return logCommand(deps, user, args);
    if (subcommand === 'list') return listCommand(deps, user, { words: words.slice(1), args });
    if (TRASH.includes(subcommand)) return trashCommand(deps, user, { words: words.slice(1), args });
    if (!WITH_ID.some((word) => word === subcommand)) return quickAddCommand(deps, user, args);
    const id = parseActivityId(words.slice(1));
    if (id === null) {
      const sub = escapeMrkdwn(subcommand);
      await args.ack({
        response_type: 'ephemeral',
        text: `${m.activities.command.needsId(sub)}\n${m.activities.command.usage}`,
      });
      return;
    }
    if (subcommand === 'show') return showCommand(deps, user, { id, args });
    if (subcommand === 'edit') return editCommand(deps, user, { id, args });
    return doneCommand(deps, user, { id, args });
  };
}
