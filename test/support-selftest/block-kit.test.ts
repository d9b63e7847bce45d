import { WebClient } from '@slack/web-api';
import { recordingLogger, SlackDouble, validateMessageBlocks, validateView } from '../support/slack-double';

let double: SlackDouble;
let client: WebClient;

beforeAll(async () => {
  double = await SlackDouble.start();
  double.addChannel({ id: 'C1', name: 'sales' });
  client = new WebClient(double.botToken, {
    slackApiUrl: double.apiUrl,
    retryConfig: { retries: 0 },
    logger: recordingLogger(),
  });
});

afterAll(() => double.stop());

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const button = (action_id: string, text = 'Go') => ({
  type: 'button',
  action_id,
  text: { type: 'plain_text', text },
});
const modal = (blocks: unknown[], title = 'Title') => ({
  type: 'modal',
  title: { type: 'plain_text', text: title },
  blocks,
});

describe('refusals through the Web API', () => {
  test('51 message blocks → invalid_blocks naming /blocks', async () => {
    const blocks = Array.from({ length: 51 }, (_, i) => section(`line ${i}`));
    await expect(client.chat.postMessage({ channel: 'C1', text: 'x', blocks })).rejects.toMatchObject({
      data: {
        error: 'invalid_blocks',
        response_metadata: { messages: ['[ERROR] must be less than 51 items [json-pointer:/blocks]'] },
      },
    });
    expect(double.messages('C1')).toHaveLength(0);
    expect(double.lastCall('chat.postMessage')).toMatchObject({ status: 200, response: { ok: false } });
  });

  test('a 151-character header is refused', async () => {
    const blocks = [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }];
    await expect(client.chat.postMessage({ channel: 'C1', text: 'x', blocks })).rejects.toMatchObject({
      data: {
        error: 'invalid_blocks',
        response_metadata: {
          messages: ['[ERROR] must be less than 151 characters [json-pointer:/blocks/0/text/text]'],
        },
      },
    });
  });

  test('a duplicate action_id is refused, across blocks too', async () => {
    const blocks = [
      { type: 'actions', elements: [button('go')] },
      { type: 'actions', elements: [button('go')] },
    ];
    await expect(
      client.chat.update({ channel: 'C1', ts: '1.000001', text: 'x', blocks }),
    ).rejects.toMatchObject({
      data: {
        error: 'invalid_blocks',
        response_metadata: {
          messages: [expect.stringMatching(/non-unique action_id "go".*\/blocks\/1\/elements\/0\/action_id/)],
        },
      },
    });
  });

  test('101 modal blocks → invalid_arguments, and the trigger survives', async () => {
    const trigger = double.issueTriggerId();
    const blocks = Array.from({ length: 101 }, (_, i) => section(`row ${i}`));
    await expect(
      client.views.open({ trigger_id: trigger, view: modal(blocks) as never }),
    ).rejects.toMatchObject({
      data: {
        error: 'invalid_arguments',
        response_metadata: { messages: ['[ERROR] must be less than 101 items [json-pointer:/view/blocks]'] },
      },
    });
    await expect(
      client.views.open({ trigger_id: trigger, view: modal([section('ok')]) as never }),
    ).resolves.toMatchObject({
      ok: true,
    });
  });

  test('100 Home tab blocks are fine, 101 are not', async () => {
    double.addUser({ id: 'U1' });
    const home = (n: number) => ({
      type: 'home',
      blocks: Array.from({ length: n }, (_, i) => section(`${i}`)),
    });
    await expect(client.views.publish({ user_id: 'U1', view: home(100) as never })).resolves.toMatchObject({
      ok: true,
    });
    await expect(client.views.publish({ user_id: 'U1', view: home(101) as never })).rejects.toMatchObject({
      data: { error: 'invalid_arguments' },
    });
  });
});

