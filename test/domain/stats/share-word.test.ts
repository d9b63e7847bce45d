import { takeShareWord } from '../../../src/domain/stats/share-word';

describe('takeShareWord', () => {
  it('finds `share` or `dela` anywhere, in any case, and leaves the other arguments as typed', () => {
    expect(takeShareWord('week #sales share')).toEqual({ share: true, rest: 'week #sales' });
    expect(takeShareWord('DELA vecka  <@U1|anna>')).toEqual({ share: true, rest: 'vecka <@U1|anna>' });
    expect(takeShareWord('2026-03-01 .. 2026-03-15 dela')).toEqual({
      share: true,
      rest: '2026-03-01 .. 2026-03-15',
    });
  });

  it('shares nothing without the word, and does not read it inside other words', () => {
    expect(takeShareWord('month meeting')).toEqual({ share: false, rest: 'month meeting' });
    expect(takeShareWord('shares delat')).toEqual({ share: false, rest: 'shares delat' });
    expect(takeShareWord('')).toEqual({ share: false, rest: '' });
  });
});
