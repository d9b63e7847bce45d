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
    duration: 'Give a duration from 5 to 1440 minutes.',
    followUpStart: 'Choose when the follow-up starts.',
    followUpType: 'Choose the follow-up’s type.',
  },
  folded: {
    assigned: (count: number, who: string) =>
      count === 1
        ? `:bust_in_silhouette: *1 new activity assigned to you by ${who}*`
        : `:bust_in_silhouette: *${count} new activities assigned to you by ${who}*`,
    waiting: (count: number) =>
      count === 1
        ? ':sunrise: *While you were off, 1 thing waited for your working time*'
        : `:sunrise: *While you were off, ${count} things waited for your working time*`,
    someone: 'someone',
  },
  outcome: {
    question: (person: string) => `:speech_balloon: *How did it go with ${person}?*`,
    ended: (when: string) => `Ended ${when}`,
    done: 'Done…',
    notYet: 'Not yet',
    reschedule: 'Reschedule',
    postponed: (when: string) => `:hourglass_flowing_sand: I will ask again ${when}.`,
    recorded: ':white_check_mark: Done, with the outcome in the notes.',
    followUpPlanned: (id: number, when: string) => `:calendar: Follow-up #${id} planned for ${when}.`,
    rescheduled: (when: string) => `:calendar: Rescheduled: it now starts ${when}.`,
    title: 'How did it go?',
    rescheduleTitle: 'Reschedule',
    save: 'Save',
    cancel: 'Cancel',
    notes: 'Outcome',
    notesHint: 'Added to the activity’s notes with today’s date and time.',
    notesPlaceholder: 'What happened, and what was agreed',
    followUp: 'Plan follow-up',
    followUpOption: 'Plan a follow-up with the same person',
    followUpStart: 'Follow-up starts',
    followUpType: 'Follow-up type',
    newStart: 'New start',
  },
  admin: {
    lead: 'Reminder',
    leadHint: 'Prefills Remind me when someone logs an activity of this type; they can change it.',
    summary: (lead: string) => `reminder: ${lead}`,
    askOutcome: 'After it ends',
    askOutcomeOption: 'Ask the responsible how it went',
    duration: 'Default duration (minutes)',
    durationHint: 'When an activity has no end, it is taken to end this long after its start.',
    asksOutcome: (minutes: number) => `asks how it went (lasts ${minutes} min)`,
  },
};
