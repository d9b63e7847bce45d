import type { AllMiddlewareArgs, SlackOptionsMiddlewareArgs } from '@slack/bolt';
import type { PlainTextOption } from '@slack/types';
import { holidayCountryCodes } from '../../../domain/calendar/holidays';
import { COMMON_TIME_ZONES, timeZoneNames } from '../../../domain/calendar/time-zones';
import type { Messages } from '../../../i18n';
import { touchbase } from '../../request-context';
import { countryName, countryOption, timeZoneOption } from '../../views/admin/workspace-settings-form';
import { WORKSPACE_INPUTS } from '../../views/admin/workspace-settings-ids';

type OptionsArgs = SlackOptionsMiddlewareArgs<'block_suggestion'> & AllMiddlewareArgs;

// Slack shows at most 100 options in an answer.
const OPTIONS_MAX = 100;
/** Offered before the admin types anything. */
const NEARBY_COUNTRIES = ['SE', 'NO', 'DK', 'FI', 'IS', 'DE', 'NL', 'GB', 'IE', 'FR', 'ES', 'PL', 'US'];

/** Lower case, accents kept, spaces as in zone names ("new york" finds America/New_York). */
const searchable = (text: string) => text.trim().toLowerCase().replace(/\s+/g, '_');

function timeZoneOptions(query: string): PlainTextOption[] {
  const wanted = searchable(query);
  const zones = wanted
    ? timeZoneNames().filter((zone) => zone.toLowerCase().includes(wanted))
    : [...COMMON_TIME_ZONES];
  return zones.slice(0, OPTIONS_MAX).map(timeZoneOption);
}

function countryOptions(m: Messages, query: string): PlainTextOption[] {
  const wanted = query.trim().toLowerCase();
  const codes = wanted
    ? holidayCountryCodes().filter(
        (code) =>
          code.toLowerCase() === wanted ||
          countryName(m, code).toLowerCase().includes(wanted) ||
          countryName({ ...m, locale: 'en' }, code)
            .toLowerCase()
            .includes(wanted),
      )
    : NEARBY_COUNTRIES;
  const sorted = [...codes].sort((a, b) => countryName(m, a).localeCompare(countryName(m, b), m.locale));
  const found = sorted.map((code) => countryOption(m, code));
  // "None" is always there when nothing is typed; typing "none"/"inga" finds it too.
  const none = countryOption(m, null);
  const offerNone = !wanted || none.text.text.toLowerCase().startsWith(wanted);
  return (offerNone ? [none, ...found] : found).slice(0, OPTIONS_MAX);
}

/**
 * The searchable pickers of the Workspace settings form. They name no one, so they answer
 * anyone; only an admin can save the form.
 */
export function workspaceSettingsOptions() {
  return async ({ ack, payload, context }: OptionsArgs): Promise<void> => {
    const { m } = touchbase(context);
    const options =
      payload.action_id === WORKSPACE_INPUTS.timezone
        ? timeZoneOptions(payload.value)
        : countryOptions(m, payload.value);
    await ack({ options });
  };
}
