import { addActivity, addEmployee, type DigestBed, digestsOf, startDigestBed } from './digest-harness';

/** The digest's first line under its title: the greeting and the counts. */
const introOf = (bed: DigestBed, slackUserId: string): string => {
  const [digest] = digestsOf(bed.double, slackUserId);
  const block = (digest?.blocks ?? []).find(
    (b) => (b as { block_id?: string }).block_id === 'digest_counts',
  ) as { elements: { text: string }[] } | undefined;
  return block?.elements[0]?.text ?? '';
};

describe('daily digest: the greeting follows the recipient’s clock', () => {
  let bed: DigestBed;

  beforeAll(async () => {
    // Tuesday 1 December 2026; the app was down all morning in Europe.
    bed = await startDigestBed({ now: '2026-12-01T13:42:00Z' });
    const people = [
      { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' },
      { slackUserId: 'USVEN', timezone: 'Europe/Stockholm', locale: 'sv-SE' },
      { slackUserId: 'UNYC', timezone: 'America/New_York' },
      { slackUserId: 'UKVALL', timezone: 'Europe/Stockholm', locale: 'sv-SE', digestHour: 19 },
      { slackUserId: 'UNIGHT', timezone: 'Asia/Tokyo', digestHour: 2 },
    ];
    for (const person of people) {
      const id = await addEmployee(bed, person);
      await addActivity(bed, id, '2026-11-30T09:00:00Z', { subject: `Call back for ${person.slackUserId}` });
    }
  });
  afterAll(() => bed.stop());

  it('says good afternoon to a digest caught up at 14:42, in English and Swedish, and good morning in New York', async () => {
    // 14:42 in Stockholm, 08:42 in New York.
    await bed.tick('2026-12-01T13:42:00Z');
    expect(introOf(bed, 'UANNA')).toBe('Good afternoon! Unfinished: Overdue 1');
    expect(introOf(bed, 'USVEN')).toBe('God eftermiddag! Ej klara: Försenade 1');
    expect(introOf(bed, 'UNYC')).toBe('Good morning! Unfinished: Overdue 1');
    expect(JSON.stringify(digestsOf(bed.double, 'UANNA'))).not.toContain('Good morning');
  });

  it('says good evening to an evening digest, and nothing at all in the small hours', async () => {
    // Wednesday 2 December, 02:30 in Tokyo.
    await bed.tick('2026-12-01T17:30:00Z');
    expect(introOf(bed, 'UNIGHT')).toBe('Unfinished: Overdue 1');
    // 19:00 in Stockholm.
    await bed.tick('2026-12-01T18:00:00Z');
    expect(introOf(bed, 'UKVALL')).toBe('God kväll! Ej klara: Försenade 1');
  });
});
