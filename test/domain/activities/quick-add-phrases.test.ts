import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { parseQuickAdd } from '../../../src/domain/activities/quick-add';
import type { Locale } from '../../../src/i18n';

/**
 * The date phrases staff type into `/activity <text>`, each with the start it must
 * give in the user's own time zone and the subject that must be left. Now is
 * Thursday 26 November 2026, 16:00 in Stockholm and 10:00 in New York; the
 * user's digest hour (the start of "next week") is 08:00.
 */
const NOW = new Date('2026-11-26T15:00:00Z');
const DIGEST_HOUR = 8;

async function quick(text: string, timezone: string, locale: Locale, now = NOW) {
  return parseQuickAdd({
    text,
    clock: { now: () => now },
    timezone,
    locale,
    dayStartHour: DIGEST_HOUR,
    findPersons: async () => [],
  });
}

function wall(instant: Date, timezone: string): string {
  return format(new TZDate(instant.getTime(), timezone), 'yyyy-MM-dd HH:mm');
}

type Phrase = [text: string, start: string, subject: string];

const SWEDISH: Phrase[] = [
  // Today, tomorrow, the day after, yesterday; written together or apart.
  ['ring kunden i dag', '2026-11-26 16:00', 'ring kunden'],
  ['ring kunden idag', '2026-11-26 16:00', 'ring kunden'],
  ['I dag kl 9 ring kunden', '2026-11-26 09:00', 'ring kunden'],
  ['ring kunden i morgon', '2026-11-27 16:00', 'ring kunden'],
  ['ring kunden imorgon', '2026-11-27 16:00', 'ring kunden'],
  ['ring kunden i morgon kl 10', '2026-11-27 10:00', 'ring kunden'],
  ['ring kunden imorgon kl. 9.15', '2026-11-27 09:15', 'ring kunden'],
  ['frukostmöte i morn kl 8', '2026-11-27 08:00', 'frukostmöte'],
  ['ring kunden i övermorgon', '2026-11-28 16:00', 'ring kunden'],
  ['ring kunden i övermorgon klockan 13', '2026-11-28 13:00', 'ring kunden'],
  ['ringde kunden i går', '2026-11-25 16:00', 'ringde kunden'],
  ['ringde kunden igår kl 15', '2026-11-25 15:00', 'ringde kunden'],
  ['besök hos kunden i fredags', '2026-11-20 16:00', 'besök hos kunden'],
  // A weekday is the next such day; typed on that very day, the one a week later.
  ['ring kunden på måndag', '2026-11-30 16:00', 'ring kunden'],
  ['på tisdag ring kunden', '2026-12-01 16:00', 'ring kunden'],
  ['ring kunden på onsdag', '2026-12-02 16:00', 'ring kunden'],
  ['ring kunden på torsdag', '2026-12-03 16:00', 'ring kunden'],
  ['ring kunden på fredag', '2026-11-27 16:00', 'ring kunden'],
  ['ring kunden på lördag', '2026-11-28 16:00', 'ring kunden'],
  ['ring kunden på söndag', '2026-11-29 16:00', 'ring kunden'],
  ['ring kunden på fre', '2026-11-27 16:00', 'ring kunden'],
  ['ring kunden fredag 14:30', '2026-11-27 14:30', 'ring kunden'],
  ['ring kunden kl 10 på fredag', '2026-11-27 10:00', 'ring kunden'],
  ['ring kunden tisdag den 8 december', '2026-12-08 16:00', 'ring kunden'],
  // Next week starts on Monday at the digest hour; "nästa tisdag" is Tuesday next week.
  ['ring kunden nästa vecka', '2026-11-30 08:00', 'ring kunden'],
  ['ring kunden nästa vecka kl 10', '2026-11-30 10:00', 'ring kunden'],
  ['ring kunden nästa tisdag', '2026-12-01 16:00', 'ring kunden'],
  ['ring kunden nästa fredag kl 9', '2026-12-04 09:00', 'ring kunden'],
  ['ring kunden om 2 dagar', '2026-11-28 16:00', 'ring kunden'],
  ['ring kunden om två dagar', '2026-11-28 16:00', 'ring kunden'],
  ['ring kunden om en vecka', '2026-12-03 16:00', 'ring kunden'],
  ['ring kunden om tre veckor', '2026-12-17 16:00', 'ring kunden'],
  ['ring kunden om en timme', '2026-11-26 17:00', 'ring kunden'],
  ['ring tillbaka om en kvart', '2026-11-26 16:15', 'ring tillbaka'],
  ['ring kunden nästa månad', '2026-12-26 16:00', 'ring kunden'],
  // Dates: day before month; without a year, the first such day from a month ago on.
  ['ring kunden den 3 mars', '2027-03-03 16:00', 'ring kunden'],
  ['ring kunden 3 mars kl 10', '2027-03-03 10:00', 'ring kunden'],
  ['ring kunden 3/3', '2027-03-03 16:00', 'ring kunden'],
  ['ring kunden 3/12 kl 14', '2026-12-03 14:00', 'ring kunden'],
  ['ring kunden den 3/3', '2027-03-03 16:00', 'ring kunden'],
  ['ring kunden den 20 november', '2026-11-20 16:00', 'ring kunden'],
  ['ring kunden 2026-12-24', '2026-12-24 16:00', 'ring kunden'],
  // Times alone are today, passed or not; 1–6 without a leading zero is afternoon.
  ['ring kunden kl 14', '2026-11-26 14:00', 'ring kunden'],
  ['ring kunden kl 14.30', '2026-11-26 14:30', 'ring kunden'],
  ['ring kunden 14:30', '2026-11-26 14:30', 'ring kunden'],
  ['möte med kunden kl 14-15', '2026-11-26 14:00', 'möte med kunden'],
  ['ring kunden kl 9', '2026-11-26 09:00', 'ring kunden'],
  ['ring kunden kl 3', '2026-11-26 15:00', 'ring kunden'],
  ['ring kunden kl 03.30', '2026-11-26 03:30', 'ring kunden'],
  ['ring kunden halv tre', '2026-11-26 14:30', 'ring kunden'],
  ['ring kunden kvart över nio', '2026-11-26 09:15', 'ring kunden'],
  ['ring kunden kvart i tio', '2026-11-26 09:45', 'ring kunden'],
  ['ring kunden fem i halv fyra', '2026-11-26 15:25', 'ring kunden'],
  ['ring kunden i morgon halv 10', '2026-11-27 09:30', 'ring kunden'],
  // Parts of the day.
  ['ring kunden på fredag eftermiddag', '2026-11-27 13:00', 'ring kunden'],
  ['ring kunden fredag eftermiddag kl 15', '2026-11-27 15:00', 'ring kunden'],
  ['ring kunden i morgon förmiddag', '2026-11-27 09:00', 'ring kunden'],
  ['ring kunden i morgon bitti', '2026-11-27 08:00', 'ring kunden'],
  ['ring kunden i eftermiddag', '2026-11-26 13:00', 'ring kunden'],
  ['ring kunden i kväll', '2026-11-26 18:00', 'ring kunden'],
  ['ring kunden i kväll kl 8', '2026-11-26 20:00', 'ring kunden'],
  // The day and the time apart in the sentence are still one start.
  ['ring kunden i morgon om offerten', '2026-11-27 16:00', 'ring kunden om offerten'],
  ['ring kunden i morgon och följ upp kl 15', '2026-11-27 15:00', 'ring kunden och följ upp'],
];

