const activityCount = (n: number) => (n === 1 ? '1 activity' : `${n} activities`);

/** English strings of data protection in `/activity admin` (product §8). sv/privacy.ts has the same keys. */
export const privacy = {
  heading: 'Data protection',
  intro:
    'Export everything Touchbase stores about a person (JSON, to your direct messages), or erase the person with their activities and history. Erasures and exports are recorded in the audit log without personal data.',
  open: 'Export or erase a person…',
  formTitle: 'Data protection',
  continue: 'Continue',
  personLabel: 'Person',
  personHint: 'Search by name, e-mail, phone or external id; archived persons are included.',
  archived: 'archived',
  actionLabel: 'What to do',
  exportOption: 'Export their data (JSON to my DMs)',
  eraseOption: 'Erase the person…',
  confirmTitle: 'Erase person',
  confirmButton: 'Erase',
  confirmQuestion: (name: string, activities: number, history: number) =>
    `Erase *${name}* for good? This deletes the person, ${activities === 1 ? '1 activity' : `${activities} activities`} about them (deleted and private ones included) and ${history === 1 ? '1 history entry' : `${history} history entries`}. Other activities' history that names them is redacted. This cannot be undone.`,
  confirmAudit:
    'The audit log keeps who erased whom and when, with the counts, never the name or contact details.',
  exportIncludesPrivate:
    'An export includes private and deleted activities: the right of access covers everything stored about the person. The audit log records that.',
  exported: (name: string, activities: number, privates: number) =>
    `Sent the data of *${name}* to your direct messages: ${activityCount(activities)}, ${privates === 1 ? '1 of them private' : `${privates} of them private`} (private activities are included, as the right of access requires; the audit log says so).`,
  exportComment: (name: string, activities: number, privates: number) =>
    `Everything Touchbase stores about ${name} (a GDPR data export): ${activityCount(activities)}, private ones included (${privates}). Handle it with care.`,
  exportFailed: 'The export could not be uploaded to your direct messages. Please try again.',
  erased: (activities: number, history: number) =>
    `Erased the person, ${activities === 1 ? '1 activity' : `${activities} activities`} and ${history === 1 ? '1 history entry' : `${history} history entries`}.`,
  choosePerson: 'Choose a person from the list.',
};
