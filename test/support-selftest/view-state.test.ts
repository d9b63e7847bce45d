import { fillViewState, initialViewState } from '../support/slack-double';

const plain = (text: string) => ({ type: 'plain_text', text });
const option = (text: string, value: string) => ({ text: plain(text), value });
const input = (label: string, element: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'input',
  block_id: `${element.action_id}_block`,
  label: plain(label),
  element,
  ...extra,
});

const blocks = [
  input('Text', { type: 'plain_text_input', action_id: 'text', initial_value: 'start' }),
  input(
    'Pick',
    { type: 'static_select', action_id: 'pick', options: [option('One', '1'), option('Two', '2')] },
    { optional: true },
  ),
  input('Find', { type: 'external_select', action_id: 'find' }, { optional: true }),
  input('Who', { type: 'users_select', action_id: 'who', initial_user: 'U9' }),
  input(
    'Tick',
    { type: 'checkboxes', action_id: 'tick', options: [option('A', 'a'), option('B', 'b')] },
    { optional: true },
  ),
  input('Day', { type: 'datepicker', action_id: 'day' }, { optional: true }),
  input('Time', { type: 'timepicker', action_id: 'time' }, { optional: true }),
  input('When', { type: 'datetimepicker', action_id: 'when' }, { optional: true }),
  input(
    'Radio',
    { type: 'radio_buttons', action_id: 'radio', options: [option('Yes', 'y')] },
    { optional: true },
  ),
  input('Mail', { type: 'email_text_input', action_id: 'mail' }, { optional: true }),
  input('Count', { type: 'number_input', action_id: 'count', is_decimal_allowed: false }, { optional: true }),
  input('Link', { type: 'url_text_input', action_id: 'link' }, { optional: true }),
  input('Team', { type: 'multi_users_select', action_id: 'team' }, { optional: true }),
  input(
    'Tags',
    { type: 'multi_static_select', action_id: 'tags', options: [option('X', 'x'), option('Y', 'y')] },
    { optional: true },
  ),
  input('More', { type: 'multi_external_select', action_id: 'more' }, { optional: true }),
  { type: 'actions', block_id: 'acts', elements: [{ type: 'button', action_id: 'btn', text: plain('B') }] },
];

const fill = (values: Record<string, unknown>) =>
  fillViewState(blocks, initialViewState(blocks), values, { enforceClientRules: true });

test('unfilled inputs report their initial value or Slack empty', () => {
  const state = fill({});
  expect(state.text_block?.text).toEqual({ type: 'plain_text_input', value: 'start' });
  expect(state.who_block?.who).toEqual({ type: 'users_select', selected_user: 'U9' });
  expect(state.pick_block?.pick).toEqual({ type: 'static_select', selected_option: null });
  expect(state.tick_block?.tick).toEqual({ type: 'checkboxes', selected_options: [] });
  expect(state.day_block?.day).toEqual({ type: 'datepicker', selected_date: null });
  expect(state.team_block?.team).toEqual({ type: 'multi_users_select', selected_users: [] });
  expect(state).not.toHaveProperty('acts');
});

test('every element type takes its fill in Slack shape', () => {
  const state = fill({
    Text: 'hello',
    Pick: 'Two',
    Find: 'Acme',
    Who: 'U2',
    Tick: true,
    Day: '2025-03-04',
    Time: '09:30',
    When: new Date('2025-03-04T09:30:00Z'),
    Radio: 'y',
    Mail: 'a@b.se',
    Count: 3,
    Link: 'https://example.com',
    Team: ['U1', 'U2'],
    Tags: ['x', 'Y'],
    More: ['m1'],
  });
  expect(state.text_block?.text?.value).toBe('hello');
  expect(state.pick_block?.pick?.selected_option).toEqual(option('Two', '2'));
  expect(state.find_block?.find?.selected_option).toEqual(option('Acme', 'Acme'));
  expect(state.who_block?.who?.selected_user).toBe('U2');
  expect(state.tick_block?.tick?.selected_options.map((o: { value: string }) => o.value)).toEqual(['a', 'b']);
  expect(state.day_block?.day?.selected_date).toBe('2025-03-04');
  expect(state.time_block?.time?.selected_time).toBe('09:30');
  expect(state.when_block?.when?.selected_date_time).toBe(1741080600);
  expect(state.radio_block?.radio?.selected_option?.value).toBe('y');
  expect(state.mail_block?.mail).toEqual({ type: 'email_text_input', value: 'a@b.se' });
  expect(state.count_block?.count).toEqual({ type: 'number_input', value: '3' });
  expect(state.link_block?.link?.value).toBe('https://example.com');
  expect(state.team_block?.team?.selected_users).toEqual(['U1', 'U2']);
  expect(state.tags_block?.tags?.selected_options.map((o: { value: string }) => o.value)).toEqual(['x', 'y']);
  expect(state.more_block?.more?.selected_options).toEqual([option('m1', 'm1')]);
});

test('fill keys may be block_ids; unknown labels list the inputs', () => {
  expect(fill({ text_block: 'by id' }).text_block?.text?.value).toBe('by id');
  expect(() => fill({ Nope: 1 })).toThrow(
    /no input labelled "Nope"; inputs are "Text" \(block_id text_block\), "Pick"/,
  );
  expect(() => fill({ Pick: 'Three' })).toThrow(/no option "Three"; options are "One" \(1\), "Two" \(2\)/);
});

test('what the Slack client would not let a person submit', () => {
  expect(() => fill({ Text: null })).toThrow(/"Text" is required/);
  expect(() => fill({ Mail: 'not-an-email' })).toThrow(/"Mail" is not an email/);
  expect(() => fill({ Count: 1.5 })).toThrow(/"Count" must be a whole number/);
  expect(() => fill({ Link: 'nope' })).toThrow(/"Link" is not a URL/);
});