const ENGLISH: Phrase[] = [
  ['call the client today', '2026-11-26 10:00', 'call the client'],
  ['call the client today at 3', '2026-11-26 15:00', 'call the client'],
  ['call the client tomorrow', '2026-11-27 10:00', 'call the client'],
  ['call the client tomorrow at 9', '2026-11-27 09:00', 'call the client'],
  ['Tomorrow 2:30pm call the client', '2026-11-27 14:30', 'call the client'],
  ['call the client the day after tomorrow', '2026-11-28 10:00', 'call the client'],
  ['called the client yesterday', '2026-11-25 10:00', 'called the client'],
  ['call the client on Monday', '2026-11-30 10:00', 'call the client'],
  ['call the client on Tuesday', '2026-12-01 10:00', 'call the client'],
  ['call the client on Wednesday', '2026-12-02 10:00', 'call the client'],
  ['call the client on Thursday', '2026-12-03 10:00', 'call the client'],
  ['call the client on Friday', '2026-11-27 10:00', 'call the client'],
  ['call the client on Saturday', '2026-11-28 10:00', 'call the client'],
  ['call the client on Sunday', '2026-11-29 10:00', 'call the client'],
  ['call the client Friday', '2026-11-27 10:00', 'call the client'],
  ['call the client on Fri', '2026-11-27 10:00', 'call the client'],
  ['call the client next Tuesday', '2026-12-01 10:00', 'call the client'],
  ['call the client next Friday', '2026-12-04 10:00', 'call the client'],
  ['call the client next week', '2026-11-30 08:00', 'call the client'],
  ['call the client next week at 11', '2026-11-30 11:00', 'call the client'],
  ['call the client in 2 days', '2026-11-28 10:00', 'call the client'],
  ['call the client in two days', '2026-11-28 10:00', 'call the client'],
  ['call the client in a week', '2026-12-03 10:00', 'call the client'],
  ['call the client in 3 hours', '2026-11-26 13:00', 'call the client'],
  ['call the client next month', '2026-12-26 10:00', 'call the client'],
  ['call the client by Friday', '2026-11-27 10:00', 'call the client'],
  ['call the client March 3', '2027-03-03 10:00', 'call the client'],
  ['call the client on 3 March', '2027-03-03 10:00', 'call the client'],
  ['call the client March 3rd at 2pm', '2027-03-03 14:00', 'call the client'],
  ['call the client Dec 24', '2026-12-24 10:00', 'call the client'],
  ['call the client December 24 at 9:30', '2026-12-24 09:30', 'call the client'],
  ['called the client Nov 20', '2026-11-20 10:00', 'called the client'],
  ['call the client 3/3', '2027-03-03 10:00', 'call the client'],
  ['call the client 3/12 at 9', '2026-12-03 09:00', 'call the client'],
  ['call the client 3 PM', '2026-11-26 15:00', 'call the client'],
  ['call the client 3pm', '2026-11-26 15:00', 'call the client'],
  ['call the client 2:30pm', '2026-11-26 14:30', 'call the client'],
  ['call the client 2:30 p.m.', '2026-11-26 14:30', 'call the client'],
  ['call the client 14:30', '2026-11-26 14:30', 'call the client'],
  ['call the client at noon', '2026-11-26 12:00', 'call the client'],
  ['call the client tomorrow at noon', '2026-11-27 12:00', 'call the client'],
  ['call the client at 9', '2026-11-26 09:00', 'call the client'],
  ['call the client at 3', '2026-11-26 15:00', 'call the client'],
  ['call the client at 7am', '2026-11-26 07:00', 'call the client'],
  ['call the client at 03:00', '2026-11-26 03:00', 'call the client'],
  ['call the client on Friday afternoon', '2026-11-27 13:00', 'call the client'],
  ['call the client Friday afternoon', '2026-11-27 13:00', 'call the client'],
  ['call the client tomorrow morning', '2026-11-27 08:00', 'call the client'],
  ['call the client tomorrow evening', '2026-11-27 18:00', 'call the client'],
  ['call the client this afternoon', '2026-11-26 13:00', 'call the client'],
  ['call the client tonight', '2026-11-26 18:00', 'call the client'],
  ['call the client next Monday at 8:30am', '2026-11-30 08:30', 'call the client'],
  ['call the client at 9 on Friday', '2026-11-27 09:00', 'call the client'],
  ['call the client tomorrow kl 10', '2026-11-27 10:00', 'call the client'],
  ['call the client tomorrow about the offer at 4', '2026-11-27 16:00', 'call the client about the offer'],
];

