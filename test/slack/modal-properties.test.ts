import type { App } from '@slack/bolt';
import fc from 'fast-check';
import { sv } from '../../src/i18n/sv';
import { registerListeners } from '../../src/slack/listeners';
import type { ListenerDeps } from '../../src/slack/listeners/deps';
import { ACTIVITY_FORM } from '../../src/slack/views/activities/activity-modal';
import { ADMIN_CALLBACKS, TYPE_LIST } from '../../src/slack/views/admin/admin-ids';
import { PRIVACY_ACTIONS, PRIVACY_CALLBACKS, PRIVACY_INPUTS } from '../../src/slack/views/admin/privacy-ids';
import { TEAM_CALLBACKS, TEAM_LIST } from '../../src/slack/views/admin/team-ids';
import { TOKEN_CALLBACKS, TOKEN_LIST } from '../../src/slack/views/admin/token-ids';
import {
  WORKSPACE_SETTINGS_ACTIONS,
  WORKSPACE_SETTINGS_CALLBACK,
} from '../../src/slack/views/admin/workspace-settings-ids';
import { CONTACT_CALLBACKS } from '../../src/slack/views/contacts/contact-ids';
import { PLAN_ACTIONS, PLAN_CALLBACKS, PLAN_LIST } from '../../src/slack/views/plans/plan-ids';
import { OUTCOME_FORM, RESCHEDULE_FORM } from '../../src/slack/views/reminders/outcome-forms';
import { SETTINGS_FORM } from '../../src/slack/views/settings/settings-modal';
import { createToken } from '../api/api-client';
import { addOrganization, addPerson, workspaceOf } from '../support/fixtures/activities';
import { adminModalSteps } from '../support/fixtures/admin-modal';
import { nastyNumber, nastyString, PROPERTY_SEED } from '../support/nasty-values';
import { rowCounts } from '../support/row-counts';
import type { SlackView } from '../support/slack-double';
import { initialViewState, inputSlots } from '../support/slack-double/view-state/view-state';
import { startTestApp, type TestApp } from '../support/test-app';

/** Submissions per input: a few of each kind of bad value, quick enough to run on every push. */
const RUNS_PER_FIELD = 8;
const USER = 'USVEN';
const CHANNEL = 'CSALES';

type Json = Record<string, unknown>;
type Element = { type: string; action_id: string; options?: Json[]; min_value?: string; max_value?: string };

/** Every modal callback the app registers, read from a registration on a recording stand-in for Bolt. */
function registeredViewCallbacks(): string[] {
  const callbacks: string[] = [];
  const recorder = new Proxy(
    {},
    {
      get: (_target, method) => (constraint: unknown) => {
        if (method === 'view')
          callbacks.push(String((constraint as { callback_id?: string }).callback_id ?? constraint));
      },
    },
  );
  registerListeners(recorder as App, {} as ListenerDeps);
  return callbacks.sort();
}

/** A value a person could pick or type that the form accepts, per element type. */
function plausible(element: Element): unknown {
  switch (element.type) {
    case 'static_select':
    case 'radio_buttons':
      return element.options?.[0]?.value;
    case 'multi_static_select':
    case 'checkboxes':
      return [element.options?.[0]?.value];
    case 'users_select':
      return 'UANNA';
    case 'multi_users_select':
      return ['UANNA'];
    case 'conversations_select':
    case 'channels_select':
      return CHANNEL;
    case 'email_text_input':
      return 'kim@example.com';
    case 'number_input':
      return element.min_value ?? '1';
    case 'datepicker':
      return '2026-03-10';
    case 'datetimepicker':
      return 1_772_442_000;
    case 'timepicker':
      return '09:00';
    default:
      return 'Test value';
  }
}

