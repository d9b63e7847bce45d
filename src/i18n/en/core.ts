/** English strings shared by every part of the app. sv/core.ts has the same keys. */
export const core = {
  /** Which language these strings are, for text chosen outside the dictionary (activity type names). */
  locale: 'en' as 'en' | 'sv',
  help: {
    fallback: 'Touchbase: log and follow up customer contacts. Commands: /activity, /contact.',
    title: 'Touchbase — log and follow up customer contacts',
    intro: 'Log calls, meetings, e-mails and visits with your contacts, and follow up what is unfinished.',
    activitiesHeading: 'Activities',
    contactsHeading: 'Contacts',
    elsewhereHeading: 'Elsewhere in Slack',
    commands: {
      activity: 'open the *Log activity* form',
      activityText:
        'the same form, prefilled from your text: person, start and subject, e.g. `/activity call Anna tomorrow 10:00`, `on Friday afternoon`, `next week`, `in 2 days`, `3 PM`',
      list: 'your activities: `open`, `overdue`, `today`, `done` or `all`, optionally someone else’s',
      show: 'show, edit or complete one activity by its number',
      trashCommand: '/activity trash',
      trash:
        'what you deleted in the last 30 days, with *Restore* (admins: everyone’s but others’ private ones)',
      plan: 'start an activity plan for a person: every step becomes an activity, e.g. `/activity plan New customer Anna Berg`',
      stats:
        'statistics with a chart, shown to you alone, e.g. `/activity stats month @anna`; add `share` to post them in the conversation',
      export: 'the activities you can see as a CSV file, sent to you in a direct message',
      settings: 'your language and daily digest settings',
      admin: 'workspace settings, activity types, teams and API tokens (admins only)',
      help: 'this help',
      contactSearch: 'find a person or organization by name, e-mail, phone or number',
      contactNew: 'add a person or an organization',
    },
    shortcuts:
      'The *Log activity* shortcut (⚡ menu) and *Log as activity* on any message; your unfinished activities in the Touchbase *Home* tab.',
    close: 'Close',
  },
  errors: {
    generic: 'Something went wrong on our side. Please try again in a moment.',
  },
  status: {
    NOT_STARTED: 'Not started',
    IN_PROGRESS: 'In progress',
    DONE: 'Done',
  },
  activityTypes: {
    INCOMING_CALL: 'Incoming call',
    OUTGOING_CALL: 'Outgoing call',
    MEETING: 'Meeting',
    EMAIL: 'E-mail',
    SMS: 'SMS',
    VISIT: 'Visit',
    FOLLOW_UP: 'Follow-up',
  },
};
