import { messages } from '../../../../src/i18n';
import {
  type ActivityFormValues,
  activityModal,
} from '../../../../src/slack/views/activities/activity-modal';
import { validateView } from '../../../support/slack-double';

const values: ActivityFormValues = {
  person: { id: 3, name: 'Pia Person' },
  linkableOrganization: { id: 4, name: 'Acme AB' },
  linkOrganization: true,
  typeId: 5,
  subject: 'Review',
  status: 'IN_PROGRESS',
  startAt: new Date('2026-03-02T09:00:00Z'),
  endAt: null,
  responsibleSlackUserId: 'UANNA',
  notes: '',
  isPrivate: true,
  remindLeadMinutes: null,
};
const types = [
  { id: 5, name: 'Meeting', archived: false },
  { id: 6, name: 'Fax', archived: true },
];

type Block = { type: string; block_id?: string; label?: { text: string }; element?: Record<string, unknown> };
const input = (blocks: unknown[], field: string) =>
  (blocks as Block[]).find((b) => b.type === 'input' && b.block_id?.startsWith(`${field}.`));

describe('the activity modal', () => {
  it('is a valid modal carrying every field, prefilled, under the revision’s block ids', () => {
    const view = activityModal({
      m: messages('en'),
      values,
      types,
      metadata: { mode: 'edit', activityId: 12, version: 3, channelId: 'C1', revision: 2 },
      footer: 'Activity #12',
    });
    expect(validateView(view, 'modal')).toEqual({ ok: true, messages: [] });
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({
      mode: 'edit',
      activityId: 12,
      version: 3,
      channelId: 'C1',
      revision: 2,
    });
    expect(view.title?.text).toBe('Edit activity');
    expect(input(view.blocks, 'person')).toMatchObject({
      block_id: 'person.2',
      dispatch_action: true,
      element: { type: 'external_select', initial_option: { value: '3' } },
    });
    expect(input(view.blocks, 'linkOrganization')?.element?.initial_options).toHaveLength(1);
    expect(JSON.stringify(input(view.blocks, 'linkOrganization'))).toContain('Also show it on Acme AB');
    expect(input(view.blocks, 'type')).toMatchObject({
      dispatch_action: true,
      element: { initial_option: { value: '5' } },
    });
    expect(JSON.stringify(input(view.blocks, 'type'))).toContain('Fax (archived)');
    expect(input(view.blocks, 'status')?.element?.initial_option).toMatchObject({ value: 'IN_PROGRESS' });
    expect(input(view.blocks, 'start')?.element?.initial_date_time).toBe(1772442000);
    expect(input(view.blocks, 'end')?.element?.initial_date_time).toBeUndefined();
    expect(input(view.blocks, 'private')?.element?.initial_options).toHaveLength(1);
    expect(JSON.stringify(view.blocks.at(-1))).toContain('Activity #12');
  });

  it('offers the organization link only when there is an organization to link', () => {
    const view = activityModal({
      m: messages('en'),
      values: { ...values, linkableOrganization: null },
      types,
      metadata: { mode: 'create', revision: 0 },
    });
    expect(input(view.blocks, 'linkOrganization')).toBeUndefined();
    expect(view.title?.text).toBe('Log activity');
  });

  it('stays a valid modal with a clear word when there are no types to choose', () => {
    const view = activityModal({
      m: messages('sv'),
      values: { ...values, typeId: null },
      types: [],
      metadata: { mode: 'create', revision: 0 },
    });
    expect(validateView(view, 'modal')).toEqual({ ok: true, messages: [] });
    expect(input(view.blocks, 'type')).toBeUndefined();
    expect(JSON.stringify(view.blocks)).toContain('Det finns inga aktivitetstyper');
  });

  it('keeps long names within Slack’s option limits', () => {
    const view = activityModal({
      m: messages('en'),
      values: { ...values, person: { id: 3, name: 'P'.repeat(200) } },
      types: [{ id: 5, name: 'T'.repeat(200), archived: false }],
      metadata: { mode: 'create', revision: 0 },
    });
    expect(validateView(view, 'modal')).toEqual({ ok: true, messages: [] });
  });

  it('after a refused save: a warning with Use current values, and a line under each field changed meanwhile', () => {
    const view = activityModal({
      m: messages('sv'),
      values,
      types,
      metadata: { mode: 'edit', activityId: 12, version: 4, revision: 3, changed: ['subject'] },
      warning: ':warning: Någon sparade',
      takeCurrent: true,
      hints: { subject: 'Ändrat av <@UBEN>: nu «Annat»' },
    });
    expect(validateView(view, 'modal')).toEqual({ ok: true, messages: [] });
    expect(view.blocks[0]).toMatchObject({
      type: 'section',
      accessory: { action_id: 'activity_form_take_current', text: { text: 'Använd aktuella värden' } },
    });
    const subjectAt = view.blocks.findIndex((b) => b.block_id === 'subject.3');
    expect(view.blocks[subjectAt + 1]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Ändrat av <@UBEN>: nu «Annat»' }],
    });
    expect(view.blocks.filter((b) => b.type === 'context')).toHaveLength(1);
  });
});
