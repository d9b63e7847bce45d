import { SendPace } from '../../../src/slack/digests/send-pace';

/** A clock that only moves when someone sleeps, each sleep overshooting by `lateMs` as busy timers do. */
function fakeTime(lateMs = 0) {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms + lateMs;
    },
  };
}

describe('the pace digest posts keep', () => {
  it('never lets more than the rate through within any second, with a margin for jitter', async () => {
    const time = fakeTime();
    const pace = new SendPace(10, time.sleep, time.now);
    const times: number[] = [];
    for (let i = 0; i < 35; i++) {
      const answered = await pace.take();
      times.push(time.now());
      answered();
    }
    for (let i = 10; i < times.length; i++) expect(times[i]! - times[i - 10]!).toBeGreaterThan(1000);
    // 35 posts at 10 a second: the 31st waits for the fourth window.
    expect(times.at(-1)).toBeLessThan(3 * 1010 + 1);
  });

  it('does not let a late timer push back every later post', async () => {
    // Every wake-up 2 ms late: spacing each post from the previous one would add a second over 500.
    const time = fakeTime(2);
    const pace = new SendPace(50, time.sleep, time.now);
    for (let i = 0; i < 500; i++) (await pace.take())();
    expect(time.now()).toBeLessThan(10 * 1010);
  });

  it('dates a post by Slack’s answer: a post held up on its way cannot crowd the next one', async () => {
    const time = fakeTime();
    const pace = new SendPace(1, time.sleep, time.now);
    const slow = await pace.take();
    await time.sleep(700); // the post reaches Slack, and is answered, only now
    slow();
    // Dated when its slot was taken, the next post would go at 1010: 310 ms after Slack saw this one.
    (await pace.take())();
    expect(time.now()).toBeGreaterThanOrEqual(1700);
  });

  it('holds every post while Slack asked to wait', async () => {
    const time = fakeTime();
    const pace = new SendPace(100, time.sleep, time.now);
    (await pace.take())();
    pace.pause(3000);
    (await pace.take())();
    expect(time.now()).toBeGreaterThanOrEqual(3000);
  });

  it('spaces posts below one a second over a longer window', async () => {
    const time = fakeTime();
    const pace = new SendPace(0.5, time.sleep, time.now);
    (await pace.take())();
    (await pace.take())();
    expect(time.now()).toBeGreaterThanOrEqual(2000);
  });
});
