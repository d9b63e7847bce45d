/**
 * Action ids of the contact pickers (`external_select`). Every modal that lets
 * users choose a person or an organization uses these, so one options listener
 * (backed by the contact search) serves them all.
 */
export const PERSON_PICKER = 'person_picker';
export const ORGANIZATION_PICKER = 'organization_picker';
