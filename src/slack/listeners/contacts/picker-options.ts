import type { AllMiddlewareArgs, SlackOptionsMiddlewareArgs } from '@slack/bolt';
import type { PlainTextOption } from '@slack/types';
import { touchbase } from '../../request-context';
import { organizationOption, personOption } from '../../views/contacts/contact-options';
import type { ContactListenerDeps } from './contact-deps';

type OptionsArgs = SlackOptionsMiddlewareArgs<'block_suggestion'> & AllMiddlewareArgs;

/** Slack shows at most 100 options; fewer keep the answer quick and the list readable. */
export const PICKER_OPTIONS = 50;

/** A picker's options: the hits of `search` for what was typed, as options. */
function pickerOptions<Hit>(
  search: (workspaceId: number, text: string, options: { limit: number }) => Promise<Hit[]>,
  toOption: (hit: Hit) => PlainTextOption,
) {
  return async ({ ack, payload, context }: OptionsArgs): Promise<void> => {
    const { workspace } = touchbase(context);
    const hits = await search(workspace.id, payload.value, { limit: PICKER_OPTIONS });
    await ack({ options: hits.map(toOption) });
  };
}

/** Typing in a person picker anywhere in the app: the contact search, archived persons never. */
export function personPickerOptions(deps: ContactListenerDeps) {
  return pickerOptions((...args) => deps.contacts.search.persons(...args), personOption);
}

/** The same for organization pickers. */
export function organizationPickerOptions(deps: ContactListenerDeps) {
  return pickerOptions((...args) => deps.contacts.search.organizations(...args), organizationOption);
}
