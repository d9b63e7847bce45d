import { applyTimingRules, sameSecond } from '../../../src/domain/activities/timing-rules';

const now = new Date('2026-03-02T10:00:00Z');
const earlier = new Date('2026-03-02T08:00:00Z');
const later = new Date('2026-03-05T08:00:00Z');

describe('the timing rules of product §3.2', () => {
  it('ends a Done activity now when no end was given, and marks when it was completed', () => {
    const timing = applyTimingRules(
      { status: 'DONE', startAt: earlier, endAt: null, endSetByThisEdit: false },
      null,
      now,
    );
    expect(timing).toEqual({ status: 'DONE', startAt: earlier, endAt: now, dueAt: now, completedAt: now });
  });

  it('keeps a given end when marking Done', () => {
    const end = new Date('2026-03-02T09:00:00Z');
    const timing = applyTimingRules(
      { status: 'DONE', startAt: earlier, endAt: end, endSetByThisEdit: true },
      { status: 'IN_PROGRESS', completedAt: null },
      now,
    );
    expect(timing.endAt).toEqual(end);
    expect(timing.dueAt).toEqual(end);
    expect(timing.completedAt).toEqual(now);
  });

  it('moves a planned start to now when the activity is done before it was due to start', () => {
    const timing = applyTimingRules(
      { status: 'DONE', startAt: later, endAt: null, endSetByThisEdit: false },
      { status: 'NOT_STARTED', completedAt: null },
      now,
    );
    expect(timing.startAt).toEqual(now);
    expect(timing.endAt).toEqual(now);
  });

  it('clears the end when reopened, and due falls back to start', () => {
    const timing = applyTimingRules(
      { status: 'IN_PROGRESS', startAt: earlier, endAt: now, endSetByThisEdit: false },
      { status: 'DONE', completedAt: now },
      now,
    );
    expect(timing).toEqual({
      status: 'IN_PROGRESS',
      startAt: earlier,
      endAt: null,
      dueAt: earlier,
      completedAt: null,
    });
  });

  it('keeps an end that the reopening edit itself sets', () => {
    const timing = applyTimingRules(
      { status: 'NOT_STARTED', startAt: earlier, endAt: later, endSetByThisEdit: true },
      { status: 'DONE', completedAt: now },
      now,
    );
    expect(timing.endAt).toEqual(later);
    expect(timing.dueAt).toEqual(later);
  });

  it('keeps the first completion time while an activity stays Done', () => {
    const first = new Date('2026-03-01T12:00:00Z');
    const timing = applyTimingRules(
      { status: 'DONE', startAt: earlier, endAt: now, endSetByThisEdit: false },
      { status: 'DONE', completedAt: first },
      now,
    );
    expect(timing.completedAt).toEqual(first);
  });

  it('compares picker times to the second', () => {
    expect(sameSecond(new Date('2026-03-02T10:00:00.000Z'), new Date('2026-03-02T10:00:00.742Z'))).toBe(true);
    expect(sameSecond(new Date('2026-03-02T10:00:01Z'), new Date('2026-03-02T10:00:00Z'))).toBe(false);
    expect(sameSecond(null, null)).toBe(true);
    expect(sameSecond(null, now)).toBe(false);
  });
});
