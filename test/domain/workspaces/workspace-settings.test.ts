import { ValidationError } from '../../../src/domain/validation-error';
import { seedDifferences } from '../../../src/domain/workspaces/workspace-seed';
import {
  checkWorkspaceSettings,
  type WorkspaceSettingsInput,
} from '../../../src/domain/workspaces/workspace-settings';
import { en } from '../../../src/i18n/en';
import { sv } from '../../../src/i18n/sv';

const valid: WorkspaceSettingsInput = {
  locale: 'sv',
  timezone: 'Europe/Stockholm',
  holidayCountry: 'se',
  workDayStartMinute: 480,
  workDayEndMinute: 1020,
  workDays: [5, 1, 2, 3, 4, 1],
};

function problems(input: Partial<WorkspaceSettingsInput>, messages = en): Record<string, string> {
  try {
    checkWorkspaceSettings({ ...valid, ...input });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return Object.fromEntries(
      Object.entries(error.fields).map(([field, message]) => [
        field,
        (message as (m: typeof en) => string)(messages),
      ]),
    );
  }
  return {};
}

describe('workspace settings rules', () => {
  it('tidies what it accepts: country code in capitals, working days once each in order', () => {
    expect(checkWorkspaceSettings(valid)).toEqual({
      locale: 'sv',
      timezone: 'Europe/Stockholm',
      holidayCountry: 'SE',
      workDayStartMinute: 480,
      workDayEndMinute: 1020,
      workDays: [1, 2, 3, 4, 5],
    });
    expect(checkWorkspaceSettings({ ...valid, holidayCountry: null, timezone: 'UTC' })).toMatchObject({
      holidayCountry: null,
      timezone: 'UTC',
    });
  });

  it('takes IANA zone names only, aliases included, and countries date-holidays knows', () => {
    expect(problems({ timezone: 'America/Argentina/Buenos_Aires' })).toEqual({});
    expect(problems({ timezone: 'Europe/Kiev' })).toEqual({});
    for (const timezone of ['+01:00', 'CET+1', 'Europe/Atlantis', '', 'Stockholm'])
      expect([timezone, problems({ timezone })]).toEqual([
        timezone,
        { timezone: 'Choose a time zone from the list: an IANA name such as Europe/Stockholm.' },
      ]);
    expect(problems({ holidayCountry: 'XA' })).toEqual({
      holidayCountry: 'Choose a country from the list, or None.',
    });
    expect(problems({ holidayCountry: 'NO' })).toEqual({});
  });

  it('reports every bad field at once, in the reader’s language', () => {
    const input = { locale: 'de', workDayStartMinute: 600, workDayEndMinute: 600, workDays: [] };
    expect(problems(input)).toEqual({
      locale: 'Choose English or Swedish.',
      workDayEndMinute: 'The working day must end after it starts.',
      workDays: 'Choose at least one working day.',
    });
    expect(problems(input, sv)).toEqual({
      locale: 'Välj engelska eller svenska.',
      workDayEndMinute: 'Arbetsdagen måste sluta efter att den börjar.',
      workDays: 'Välj minst en arbetsdag.',
    });
    expect(problems({ workDayStartMinute: 485, workDayEndMinute: 1500, workDays: [0, 8] })).toEqual({
      workDayStartMinute: 'Choose a time from the list.',
      workDayEndMinute: 'Choose a time from the list.',
      workDays: 'Choose at least one working day.',
    });
  });

  it('names the environment variables an operator set that differ from what is stored', () => {
    const stored = checkWorkspaceSettings(valid);
    expect(seedDifferences({}, stored)).toEqual([]);
    expect(
      seedDifferences({ DEFAULT_LOCALE: 'sv', DEFAULT_TIMEZONE: 'UTC', HOLIDAY_COUNTRY: 'SE' }, stored),
    ).toEqual([{ variable: 'DEFAULT_TIMEZONE', environment: 'UTC', stored: 'Europe/Stockholm' }]);
    expect(seedDifferences({ HOLIDAY_COUNTRY: 'SE' }, { ...stored, holidayCountry: null })).toEqual([
      { variable: 'HOLIDAY_COUNTRY', environment: 'SE', stored: '(none)' },
    ]);
  });
});