/** Words that look like dates to a parser but are none in these sentences. */
const NO_DATE: [text: string, locale: Locale][] = [
  ['ring kunden om offerten', 'sv'],
  ['julbord med kunden', 'sv'],
  ['möte om marsbudgeten', 'sv'],
  ['må bra-paket till kunden', 'sv'],
  ['ring 070-1234567 om avtalet', 'sv'],
  ['skicka offert till sex kunder', 'sv'],
  ['pris 12,50 kr per st', 'sv'],
  ['sat with the client', 'en'],
  ['meet in March about the budget', 'en'],
  ['call the client about the 2 offers', 'en'],
  ['quote for 12 units', 'en'],
];

describe('quick add date phrases', () => {
  describe(`in Swedish, in Stockholm (${SWEDISH.length} phrases)`, () => {
    it.each(SWEDISH)('“%s” starts %s, subject “%s”', async (text, start, subject) => {
      const result = await quick(text, 'Europe/Stockholm', 'sv');
      expect({ start: wall(result.startAt, 'Europe/Stockholm'), subject: result.subject }).toEqual({
        start,
        subject,
      });
    });
  });

  describe(`in English, in New York (${ENGLISH.length} phrases)`, () => {
    it.each(ENGLISH)('“%s” starts %s, subject “%s”', async (text, start, subject) => {
      const result = await quick(text, 'America/New_York', 'en');
      expect({ start: wall(result.startAt, 'America/New_York'), subject: result.subject }).toEqual({
        start,
        subject,
      });
    });
  });

  it.each(NO_DATE)('“%s” names no date: start now, subject untouched', async (text, locale) => {
    const result = await quick(text, 'Europe/Stockholm', locale);
    expect(result.startAt).toEqual(NOW);
    expect(result.subject).toBe(text);
  });

  it('reads the other language’s phrases too', async () => {
    const swede = await quick('ring kunden tomorrow at 10', 'Europe/Stockholm', 'sv');
    expect(wall(swede.startAt, 'Europe/Stockholm')).toBe('2026-11-27 10:00');
    expect(swede.subject).toBe('ring kunden');
    const american = await quick('call the client i morgon kl 10', 'America/New_York', 'en');
    expect(wall(american.startAt, 'America/New_York')).toBe('2026-11-27 10:00');
    expect(american.subject).toBe('call the client');
  });

  it('takes only one phrase as the start and leaves a second one in the subject', async () => {
    const result = await quick('ring kunden i morgon om mötet på fredag', 'Europe/Stockholm', 'sv');
    expect(wall(result.startAt, 'Europe/Stockholm')).toBe('2026-11-27 16:00');
    expect(result.subject).toBe('ring kunden om mötet på fredag');
  });

  it('starts next week at the user’s own digest hour', async () => {
    const result = await parseQuickAdd({
      text: 'ring kunden nästa vecka',
      clock: { now: () => NOW },
      timezone: 'Europe/Stockholm',
      locale: 'sv',
      dayStartHour: 7,
      findPersons: async () => [],
    });
    expect(wall(result.startAt, 'Europe/Stockholm')).toBe('2026-11-30 07:00');
  });
});

