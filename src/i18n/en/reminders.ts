/**
 * English strings of reminders before an activity (product §5.4): the DM, its
 * buttons, what it turns into when the activity changes, the *Remind me* choices.
 * sv/reminders.ts has the same keys.
 */
export const reminders = {
  leadNone: 'No reminder',
  leadAtStart: 'At the start',
  leadBefore: (minutes: number) =>
    minutes === 1440 ? '1 day before' : minutes === 60 ? '1 hour before' : `${minutes} minutes before`,
  title: (when: string) => `:alarm_clock: *Reminder:* starts ${when}`,
  titleStarted: (when: string) => `:alarm_clock: *Reminder:* started ${when}`,
  start: 'Start',
  notes: 'Notes',
  later15: ':zzz: 15 min',
  later60: ':zzz: 1 hour',
  open: 'Open',
  remindAgain: (when: string) => `:zzz: I will remind you again at ${when}.`,
  done: ':white_check_mark: Done: nothing more to remind you of.',
  handedOver: (who: string) => `:bust_in_silhouette: Handed over to ${who}, who gets the reminder instead.`,
  moved: (when: string) => `:calendar: Moved: it now starts ${when}.`,
  movedRemindAgain: (when: string) =>
    `:calendar: Moved: it now starts ${when}. You will be reminded again before then.`,
  turnedOff: 'The reminder for this activity was turned off.',
  notYours: 'Only the responsible can snooze this reminder.',
  errors: {
    lead: 'Choose a reminder time from the list.',
  },
  admin: {
    lead: 'Reminder',
    leadHint: 'Prefills Remind me when someone logs an activity of this type; they can change it.',
    summary: (lead: string) => `reminder: ${lead}`,
  },
};
