/**
 * English strings of the activities: the form, cards, lists, the detail view and
 * the /activity subcommands. Arguments that users typed arrive escaped already.
 */
export const activities = {
  fields: {
    person: 'Person',
    organization: 'Organization',
    linkOrganization: 'Link to organization',
    type: 'Type',
    subject: 'Subject',
    status: 'Status',
    start: 'Start',
    end: 'End',
    due: 'Due',
    responsible: 'Responsible',
    notes: 'Notes',
    private: 'Only visible to responsible',
    reminder: 'Remind me',
    recurrence: 'Repeat',
  },
  modal: {
    createTitle: 'Log activity',
    editTitle: 'Edit activity',
    save: 'Save',
    cancel: 'Cancel',
    personPlaceholder: 'Search by name, e-mail or phone',
    typePlaceholder: 'Choose a type',
    subjectPlaceholder: 'What is it about?',
    statusPlaceholder: 'Choose a status',
    responsiblePlaceholder: 'Choose a colleague',
    notesPlaceholder: 'Anything worth remembering',
    linkOrganizationOption: (organization: string) => `Also show it on ${organization}`,
    privateOption: 'Only the responsible can see this activity',
    archivedType: (name: string) => `${name} (archived)`,
    editing: (id: number) => `Activity #${id}`,
    createdBy: (who: string, when: string) => `Created ${when} by ${who}`,
    conflict: (who: string, when: string) =>
      `:warning: *${who} saved this activity at ${when}, while you were editing it.* Nothing of yours is saved yet, and everything you entered is still here. Each field changed meanwhile says what it is now (one you had not touched already shows its new value). *Save* puts yours over theirs, or take the current values.`,
    takeCurrent: 'Use current values',
    changedMeanwhile: (who: string, when: string, value: string) =>
      `:pencil2: Changed by ${who} at ${when}: now «${value}»`,
    gone: (id: number) =>
      `Activity #${id} was deleted, or you can no longer see it, so nothing was saved. What you entered is still here: copy what you need before you close the form.`,
    goneToTrash: (id: number) =>
      `Activity #${id} was deleted meanwhile, so nothing was saved. What you entered is still here: restore the activity with \`/activity trash\` and save again.`,
    noTypes: 'There are no activity types to choose from. Ask an admin to add one with `/activity admin`.',
  },
  card: {
    originalMessage: 'Original message',
    heading: (id: number, type: string) => `#${id} · ${type}`,
    overdue: 'overdue',
    private: ':lock: Only visible to the responsible',
    doneNow: 'Done now',
    start: 'Start',
    edit: 'Edit',
    delete: 'Delete',
    undo: 'Undo',
    restore: 'Restore',
    followUp: 'Plan follow-up',
    snoozeTomorrow: ':zzz: Tomorrow',
    snoozeNextWeek: ':zzz: Next week',
    deleted: (id: number, who: string, when: string) => `Activity #${id} was deleted by ${who} on ${when}.`,
    gone: (id: number) => `Activity #${id} no longer exists, or you can no longer see it.`,
  },
  notices: {
    snoozed: (id: number, when: string) => `:zzz: Activity #${id} snoozed until ${when}.`,
    assigned: (id: number, who: string) =>
      `:bust_in_silhouette: ${who} made you responsible for activity #${id}.`,
    saved: (id: number) => `:white_check_mark: Activity #${id} saved.`,
    savedPrivate: (id: number, who: string) =>
      `:white_check_mark: Activity #${id} saved. Only its responsible, ${who}, can see it.`,
    completed: (id: number) => `:white_check_mark: Activity #${id} is done.`,
    started: (id: number) => `:arrow_forward: Activity #${id} is in progress.`,
    deleted: (id: number) =>
      `:wastebasket: Activity #${id} deleted. You can undo this for 30 days. Until then it waits in \`/activity trash\`.`,
    restored: (id: number) => `:leftwards_arrow_with_hook: Activity #${id} is back.`,
  },
  list: {
    filters: {
      open: 'open',
      overdue: 'overdue',
      today: 'due today',
      done: 'done',
      all: 'all',
    },
    own: (filter: string) => `Your activities: ${filter}`,
    ofSomeone: (filter: string, who: string) => `Activities of ${who}: ${filter}`,
    ofPerson: (filter: string, person: string) => `Activities with ${person}: ${filter}`,
    ofOrganization: (filter: string, organization: string) =>
      `Activities linked to ${organization}: ${filter}`,
    filterButtons: { all: 'All', open: 'Open', overdue: 'Overdue', done: 'Done' },
    page: (page: number) => `page ${page}`,
    empty: 'Nothing to show here.',
    more: 'More',
  },
  trash: {
    title: 'Your trash: activities deleted in the last 30 days',
    titleAdmin:
      'Trash: activities deleted in the last 30 days (yours, and your colleagues’ except their private ones)',
    empty: 'The trash is empty. Deleted activities stay here for 30 days, then they are gone for good.',
    until: (date: string) => `Can be restored until ${date}.`,
  },
  detail: {
    notes: 'Notes',
    history: 'History',
    created: (when: string, who: string) => `Created ${when} by ${who}`,
    updated: (when: string, who: string) => `Last changed ${when} by ${who}`,
    olderHistory: (count: number) => `…and ${count} earlier ${count === 1 ? 'entry' : 'entries'}.`,
    events: {
      CREATED: 'created the activity',
      UPDATED: 'changed',
      DELETED: 'deleted the activity',
      RESTORED: 'restored the activity',
    },
    notesChanged: 'the notes',
    yes: 'yes',
    no: 'no',
    empty: '–',
    someone: 'someone',
  },
  command: {
    usage:
      'Try `/activity list`, `/activity list overdue @colleague`, `/activity show 42`, `/activity edit 42`, `/activity done 42` or `/activity trash`.',
    needsId: (subcommand: string) =>
      `\`/activity ${subcommand}\` needs the number of an activity, for example \`/activity ${subcommand} 42\`.`,
    listArguments: (word: string) =>
      `I did not understand “${word}”. Use \`/activity list [open|overdue|today|done|all] [@colleague]\`, for example \`/activity list overdue @anna\`.`,
    unknownUser: 'I could not find that user in this workspace.',
    trashArguments: '`/activity trash` takes nothing more: it lists what you deleted in the last 30 days.',
  },
  errors: {
    personRequired: 'Choose the person this activity is about.',
    personUnknown: 'That person is not in the contact register.',
    personArchived: 'That person is archived. Choose an active person.',
    typeRequired: 'Choose a type.',
    typeUnknown: 'That type does not exist.',
    typeArchived: 'That type is archived and can no longer be chosen.',
    subjectRequired: 'Write a short subject.',
    subjectTooLong: (max: number, length: number) =>
      `The subject may be at most ${max} characters (this one has ${length}).`,
    statusUnknown: 'Choose Not started, In progress or Done.',
    startRequired: 'Give a start date and time.',
    timeInvalid: 'That is not a valid date and time.',
    endBeforeStart: 'The end cannot be before the start.',
    responsibleRequired: 'Choose who is responsible.',
    responsibleUnknown: 'That user is not a member of this workspace.',
    responsibleBot: 'A bot cannot be responsible. Choose a colleague.',
    responsibleDeactivated: 'That user is deactivated. Choose a colleague.',
    responsibleForeign: 'That user belongs to another workspace. Choose a colleague from this one.',
    responsibleGuest: 'Guests cannot be responsible. Choose a colleague.',
    notesTooLong: (max: number, length: number) =>
      `The notes may be at most ${max} characters (these have ${length}).`,
    notFound: (id: number) => `There is no activity #${id} that you can see.`,
    conflict: (id: number) => `Someone else saved activity #${id} while you were editing it.`,
  },
  refusals: {
    reassigned: (id: number, who: string) =>
      `Activity #${id} has been handed over to ${who} meanwhile, so nothing was done. This is how it is now.`,
    alreadyDone: (id: number) => `Activity #${id} is already done.`,
    alreadyInProgress: (id: number) => `Activity #${id} is already in progress.`,
    deleted: (id: number) => `Activity #${id} has been deleted.`,
    notDeleted: (id: number) => `Activity #${id} is not deleted; there is nothing to undo.`,
    undoExpired: (id: number) =>
      `Activity #${id} was deleted more than 30 days ago and can no longer be restored.`,
    notAllowed: (id: number) =>
      `Only the creator, the responsible or an admin may delete or restore activity #${id}.`,
  },
};
