import type { App } from '@slack/bolt';
import type { ModalView } from '@slack/types';

/** What the trivial app saw, for assertions the Web API calls cannot show. */
export interface EchoLog {
  homeRetries: { retryNum?: number; retryReason?: string }[];
}

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const option = (text: string, value: string) => ({ text: plain(text), value });

export function echoModal(channelId: string, title = 'Echo'): ModalView {
  return {
    type: 'modal',
    callback_id: 'echo_modal',
    title: plain(title),
    submit: plain('Send'),
    private_metadata: channelId,
    blocks: [
      {
        type: 'input',
        block_id: 'note',
        label: plain('Note'),
        element: { type: 'plain_text_input', action_id: 'note_input' },
      },
      {
        type: 'input',
        block_id: 'priority',
        label: plain('Priority'),
        element: {
          type: 'static_select',
          action_id: 'priority_select',
          options: [option('High', 'high'), option('Low', 'low')],
          initial_option: option('Low', 'low'),
        },
      },
      {
        type: 'input',
        block_id: 'customer',
        optional: true,
        label: plain('Customer'),
        element: { type: 'external_select', action_id: 'customer_select', min_query_length: 0 },
      },
      {
        type: 'input',
        optional: true,
        label: plain('Owner'),
        element: { type: 'users_select', action_id: 'owner_select' },
      },
      {
        type: 'input',
        optional: true,
        label: plain('Due date'),
        element: { type: 'datepicker', action_id: 'due_date' },
      },
      {
        type: 'input',
        block_id: 'flags',
        optional: true,
        label: plain('Flags'),
        element: {
          type: 'checkboxes',
          action_id: 'flags_cb',
          options: [option('Urgent', 'urgent'), option('VIP', 'vip')],
        },
      },
      {
        type: 'actions',
        block_id: 'tools',
        elements: [{ type: 'button', action_id: 'refresh_button', text: plain('Refresh') }],
      },
    ],
  };
}

const CUSTOMERS = ['Acme', 'Acorn', 'Beta Corp'];

/** A deliberately trivial app: enough surface to drive every kind of request through Bolt. */
export function registerEcho(app: App, log: EchoLog): void {
  app.command('/echo', async ({ ack, body, client, respond, command }) => {
    await ack();
    // The trigger id is the scarce resource: open the modal before anything slow.
    await client.views.open({ trigger_id: body.trigger_id, view: echoModal(body.channel_id) });
    await respond({ text: `echo: ${command.text}` });
  });

  app.command('/post', async ({ ack, client, command }) => {
    await ack({ response_type: 'ephemeral', text: 'posting…' });
    await client.chat.postMessage({
      channel: command.channel_id,
      text: 'Pick one',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: 'Pick one' } },
        {
          type: 'actions',
          elements: [{ type: 'button', action_id: 'done_button', value: 'd1', text: plain('Done') }],
        },
      ],
    });
  });

  app.options('customer_select', async ({ ack, body }) => {
    if (body.value === 'many') {
      await ack({ options: Array.from({ length: 101 }, (_, i) => option(`Customer ${i}`, `c${i}`)) });
      return;
    }
    const hits = CUSTOMERS.filter((c) => c.toLowerCase().startsWith(body.value.toLowerCase()));
    await ack({ options: hits.map((c) => option(c, c.toLowerCase())) });
  });

  app.view('echo_modal', async ({ ack, view, body, client }) => {
    const values = view.state.values;
    const note = values.note?.note_input?.value ?? '';
    if (note === 'bad') {
      await ack({ response_action: 'errors', errors: { note: 'Not that one' } });
      return;
    }
    await ack();
    const ownerBlock = Object.values(values).find((b) => b.owner_select);
    const summary = {
      note,
      priority: values.priority?.priority_select?.selected_option?.value,
      customer: values.customer?.customer_select?.selected_option?.value ?? null,
      owner: ownerBlock?.owner_select?.selected_user ?? null,
      flags: values.flags?.flags_cb?.selected_options?.map((o) => o.value) ?? [],
      channel: view.private_metadata,
    };
    await client.chat.postMessage({ channel: body.user.id, text: JSON.stringify(summary) });
  });

  app.action('refresh_button', async ({ ack, body, client }) => {
    await ack();
    if (body.type !== 'block_actions' || !body.view) return;
    await client.views.update({
      view_id: body.view.id,
      hash: body.view.hash,
      view: echoModal(body.view.private_metadata, 'Echo (refreshed)'),
    });
  });

  app.action('done_button', async ({ ack, respond }) => {
    await ack();
    await respond({ replace_original: true, text: 'Done!' });
  });

  app.event('app_home_opened', async ({ event, client, context }) => {
    log.homeRetries.push({ retryNum: context.retryNum, retryReason: context.retryReason });
    if (event.tab !== 'home') return;
    await client.views.publish({
      user_id: event.user,
      view: {
        type: 'home',
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `Hi <@${event.user}>` } }],
      },
    });
  });
}