describe('pure validators', () => {
  const messagesOf = (blocks: unknown[]) => validateMessageBlocks(blocks).messages.join('\n');

  test('valid blocks pass', () => {
    expect(
      validateMessageBlocks([
        section('hi'),
        { type: 'divider' },
        { type: 'actions', elements: [button('a')] },
      ]),
    ).toEqual({ ok: true, messages: [] });
  });

  test('section, fields, actions, context, button and option limits', () => {
    expect(messagesOf([section('x'.repeat(3001))])).toMatch(
      /less than 3001 characters .*\/blocks\/0\/text\/text/,
    );
    const fields = Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'f' }));
    expect(messagesOf([{ type: 'section', fields }])).toMatch(/less than 11 items .*\/blocks\/0\/fields/);
    const many = Array.from({ length: 26 }, (_, i) => button(`b${i}`));
    expect(messagesOf([{ type: 'actions', elements: many }])).toMatch(/less than 26 items/);
    const ctx = Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'c' }));
    expect(messagesOf([{ type: 'context', elements: ctx }])).toMatch(/less than 11 items/);
    expect(messagesOf([{ type: 'actions', elements: [button('a', 'b'.repeat(76))] }])).toMatch(
      /less than 76 characters/,
    );
    expect(
      messagesOf([{ type: 'actions', elements: [{ ...button('a'), value: 'v'.repeat(2001) }] }]),
    ).toMatch(/less than 2001 characters .*\/value/);
    expect(
      messagesOf([{ type: 'actions', elements: [{ ...button('a'), url: `https://${'u'.repeat(3000)}` }] }]),
    ).toMatch(/less than 3001 characters .*\/url/);
    const option = (text: string, value: string) => ({ text: { type: 'plain_text', text }, value });
    const select = (options: unknown[]) => ({
      type: 'actions',
      elements: [{ type: 'static_select', action_id: 's', options }],
    });
    expect(messagesOf([select([option('t'.repeat(76), 'v')])])).toMatch(
      /less than 76 characters .*options\/0\/text\/text/,
    );
    expect(messagesOf([select([option('t', 'v'.repeat(151))])])).toMatch(
      /less than 151 characters .*options\/0\/value/,
    );
    const hundredOne = Array.from({ length: 101 }, (_, i) => option(`o${i}`, `${i}`));
    expect(messagesOf([select(hundredOne)])).toMatch(/less than 101 items .*\/options/);
  });

  test('ids: too long, duplicated block_id', () => {
    expect(messagesOf([{ ...section('a'), block_id: 'x'.repeat(256) }])).toMatch(
      /less than 256 characters .*block_id/,
    );
    expect(
      messagesOf([
        { ...section('a'), block_id: 'same' },
        { ...section('b'), block_id: 'same' },
      ]),
    ).toMatch(/non-unique block_id "same"/);
  });

  test('header must be plain_text; input blocks need label and element', () => {
    expect(messagesOf([{ type: 'header', text: { type: 'mrkdwn', text: 'h' } }])).toMatch(
      /valid enum value .*text\/type/,
    );
    const v = validateView(modal([{ type: 'input', label: { type: 'plain_text', text: 'L' } }]));
    expect(v).toMatchObject({ ok: false, error: 'invalid_arguments' });
    expect(v.messages.join('\n')).toMatch(/missing required field: element/);
  });

  test('view chrome: title/submit/close ≤ 24, private_metadata ≤ 3000, callback_id ≤ 255', () => {
    expect(validateView(modal([], 't'.repeat(25))).messages.join()).toMatch(
      /less than 25 characters .*\/view\/title\/text/,
    );
    const chrome = {
      ...modal([]),
      submit: { type: 'plain_text', text: 's'.repeat(25) },
      close: { type: 'plain_text', text: 'c'.repeat(25) },
      private_metadata: 'm'.repeat(3001),
      callback_id: 'c'.repeat(256),
    };
    const text = validateView(chrome).messages.join('\n');
    for (const at of [
      '/view/submit/text',
      '/view/close/text',
      '/view/private_metadata',
      '/view/callback_id',
    ]) {
      expect(text).toContain(at);
    }
  });

  test('messages without text or blocks → no_text', async () => {
    await expect(client.chat.postEphemeral({ channel: 'C1', user: 'U1', text: '' })).rejects.toMatchObject({
      data: { error: 'no_text' },
    });
  });
});