/** What could arrive from Slack for an element, however unlikely (static options stay Slack's own). */
function nastyFor(element: Element): fc.Arbitrary<unknown> | null {
  switch (element.type) {
    case 'plain_text_input':
    case 'email_text_input':
    case 'url_text_input':
    case 'timepicker':
    case 'users_select':
    case 'conversations_select':
    case 'channels_select':
      return nastyString;
    case 'number_input': {
      // Slack's client sends nothing but numbers here, within min/max when the input has them.
      const min = Number(element.min_value ?? -1e6);
      const max = Number(element.max_value ?? 1e6);
      return fc.oneof(
        fc.integer({ min, max }).map(String),
        nastyNumber.map(String),
        fc.constantFrom('99999999999999999999', '-0', '1e21', '0.1'),
      );
    }
    case 'datepicker':
      return fc.oneof(
        nastyString,
        fc.constantFrom('0000-01-01', '9999-12-31', '10000-01-01', '2026-02-30', '0001-01-01'),
      );
    case 'datetimepicker':
      return fc.oneof(nastyNumber, fc.constantFrom(-62_167_219_200, 253_402_300_800, 1e15));
    case 'external_select':
      return nastyString.map((value) => ({ text: { type: 'plain_text', text: 'x' }, value }));
    case 'multi_users_select':
      return fc.array(nastyString, { maxLength: 3 });
    default:
      return null;
  }
}

const poisoned = (value: unknown): boolean =>
  JSON.stringify(value ?? null).match(/\\u0000|\\ud[89a-f]/i) !== null;

