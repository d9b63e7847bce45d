import type { ActivityRecord } from '../../../../src/domain/activities/activity-record';
import type { ActivityPlan } from '../../../../src/domain/plans/plan';
import { en } from '../../../../src/i18n/en';
import { sv } from '../../../../src/i18n/sv';
import { launchConfirmation } from '../../../../src/slack/views/plans/launch-confirmation';
import { launchModal } from '../../../../src/slack/views/plans/launch-modal';
import { planForm } from '../../../../src/slack/views/plans/plan-form';
import { plansLine, plansSection } from '../../../../src/slack/views/plans/plans-section';

const hostile: ActivityPlan = {
  id: 7,
  workspaceId: 1,
  name: '<!channel> *VIP*',
  archived: false,
  steps: [
    {
      position: 1,
      type: { id: 3, names: { en: 'Visit', sv: 'Besök' }, archived: false },
      subject: 'Hi <@U999>',
      offsetDays: 2,
      responsibleKind: 'named',
      named: { id: 4, slackUserId: 'UBEN', name: 'Ben & <!here>' },
    },
  ],
};

describe('plan views (product §3.7)', () => {
  it('escapes what admins typed in the admin list and line, in the reader’s language', () => {
    const section = JSON.stringify(plansSection(sv, [hostile], 0));
    expect(section).toContain('*&lt;!channel&gt; *VIP** · 1 steg');
    expect(section).toContain('dag 2: Besök ”Hi &lt;@U999&gt;” (Ben &amp; &lt;!here&gt;)');
    expect(section).not.toContain('<!channel>');
    expect(JSON.stringify(plansLine(en, [hostile]))).toContain('*Plans*\\n&lt;!channel&gt; *VIP*');
  });

  it('keeps the plan form inside Slack’s limits with the most steps a plan may have', () => {
    const full: ActivityPlan = {
      ...hostile,
      steps: Array.from({ length: 10 }, (_, index) => ({ ...hostile.steps[0]!, position: index + 1 })),
    };
    const form = planForm(en, { plan: full, types: [], state: { plansPage: 0 } });
    expect(form.blocks.length).toBeLessThanOrEqual(100);
    expect(form.blocks.filter((block) => block.type === 'input')).toHaveLength(1 + 10 * 6);
  });

  it('shows each step’s working day in Swedish in the launch view', () => {
    const view = launchModal(sv, {
      draft: {
        plans: [{ id: 7, name: hostile.name }],
        plan: { id: 7, name: hostile.name },
        person: { id: 1, name: 'Pia <Person>' },
        launchDate: '2026-12-22',
        steps: [
          {
            position: 1,
            typeNames: { en: 'Visit', sv: 'Besök' },
            subject: 'Hi <@U999>',
            offsetDays: 2,
            date: '2026-12-28',
            responsibleKind: 'named',
            responsibleSlackUserId: 'UBEN',
          },
        ],
      },
      metadata: { revision: 3, personId: 1, channelId: null, pushed: false, planId: 7 },
    });
    const text = JSON.stringify(view.blocks);
    expect(view.title).toMatchObject({ text: 'Starta plan' });
    expect(text).toContain('*Person:* Pia &lt;Person&gt;');
    expect(text).toContain('*1. Besök* — Hi &lt;@U999&gt;\\n:calendar: mån 28 dec. 2026');
    expect(text).toContain('"block_id":"plan_launch.3.step0"');
  });

  it('lists what a launch created, escaped, and no more than the launcher may see', () => {
    const record = (id: number, isPrivate: boolean) =>
      ({
        id,
        subject: 'Hi <@U999>',
        isPrivate,
        startAt: new Date('2026-12-28T07:00:00Z'),
        deletedAt: null,
        workspaceId: 1,
        person: { id: 1, name: 'Pia <Person>', organization: null },
        type: { id: 3, key: 'VISIT', archived: false, names: { en: 'Visit', sv: 'Besök' } },
        responsible: { id: 4, slackUserId: 'UBEN', name: 'Ben' },
      }) as unknown as ActivityRecord;
    const viewer = {
      workspaceId: 1,
      employeeId: 2,
      slackUserId: 'UANNA',
      isAdmin: false,
      locale: 'en' as const,
      timezone: 'Europe/Stockholm',
    };
    const message = launchConfirmation(en, viewer, {
      plan: { id: 7, name: hostile.name },
      created: [
        { record: record(11, false), tell: null, affected: [] },
        { record: record(12, true), tell: null, affected: [] },
      ],
    });
    expect(message.text).toContain(
      'Started *&lt;!channel&gt; *VIP** for Pia &lt;Person&gt;: 2 activities created.',
    );
    expect(message.text).toContain('#11 · 28 Dec 2026 08:00 · Visit — Hi &lt;@U999&gt; · <@UBEN>');
    expect(message.text).toContain('#12 · <@UBEN>');
    expect(message.text).not.toContain('#12 · 28 Dec');
  });
});
