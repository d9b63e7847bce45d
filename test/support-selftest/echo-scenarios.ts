import { BlockKitRefusal, type SlackDouble, type SlackUserAgent } from '../support/slack-double';
import type { EchoLog } from './echo-app';

export interface EchoRig {
  double: SlackDouble;
  agent: SlackUserAgent;
  log: EchoLog;
}

/** The same conversation with the app, whichever transport carries it. */
export function echoScenarios(rig: () => EchoRig): void {
  test('/echo: ack, views.open with the fresh trigger, respond() to the response_url', async () => {
    const { double, agent } = rig();
    const since = double.calls.length;
    const res = await agent.slashCommand({ command: '/echo', text: 'hello', userId: 'U1', channelId: 'C1' });
    expect(res.status).toBe(200);
    expect(res.ack).toBeUndefined();
    const reply = await double.waitForCall('response_url', undefined, { since });
    expect(reply).toMatchObject({ status: 200, url: res.responseUrl, args: { text: 'echo: hello' } });
    const opened = await double.waitForCall('views.open', undefined, { since });
    expect(opened.args.trigger_id).toBe(res.triggerId);
    expect(opened.response.ok).toBe(true);
    expect(double.latestView('U1')).toMatchObject({ callback_id: 'echo_modal', private_metadata: 'C1' });
  });

  test('block_suggestion: the options answer comes back and is checked', async () => {
    const { double, agent } = rig();
    const view = double.viewByCallbackId('echo_modal')!;
    const res = await agent.blockSuggestion({
      userId: 'U1',
      actionId: 'customer_select',
      value: 'ac',
      viewId: view.id,
    });
    expect(res.ack?.options.map((o: { value: string }) => o.value)).toEqual(['acme', 'acorn']);
    // No match: an empty list, which Slack shows as "No results".
    const none = await agent.blockSuggestion({
      userId: 'U1',
      actionId: 'customer_select',
      value: 'zz',
      viewId: view.id,
    });
    expect(none.ack).toEqual({ options: [] });
    await expect(
      agent.blockSuggestion({ userId: 'U1', actionId: 'customer_select', value: 'many', viewId: view.id }),
    ).rejects.toThrow(BlockKitRefusal);
  });

  test('view_submission errors keep the modal open', async () => {
    const { double, agent } = rig();
    const res = await agent.viewSubmission({ userId: 'U1', callbackId: 'echo_modal', fill: { Note: 'bad' } });
    expect(res.ack).toEqual({ response_action: 'errors', errors: { note: 'Not that one' } });
    expect(double.isViewOpen(res.view.id)).toBe(true);
  });

  test('block_actions in the modal: the app updates the view, typed input survives', async () => {
    const { double, agent } = rig();
    const view = double.latestView('U1')!;
    const since = double.calls.length;
    await agent.blockActions({
      userId: 'U1',
      actionId: 'refresh_button',
      container: { type: 'view', viewId: view.id },
      fill: { Note: 'typed before refresh' },
    });
    await double.waitForCall('views.update', (c) => c.response.ok, { since });
    const refreshed = double.view(view.id)!;
    expect(refreshed.title?.text).toBe('Echo (refreshed)');
    expect(refreshed.state.values.note?.note_input?.value).toBe('typed before refresh');
  });

  test('view_submission filled by label closes the modal; the app sees Slack-shaped state', async () => {
    const { double, agent } = rig();
    const since = double.calls.length;
    const res = await agent.viewSubmission({
      userId: 'U1',
      callbackId: 'echo_modal',
      fill: {
        Note: 'met at fair',
        Priority: 'High',
        Customer: { text: { type: 'plain_text', text: 'Acme' }, value: 'acme' },
        Owner: 'U2',
        Flags: ['vip'],
      },
    });
    expect(res.ack).toBeUndefined();
    expect(double.isViewOpen(res.view.id)).toBe(false);
    const posted = await double.waitForCall('chat.postMessage', undefined, { since });
    expect(JSON.parse(posted.args.text)).toEqual({
      note: 'met at fair',
      priority: 'high',
      customer: 'acme',
      owner: 'U2',
      flags: ['vip'],
      channel: 'C1',
    });
  });

  test('block_actions on a message: respond(replace_original) rewrites it', async () => {
    const { double, agent } = rig();
    const since = double.calls.length;
    const cmd = await agent.slashCommand({ command: '/post', userId: 'U1', channelId: 'C1' });
    expect(cmd.ack).toEqual({ response_type: 'ephemeral', text: 'posting…' });
    const posted = await double.waitForCall('chat.postMessage', (c) => c.args.text === 'Pick one', { since });
    await agent.blockActions({
      userId: 'U1',
      actionId: 'done_button',
      container: { type: 'message', channelId: 'C1', messageTs: posted.response.ts },
    });
    await double.waitForCall('response_url', (c) => c.args.replace_original === true, { since });
    expect(double.message('C1', posted.response.ts)?.text).toBe('Done!');
  });

  test('app_home_opened retries are delivered again (Bolt does not deduplicate)', async () => {
    const { double, agent, log } = rig();
    const since = double.calls.length;
    const first = await agent.appHomeOpened({ userId: 'U1' });
    await agent.appHomeOpened({ userId: 'U1', retryNum: 1, eventId: first.eventId });
    const once = await double.waitForCall('views.publish', undefined, { since });
    await double.waitForCall('views.publish', undefined, { since: double.calls.indexOf(once) + 1 });
    expect(log.homeRetries.slice(-2).map((r) => r.retryNum ?? 0)).toEqual([0, 1]);
    expect(double.homeView('U1')?.blocks[0]?.text.text).toBe('Hi <@U1>');
  });
}