describe('every modal the app registers, every input, random bad values', () => {
  let t: TestApp;
  const admin = adminModalSteps(() => t);
  let ids: {
    person: number;
    organization: number;
    team: number;
    token: number;
    type: number;
    activity: number;
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { ADMIN_SLACK_USER_IDS: USER } });
    t.double.addUser({ id: USER, name: 'sven', locale: 'sv-SE' });
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    t.double.addChannel({ id: CHANNEL, name: 'sales', isMember: true });
    const prisma = t.app.database.prisma;
    const workspace = await workspaceOf(t);
    const organization = await addOrganization(prisma, workspace.id, 'Acme AB');
    const person = await addPerson(prisma, workspace.id, {
      name: 'Pia Person',
      organizationId: organization.id,
    });
    await createToken(t, ['activities:read'], 'Revocable');
    const token = await prisma.apiToken.findFirstOrThrow({ where: { name: 'Revocable' } });
    const team = await prisma.team.create({ data: { workspaceId: workspace.id, name: 'Säljteamet' } });
    const type = await prisma.activityType.findFirstOrThrow({ where: { workspaceId: workspace.id } });
    // Sven is known (and Swedish) before his first modal.
    await t.slack.slashCommand({ command: '/activity', text: 'help', userId: USER });
    const sven = await prisma.employee.findFirstOrThrow({ where: { slackUserId: USER } });
    const meeting = await prisma.activityType.findFirstOrThrow({
      where: { workspaceId: workspace.id, key: 'MEETING' },
    });
    const activity = await prisma.activity.create({
      data: {
        workspaceId: workspace.id,
        personId: person.id,
        typeId: meeting.id,
        subject: 'Möte',
        startAt: new Date(),
        dueAt: new Date(),
        responsibleId: sven.id,
      },
    });
    ids = {
      person: person.id,
      organization: organization.id,
      team: team.id,
      token: token.id,
      type: type.id,
      activity: activity.id,
    };
  }, 60_000);
  afterAll(() => t?.stop());

  async function opened(step: () => Promise<unknown>, method = 'views.open'): Promise<SlackView> {
    const call = await admin.expectCall(method, step);
    const id = (call.response as { view?: { id?: string } }).view?.id;
    if (!id) throw new Error(`${method} did not open a view: ${JSON.stringify(call.response)}`);
    return t.double.view(id)!;
  }

  const command = (text: string) => () =>
    opened(() =>
      t.slack.slashCommand({
        command: text.split(' ')[0]!,
        text: text.split(' ').slice(1).join(' '),
        userId: USER,
        channelId: CHANNEL,
      }),
    );

  const cardButton = (actionId: string, value: number) => () => {
    const card = t.double.workspace.channels.post(CHANNEL, {
      text: 'card',
      user: USER,
      blocks: [
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: actionId,
              value: String(value),
              text: { type: 'plain_text', text: 'Edit' },
            },
          ],
        },
      ],
    });
    return opened(() =>
      t.slack.blockActions({
        userId: USER,
        actionId,
        container: { type: 'message', channelId: CHANNEL, messageTs: card.ts },
      }),
    );
  };

  const adminForm = (actionId: string, callbackId: string) => async () =>
    admin.pushForm(USER, await admin.openAdmin(USER), actionId, callbackId);

  const adminMenu = (menuId: string, option: string) => async () => {
    const list = await admin.openAdmin(USER);
    return opened(
      () =>
        t.slack.blockActions({
          userId: USER,
          actionId: menuId,
          selectedOption: option,
          container: { type: 'view', viewId: list.id },
        }),
      'views.push',
    );
  };

  /** How to get each modal on screen, by its callback id. */
  const openers: Record<string, () => Promise<SlackView>> = {
    [ACTIVITY_FORM]: command('/activity'),
    [CONTACT_CALLBACKS.newContact]: command('/contact new'),
    [CONTACT_CALLBACKS.editPerson]: () => cardButton(`contact_edit_person:${ids.person}`, ids.person)(),
    [CONTACT_CALLBACKS.editOrganization]: () =>
      cardButton(`contact_edit_organization:${ids.organization}`, ids.organization)(),
    [SETTINGS_FORM]: command('/activity settings'),
    [OUTCOME_FORM]: () => cardButton(`outcome_done:${ids.activity}`, ids.activity)(),
    [RESCHEDULE_FORM]: () => cardButton(`outcome_reschedule:${ids.activity}`, ids.activity)(),
    [ADMIN_CALLBACKS.addType]: adminForm(TYPE_LIST.add, ADMIN_CALLBACKS.addType),
    [ADMIN_CALLBACKS.renameType]: () =>
      adminMenu(`${TYPE_LIST.menuPrefix}${ids.type}`, `rename:${ids.type}`)(),
    [ADMIN_CALLBACKS.typeDefaults]: () =>
      adminMenu(`${TYPE_LIST.menuPrefix}${ids.type}`, `defaults:${ids.type}`)(),
    [TEAM_CALLBACKS.save]: adminForm(TEAM_LIST.add, TEAM_CALLBACKS.save),
    [TEAM_CALLBACKS.delete]: () => adminMenu(`${TEAM_LIST.menuPrefix}${ids.team}`, `delete:${ids.team}`)(),
    [TOKEN_CALLBACKS.create]: adminForm(TOKEN_LIST.add, TOKEN_CALLBACKS.create),
    [TOKEN_CALLBACKS.revoke]: () =>
      adminMenu(`${TOKEN_LIST.menuPrefix}${ids.token}`, `revoke:${ids.token}`)(),
    [PRIVACY_CALLBACKS.choose]: adminForm(PRIVACY_ACTIONS.open, PRIVACY_CALLBACKS.choose),
    [WORKSPACE_SETTINGS_CALLBACK]: adminForm(WORKSPACE_SETTINGS_ACTIONS.open, WORKSPACE_SETTINGS_CALLBACK),
    [PLAN_CALLBACKS.save]: async () => {
      const plans = await admin.pushForm(
        USER,
        await admin.openAdmin(USER),
        PLAN_ACTIONS.open,
        PLAN_CALLBACKS.home,
      );
      return admin.pushForm(USER, plans, PLAN_LIST.add, PLAN_CALLBACKS.save);
    },
    [PLAN_CALLBACKS.launch]: command('/activity plan'),
    [PRIVACY_CALLBACKS.erase]: async () => {
      const throwaway = await addPerson(t.app.database.prisma, (await workspaceOf(t)).id, {
        name: 'Ebba Raderas',
      });
      const choose = await adminForm(PRIVACY_ACTIONS.open, PRIVACY_CALLBACKS.choose)();
      await t.slack.viewSubmission({
        userId: USER,
        viewId: choose.id,
        fill: {
          [PRIVACY_INPUTS.person]: {
            text: { type: 'plain_text', text: throwaway.name },
            value: String(throwaway.id),
          },
          [PRIVACY_INPUTS.action]: 'erase',
        },
      });
      return t.double.view(choose.id)!;
    },
  };

  /** Overrides of `plausible` where a form needs a real record. */
  const realValues: Record<string, Json> = {
    [ACTIVITY_FORM]: { Person: { text: { type: 'plain_text', text: 'Pia Person' }, value: '' } },
    [PLAN_CALLBACKS.launch]: { Person: { text: { type: 'plain_text', text: 'Pia Person' }, value: '' } },
  };

  it('covers every modal callback the app registers', () => {
    expect(Object.keys(openers).sort()).toEqual(registeredViewCallbacks());
  });

  it.each(registeredViewCallbacks())(
    '%s: a field error in Swedish or a save, never a failure',
    async (callbackId) => {
      let view = await openers[callbackId]!();
      let delivered = 0;
      expect(view.callback_id).toBe(callbackId);
      const slots = inputSlots(view.blocks);
      const fuzzable = slots.flatMap((slot) => {
        const arbitrary = nastyFor(slot.element as unknown as Element);
        return arbitrary ? [{ slot, arbitrary }] : [];
      });
      /** Required inputs with nothing in them get a plausible value, so only the spoiled one can be wrong. */
      const baseline = (form: SlackView): Json => {
        const initial = initialViewState(form.blocks);
        const fill: Json = {};
        for (const slot of inputSlots(form.blocks)) {
          const state = initial[slot.blockId]?.[slot.actionId] ?? {};
          const empty = Object.values(state).every(
            (v) =>
              v === null ||
              v === undefined ||
              v === '' ||
              (Array.isArray(v) && v.length === 0) ||
              v === slot.element.type,
          );
          if (slot.block.optional !== true && empty)
            fill[slot.blockId] = plausible(slot.element as unknown as Element);
        }
        for (const [label, value] of Object.entries(realValues[callbackId] ?? {})) {
          const slot = inputSlots(form.blocks).find((s) => s.label === label);
          if (slot)
            fill[slot.blockId] =
              label === 'Person' ? { ...(value as Json), value: String(ids.person) } : value;
        }
        return fill;
      };
      const spoiled =
        fuzzable.length > 0
          ? fc.oneof(
              ...fuzzable.map(({ slot, arbitrary }) =>
                arbitrary.map((value) => ({ label: slot.label, blockId: slot.blockId, value })),
              ),
            )
          : fc.constant(null);
      const property = fc.asyncProperty(spoiled, async (chosen) => {
        if (!t.double.isViewOpen(view.id) || t.double.view(view.id)?.callback_id !== callbackId)
          view = await openers[callbackId]!();
        const value = chosen?.value;
        const fill = { ...baseline(view), ...(chosen ? { [chosen.blockId]: value } : {}) };
        const before = await rowCounts(t.app.database);
        const loggedBefore = t.logs.length;
        let result: Awaited<ReturnType<TestApp['slack']['viewSubmission']>>;
        try {
          result = await t.slack.viewSubmission({ userId: USER, viewId: view.id, fill });
          delivered += 1;
        } catch (error) {
          // Slack's own client would not send it (too long, not an e-mail …): nothing to test.
          if (/Slack's client would not submit/.test(String(error))) return;
          throw error;
        }
        const errors = t.logs.slice(loggedBefore).filter((line) => Number(line.level) >= 50);
        expect({ status: result.status, errors }).toEqual({ status: 200, errors: [] });
        const ack = result.ack ?? {};
        if (ack.response_action === 'errors') {
          const messages = Object.values(ack.errors as Record<string, string>);
          expect(messages.join('\n')).not.toContain(sv.errors.generic);
          expect(await rowCounts(t.app.database)).toEqual(before);
        }
        if (chosen && poisoned(value)) {
          expect(ack).toMatchObject({
            response_action: 'errors',
            errors: { [chosen.blockId]: sv.faults.input.unstorableText },
          });
        }
      });
      const numRuns = Math.max(1, RUNS_PER_FIELD * fuzzable.length);
      await fc.assert(property, { numRuns, seed: PROPERTY_SEED });
      // Many runs must reach the app: values Slack's client would refuse prove nothing.
      expect(delivered).toBeGreaterThanOrEqual(numRuns / 3);
    },
  );
});
