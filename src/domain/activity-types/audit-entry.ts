/** What the audit log says was done to a type: names and settings only, never anyone's personal data. */
export type ActivityTypeAction =
  | 'activity_type.added'
  | 'activity_type.renamed'
  | 'activity_type.moved'
  | 'activity_type.archived'
  | 'activity_type.unarchived'
  | 'activity_type.defaults_changed';
