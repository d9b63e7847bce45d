import { parseQuickAdd, type QuickAddPerson } from '../../../src/domain/activities/quick-add';
import type { Locale } from '../../../src/i18n';

// Thursday 26 November 2026: 16:00 in Stockholm, 10:00 in New York.
const NOW = new Date('2026-11-26T15:00:00Z');
const clock = { now: () => NOW };

const ANNA = { id: 1, name: 'Anna Andersson' };
const ANNA_BERG = { id: 2, name: 'Anna Berg' };
const BOB = { id: 3, name: 'Bob Björk' };
const ANNIKA = { id: 4, name: 'Annika Ek' };
const PER = { id: 5, name: 'Per Östergren' };
const LARS = { id: 6, name: 'Lars Andersson' };

/** Like the contact search: every name containing the words, accents ignored, plus a sloppy guess. */
function searchOver(persons: QuickAddPerson[]) {
  const asked: string[] = [];
  const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const calls: string[][] = [];
  const findOne = (words: string) => {
    asked.push(words);
    const typed = plain(words);
    const contains = persons.filter((person) => plain(person.name).includes(typed));
    const sloppy = persons.filter(
      (person) => !contains.includes(person) && plain(person.name)[0] === typed[0],
    );
    return [...contains, ...sloppy];
  };
  const find = async (runs: string[]) => {
    calls.push(runs);
    return runs.flatMap(findOne);
  };
  return { find, asked, calls };
}

function quick(
  text: string,
  timezone: string,
  locale: Locale,
  persons: QuickAddPerson[] = [ANNA, BOB, ANNIKA],
) {
  return parseQuickAdd({
    text,
    clock,
    timezone,
    locale,
    dayStartHour: 8,
    findPersons: searchOver(persons).find,
  });
}

describe('quick add in Stockholm, in Swedish', () => {
  const tz = 'Europe/Stockholm';

  it('takes the person, tomorrow at ten and the rest as subject', async () => {
    const result = await quick('ring Anna Andersson imorgon kl 10 om offerten', tz, 'sv');
    expect(result).toEqual({
      person: ANNA,
      startAt: new Date('2026-11-27T09:00:00Z'),
      subject: 'ring om offerten',
    });
  });

  it('reads a weekday with a time after it', async () => {
    const result = await quick('på fredag 14:30 möte med Bob', tz, 'sv');
    expect(result.startAt).toEqual(new Date('2026-11-27T13:30:00Z'));
    expect(result.person).toEqual(BOB);
    expect(result.subject).toBe('möte med');
  });

  it('keeps the time of day for a date without a time', async () => {
    const result = await quick('den 3 december lunch', tz, 'sv');
    expect(result.startAt).toEqual(new Date('2026-12-03T15:00:00Z'));
    expect(result.subject).toBe('lunch');
    expect(result.person).toBeNull();
  });

  it('puts a time before the day and a summer date in summer time', async () => {
    const result = await quick('kl 9 den 3 april uppföljning', tz, 'sv');
    expect(result.startAt).toEqual(new Date('2027-04-03T07:00:00Z'));
    expect(result.subject).toBe('uppföljning');
  });

  it('reads a time alone as today', async () => {
    const result = await quick('avstämning kl 14', tz, 'sv');
    expect(result.startAt).toEqual(new Date('2026-11-26T13:00:00Z'));
    expect(result.subject).toBe('avstämning');
  });

  it('falls back to English phrases', async () => {
    const result = await quick('tomorrow 10:00 demo', tz, 'sv');
    expect(result.startAt).toEqual(new Date('2026-11-27T09:00:00Z'));
    expect(result.subject).toBe('demo');
  });

  it('leaves start at now when no date is named', async () => {
    const result = await quick('lunch med Pia om avtalet', tz, 'sv');
    expect(result).toEqual({ person: null, startAt: NOW, subject: 'lunch med Pia om avtalet' });
  });
});

describe('quick add in New York, in English', () => {
  const tz = 'America/New_York';

  it('takes the person, tomorrow at ten New York time and the rest as subject', async () => {
    const result = await quick('call Bob Björk tomorrow 10:00 about the quote', tz, 'en');
    expect(result).toEqual({
      person: BOB,
      startAt: new Date('2026-11-27T15:00:00Z'),
      subject: 'call about the quote',
    });
  });

  it('reads next friday at the time of day it is now', async () => {
    const result = await quick('demo next friday', tz, 'en');
    expect(result.startAt).toEqual(new Date('2026-12-04T15:00:00Z'));
    expect(result.subject).toBe('demo');
  });

  it('falls back to Swedish phrases', async () => {
    const result = await quick('imorgon kl 10 demo', tz, 'en');
    expect(result.startAt).toEqual(new Date('2026-11-27T15:00:00Z'));
  });

  it('counts the day in the user zone when it differs from UTC', async () => {
    // 03:00 UTC on Friday is still Thursday evening in New York.
    const late = new Date('2026-11-27T03:00:00Z');
    const result = await parseQuickAdd({
      text: 'tomorrow 9:00 call',
      clock: { now: () => late },
      timezone: tz,
      locale: 'en',
      dayStartHour: 8,
      findPersons: searchOver([]).find,
    });
    expect(result.startAt).toEqual(new Date('2026-11-27T14:00:00Z'));
  });
});

