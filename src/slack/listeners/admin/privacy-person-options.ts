import type { AllMiddlewareArgs, SlackOptionsMiddlewareArgs } from '@slack/bolt';
import { isAdminRefusal } from '../../../domain/activity-types/require-admin';
import { touchbase } from '../../request-context';
import { privacyPersonOption } from '../../views/admin/privacy-forms';
import type { AdminDeps } from './admin-screen';

type OptionsArgs = SlackOptionsMiddlewareArgs<'block_suggestion'> & AllMiddlewareArgs;

const OPTIONS = 50;

/** The data-protection person picker: archived persons too; no one at all for someone who is not an admin. */
export function privacyPersonOptions(deps: AdminDeps) {
  return async ({ ack, payload, context }: OptionsArgs): Promise<void> => {
    const { viewer, m } = touchbase(context);
    try {
      const persons = await deps.privacy.findPersons({ kind: 'employee', viewer }, payload.value, OPTIONS);
      await ack({ options: persons.map((person) => privacyPersonOption(m, person)) });
    } catch (error) {
      if (!isAdminRefusal(error)) throw error;
      // Slack wants at least one option: the refusal itself, which names no one (value 0 matches no person).
      await ack({ options: [{ text: { type: 'plain_text', text: m.admin.refusedHeading }, value: '0' }] });
    }
  };
}
