import type { AllMiddlewareArgs, SlackOptionsMiddlewareArgs } from '@slack/bolt';
import { touchbase } from '../../request-context';
import { organizationOption, personOption } from '../../views/contacts/contact-options';
import type { ContactListenerDeps } from './contact-deps';

type OptionsArgs = SlackOptionsMiddlewareArgs<'block_suggestion'> & AllMiddlewareArgs;

/** Slack shows at most 100 options; fewer keep the answer quick and the list readable. */
export const PICKER_OPTIONS = 50;

/** Typing in a person picker anywhere in the app: the contact search, archived persons never. */
export function personPickerOptions(deps: ContactListenerDeps) {
  return async ({ ack, payload, context }: OptionsArgs): Promise<void> => {
    const { workspace } = touchbase(context);
    const persons = await deps.contacts.search.persons(workspace.id, payload.value, {
      limit: PICKER_OPTIONS,
    });
    await ack({ options: persons.map(personOption) });
  };
}

/** The same for organization pickers. */
export function organizationPickerOptions(deps: ContactListenerDeps) {
  return async ({ ack, payload, context }: OptionsArgs): Promise<void> => {
    const { workspace } = touchbase(context);
    const organizations = await deps.contacts.search.organizations(workspace.id, payload.value, {
      limit: PICKER_OPTIONS,
    });
    await ack({ options: organizations.map(organizationOption) });
  };
}