describe('quick add naming persons', () => {
  const tz = 'Europe/Stockholm';

  it('takes a unique first name as the start of one name', async () => {
    const result = await quick('ring bob, om priset', tz, 'sv');
    expect(result.person).toEqual(BOB);
    expect(result.subject).toBe('ring, om priset');
  });

  it('does not guess between two persons with the same first name', async () => {
    const result = await quick('ring Anna om offerten', tz, 'sv', [ANNA, ANNA_BERG]);
    expect(result.person).toBeNull();
    expect(result.subject).toBe('ring Anna om offerten');
  });

  it('tells two Annas apart by the full name', async () => {
    const result = await quick('ring Anna Berg om offerten', tz, 'sv', [ANNA, ANNA_BERG]);
    expect(result.person).toEqual(ANNA_BERG);
    expect(result.subject).toBe('ring om offerten');
  });

  it('takes a unique surname, and leaves its words out of the subject', async () => {
    const result = await quick('ring Östergren i morgon om avtalet', tz, 'sv', [ANNA, PER]);
    expect(result).toEqual({
      person: PER,
      startAt: new Date('2026-11-27T15:00:00Z'),
      subject: 'ring om avtalet',
    });
  });

  it('takes a unique full name typed in lower case and without accents', async () => {
    const result = await quick('ring per ostergren', tz, 'sv', [ANNA, PER]);
    expect(result.person).toEqual(PER);
    expect(result.subject).toBe('ring');
  });

  it('does not guess between two persons with the same surname', async () => {
    const result = await quick('ring Andersson om offerten', tz, 'sv', [ANNA, LARS]);
    expect(result.person).toBeNull();
    expect(result.subject).toBe('ring Andersson om offerten');
  });

  it('does not take a surname shared with another person’s first name', async () => {
    const persons = [PER, { id: 7, name: 'Östergren Berg' }];
    const result = await quick('ring Östergren', tz, 'sv', persons);
    expect(result.person).toBeNull();
  });

  it('never takes a similar name', async () => {
    const result = await quick('ring Ana om offerten', tz, 'sv', [ANNA]);
    expect(result.person).toBeNull();
    expect(result.subject).toBe('ring Ana om offerten');
  });

  it('takes a text that is only a name as the person, with an empty subject', async () => {
    const result = await quick('anna andersson', tz, 'sv');
    expect(result).toEqual({ person: ANNA, startAt: NOW, subject: '' });
  });

  it('names nobody when the text names two different persons', async () => {
    const result = await quick('Anna Andersson och Bob Björk', tz, 'sv');
    expect(result.person).toBeNull();
    expect(result.subject).toBe('Anna Andersson och Bob Björk');
  });

  it('cuts the subject to 150 characters', async () => {
    const result = await quick(`offert ${'x'.repeat(200)}`, tz, 'sv', []);
    expect(result.subject).toHaveLength(150);
  });

  it('does not look up numbers or the date phrase as names', async () => {
    const search = searchOver([ANNA]);
    await parseQuickAdd({
      text: 'ring 070-1234567 imorgon kl 10',
      clock,
      timezone: tz,
      locale: 'sv',
      dayStartHour: 8,
      findPersons: search.find,
    });
    expect(search.asked).toEqual(['ring']);
  });
});

describe('quick add looks names up once', () => {
  it('asks for every run of name-like words in one look-up, longest runs included', async () => {
    const search = searchOver([ANNA_BERG]);
    const result = await parseQuickAdd({
      text: 'ring Anna Berg imorgon kl 10 om offerten',
      clock,
      timezone: 'Europe/Stockholm',
      locale: 'sv',
      dayStartHour: 8,
      findPersons: search.find,
    });
    expect(result.person).toEqual(ANNA_BERG);
    expect(result.subject).toBe('ring om offerten');
    expect(search.calls).toHaveLength(1);
    expect(new Set(search.calls[0])).toEqual(
      new Set([
        'ring Anna Berg',
        'ring Anna',
        'ring',
        'Anna Berg',
        'Anna',
        'Berg',
        'om offerten',
        'om',
        'offerten',
      ]),
    );
  });

  it('does not look up at all when no word can be a name', async () => {
    const search = searchOver([ANNA]);
    await parseQuickAdd({
      text: 'imorgon kl 10',
      clock,
      timezone: 'Europe/Stockholm',
      locale: 'sv',
      dayStartHour: 8,
      findPersons: search.find,
    });
    expect(search.calls).toEqual([]);
  });
});