describe('quick add across a change to or from daylight saving time', () => {
  it('in Stockholm: tomorrow 10:00 on the Sunday summer time starts is 10:00 summer time', async () => {
    const saturday = new Date('2027-03-27T09:00:00Z'); // 10:00 winter time
    const timed = await quick('ring kunden i morgon kl 10', 'Europe/Stockholm', 'sv', saturday);
    expect(timed.startAt).toEqual(new Date('2027-03-28T08:00:00Z'));
    const untimed = await quick('ring kunden i morgon', 'Europe/Stockholm', 'sv', saturday);
    expect(untimed.startAt).toEqual(new Date('2027-03-28T08:00:00Z'));
  });

  it('in Stockholm: next week after summer time ends is Monday in winter time', async () => {
    const friday = new Date('2027-10-29T08:00:00Z'); // 10:00 summer time
    const result = await quick('ring kunden nästa vecka kl 10', 'Europe/Stockholm', 'sv', friday);
    expect(result.startAt).toEqual(new Date('2027-11-01T09:00:00Z'));
  });

  it('in New York: tomorrow at 10 on the Sunday daylight saving starts is 10:00 EDT', async () => {
    const saturday = new Date('2027-03-13T15:00:00Z'); // 10:00 EST
    const result = await quick('call the client tomorrow at 10', 'America/New_York', 'en', saturday);
    expect(result.startAt).toEqual(new Date('2027-03-14T14:00:00Z'));
  });
});
