import { ValidationError } from '../../../src/domain/validation-error';
import { messages } from '../../../src/i18n';
import { fieldErrors } from '../../../src/slack/app-errors/form-fields';
import {
  activityFormFields,
  readFormMetadata,
  readFormValues,
  toActivityInput,
} from '../../../src/slack/listeners/activities/read-activity-form';
import { type ActivityFormValues, activityModal } from '../../../src/slack/views/activities/activity-modal';

const drawn: ActivityFormValues = {
  person: { id: 3, name: 'Pia Person' },
  linkableOrganization: { id: 4, name: 'Acme AB' },
  linkOrganization: false,
  typeId: 5,
  subject: 'Review',
  status: 'NOT_STARTED',
  startAt: new Date('2026-03-02T09:00:00Z'),
  endAt: null,
  responsibleSlackUserId: 'UANNA',
  notes: '',
  isPrivate: false,
  remindLeadMinutes: null,
};

const NEVER = { preset: 'never', count: null, until: null };

function form(revision = 1) {
  const view = activityModal({
    m: messages('en'),
    values: drawn,
    types: [{ id: 5, name: 'Meeting', archived: false }],
    metadata: { mode: 'create', channelId: 'C1', revision },
  });
  return { blocks: view.blocks as unknown[], private_metadata: view.private_metadata ?? '' };
}

describe('reading the activity form back', () => {
  it('reads what it drew when the user changed nothing', () => {
    // A new activity's form offers Repeat (product §3.6), drawn as never.
    expect(readFormValues(form())).toEqual({ ...drawn, linkableOrganization: null, repeat: NEVER });
    expect(readFormMetadata(form())).toEqual({ mode: 'create', channelId: 'C1', revision: 1 });
  });

  it('prefers what the user entered, and turns it into the rules’ input', () => {
    const view = {
      ...form(),
      state: {
        values: {
          'subject.1': { activity_form_subject: { type: 'plain_text_input', value: 'Typed' } },
          'end.1': { activity_form_end: { type: 'datetimepicker', selected_date_time: 1772449200 } },
          'linkOrganization.1': {
            activity_form_link: {
              type: 'checkboxes',
              selected_options: [{ value: 'link', text: { text: 'x' } }],
            },
          },
          'person.1': { person_picker: { type: 'external_select', selected_option: { value: 'nonsense' } } },
          'remind.1': { activity_form_remind: { type: 'static_select', selected_option: { value: '30' } } },
        },
      },
    };
    expect(toActivityInput(readFormValues(view))).toEqual({
      personId: 0,
      linkOrganization: true,
      typeId: 5,
      subject: 'Typed',
      status: 'NOT_STARTED',
      startAt: drawn.startAt,
      endAt: new Date('2026-03-02T11:00:00Z'),
      responsibleSlackUserId: 'UANNA',
      notes: '',
      isPrivate: false,
      remindLeadMinutes: 30,
      repeat: NEVER,
    });
  });

  it('reads "No reminder" as none and an option it never offered as a value the rules refuse', () => {
    const chosen = (value: string) => ({
      ...form(),
      state: {
        values: {
          'remind.1': { activity_form_remind: { type: 'static_select', selected_option: { value } } },
        },
      },
    });
    expect(readFormValues(chosen('none')).remindLeadMinutes).toBeNull();
    expect(readFormValues(chosen('45')).remindLeadMinutes).toBe(45);
    expect(readFormValues(chosen('<bad>')).remindLeadMinutes).toBe(-1);
  });

  it('reads a custom rule and the scope of an edit of an occurrence; As it is leaves the rule out of the input', () => {
    const drawnEdit = (repeat: ActivityFormValues['repeat']) => {
      const view = activityModal({
        m: messages('en'),
        values: { ...drawn, repeat, scope: 'this' },
        types: [{ id: 5, name: 'Meeting', archived: false }],
        metadata: { mode: 'edit', activityId: 9, version: 2, revision: 2 },
        asksScope: true,
        storedRule: 'every 2 years on 8 December',
      });
      return { blocks: view.blocks as unknown[], private_metadata: view.private_metadata ?? '' };
    };
    const custom = {
      preset: 'custom' as const,
      custom: { unit: 'week' as const, interval: 3, weekdays: ['MO' as const, 'TH' as const] },
      count: null,
      until: '2027-06-30',
    };
    const view = drawnEdit(custom);
    expect(readFormValues(view)).toMatchObject({ repeat: custom, scope: 'this' });
    const answered = {
      ...view,
      state: {
        values: {
          'scope.2': {
            activity_form_scope: { type: 'radio_buttons', selected_option: { value: 'following' } },
          },
          'repeatInterval.2': { activity_form_repeat_interval: { type: 'number_input', value: '1.5' } },
        },
      },
    };
    expect(readFormValues(answered)).toMatchObject({
      repeat: { custom: { interval: 0 } },
      scope: 'following',
    });
    const stored = drawnEdit({ preset: 'stored' });
    expect(readFormValues(stored).repeat).toEqual({ preset: 'stored' });
    expect(toActivityInput(readFormValues(stored))).not.toHaveProperty('repeat');
  });

  it('ignores metadata it did not write', () => {
    expect(readFormMetadata({ blocks: [], private_metadata: 'oops' })).toBeNull();
    expect(readFormMetadata({ blocks: [], private_metadata: '{"mode":"delete","revision":0}' })).toBeNull();
  });

  it('puts each error next to its input, and errors without one next to the person', () => {
    const view = form(4);
    const errorsByBlock = (shown: typeof view, texts: Record<string, string>) =>
      fieldErrors(
        new ValidationError(
          Object.fromEntries(Object.entries(texts).map(([field, text]) => [field, () => text])),
        ),
        messages('en'),
        { view: shown, fields: activityFormFields(shown) },
      );
    expect(errorsByBlock(view, { subject: 'Too long', isPrivate: 'Hm', status: 'Bad' })).toEqual({
      'subject.4': 'Too long',
      'private.4': 'Hm',
      'status.4': 'Bad',
    });
    const noLink = {
      ...view,
      blocks: view.blocks.filter(
        (b) => !(b as { block_id?: string }).block_id?.startsWith('linkOrganization'),
      ),
    };
    expect(errorsByBlock(noLink, { person: 'Who?', linkOrganization: 'No' })).toEqual({
      'person.4': 'Who? No',
    });
  });
});
