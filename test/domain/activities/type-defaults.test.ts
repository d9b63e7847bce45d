import { applyTypeDefaults } from '../../../src/domain/activities/type-defaults';
import { PLAIN_WEEK } from '../../../src/domain/calendar/work-calendar';

const context = {
  now: new Date('2026-03-06T09:00:00Z'),
  timezone: 'Europe/Stockholm',
  calendar: PLAIN_WEEK,
};
const followUp = {
  id: 7,
  defaultSubject: 'Follow up the offer',
  defaultDueDays: 2,
  reminderLeadMinutes: null,
};
const meeting = { id: 3, defaultSubject: 'Meeting notes', defaultDueDays: null, reminderLeadMinutes: 15 };
const call = { id: 4, defaultSubject: null, defaultDueDays: null, reminderLeadMinutes: 5 };
const empty = { subject: '', startAt: null, endAt: null, remindLeadMinutes: null };

describe('type defaults in the activity form (product §3.5)', () => {
  it('fills an empty subject and sets the end the given working days after start', () => {
    const { form, applied } = applyTypeDefaults(empty, followUp, { ...context, previous: null });
    // Friday 10:00 in Stockholm + 2 working days = Tuesday 10:00.
    expect(form).toEqual({
      subject: 'Follow up the offer',
      startAt: null,
      endAt: new Date('2026-03-10T09:00:00Z'),
      remindLeadMinutes: null,
    });
    expect(applied).toEqual({ typeId: 7, subject: 'Follow up the offer', endAt: form.endAt, remind: null });
  });

  it('never overwrites what the user wrote', () => {
    const typed = {
      subject: 'My own words',
      startAt: null,
      endAt: new Date('2026-03-20T09:00:00Z'),
      remindLeadMinutes: 30,
    };
    const { form, applied } = applyTypeDefaults(typed, followUp, { ...context, previous: null });
    expect(form).toEqual(typed);
    expect(applied).toEqual({ typeId: 7 });
  });

  it('replaces what an earlier type choice filled in', () => {
    const first = applyTypeDefaults(empty, followUp, { ...context, previous: null });
    const second = applyTypeDefaults(first.form, meeting, { ...context, previous: first.applied });
    expect(second.form.subject).toBe('Meeting notes');
    // The meeting has no due offset: the follow-up's end stays, as a value the user can see and change.
    expect(second.form.endAt).toEqual(first.form.endAt);
  });

  it('counts from the chosen start', () => {
    const start = new Date('2026-03-02T07:00:00Z');
    const { form } = applyTypeDefaults({ ...empty, startAt: start }, followUp, {
      ...context,
      previous: null,
    });
    expect(form.endAt).toEqual(new Date('2026-03-04T07:00:00Z'));
  });

  it('prefills Remind me with the type’s lead, replaces it on another type, keeps the user’s own (product §5.4)', () => {
    const first = applyTypeDefaults(empty, meeting, { ...context, previous: null });
    expect(first.form.remindLeadMinutes).toBe(15);
    const second = applyTypeDefaults(first.form, call, { ...context, previous: first.applied });
    expect(second.form.remindLeadMinutes).toBe(5);
    const own = applyTypeDefaults({ ...second.form, remindLeadMinutes: 60 }, meeting, {
      ...context,
      previous: second.applied,
    });
    expect(own.form.remindLeadMinutes).toBe(60);
    const none = applyTypeDefaults(first.form, followUp, { ...context, previous: first.applied });
    expect(none.form.remindLeadMinutes).toBeNull();
  });
});
