import type { AllMiddlewareArgs, AnyMiddlewareArgs, RespondFn } from '@slack/bolt';
import type { Messages } from '../../i18n';
import type { LooseSlackBody } from '../loose-body';
import { outsiderHome } from '../views/access/outsider-home';
import { noticeModal } from '../views/notice-modal';

export interface Refusal {
  m: Messages;
  /** Our own sentence, safe as mrkdwn. */
  text: string;
  /**
   * Whether the refusal may be shown through the Web API (a modal, the Home tab). Not for a
   * workspace the token does not serve: there only the request's own answer can carry it.
   */
  viaWebApi: boolean;
}

type Args = AnyMiddlewareArgs & AllMiddlewareArgs;
type Ack = (response?: unknown) => Promise<void>;

/**
 * Answers a request Touchbase refuses, on the surface it came from, reading nothing:
 * a slash command gets an ephemeral answer, a picker no options (Slack has no disabled
 * option to explain with), a form submission a modal saying why, a button in a message
 * an ephemeral reply, a shortcut or a button elsewhere a small modal, the Home tab a
 * page explaining that Touchbase is for staff.
 */
export async function answerRefusal(args: Args, refusal: Refusal): Promise<void> {
  const { m, text, viaWebApi } = refusal;
  const body = args.body as LooseSlackBody;
  const { ack, respond } = args as unknown as { ack?: Ack; respond?: RespondFn };
  if (typeof body.command === 'string') return ack?.({ response_type: 'ephemeral', text });
  switch (body.type) {
    case 'block_suggestion':
      return ack?.({ options: [] });
    case 'view_submission':
      return ack?.({ response_action: 'update', view: noticeModal(m, text) });
    case 'view_closed':
      return ack?.();
    case 'block_actions':
    case 'shortcut':
    case 'message_action': {
      await ack?.();
      const inMessage = body.type === 'message_action' || body.container?.type === 'message';
      if (inMessage && respond) {
        await respond({ response_type: 'ephemeral', replace_original: false, text });
        return;
      }
      if (!viaWebApi || !body.trigger_id) return;
      const view = noticeModal(m, text);
      if (body.view?.type === 'modal') await args.client.views.push({ trigger_id: body.trigger_id, view });
      else await args.client.views.open({ trigger_id: body.trigger_id, view });
      return;
    }
    case 'event_callback': {
      const event = body.event;
      if (!viaWebApi || event?.type !== 'app_home_opened' || event.tab !== 'home' || !event.user) return;
      await args.client.views.publish({ user_id: event.user, view: outsiderHome(m, text) });
      return;
    }
    default:
      return ack?.();
  }
}
