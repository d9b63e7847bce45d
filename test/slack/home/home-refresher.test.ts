import { HomeRefresher } from '../../../src/slack/listeners/home/home-refresher';

// Jest's fake timers: time moves only when a test moves it, so the intervals are exact however busy the machine is.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const elapse = (ms: number) => jest.advanceTimersByTimeAsync(ms);

describe('redrawing other people’s Homes', () => {
  /** A draw that takes `ms` and records which version of the Home it drew. */
  function recorder() {
    const drawn: string[] = [];
    return {
      drawn,
      draw:
        (version: string, ms = 20) =>
        async () => {
          await pause(ms);
          drawn.push(version);
        },
    };
  }

  it('draws the first change at once and folds a burst into one more draw of the latest state', async () => {
    const homes = new HomeRefresher(100);
    const { drawn, draw } = recorder();
    const first = homes.request('1:UANNA', draw('v1'));
    for (const version of ['v2', 'v3', 'v4']) await homes.request('1:UANNA', draw(version));
    await elapse(20);
    await first;
    expect(drawn).toEqual(['v1']);
    await elapse(79);
    expect(drawn).toEqual(['v1']);
    await elapse(21);
    expect(drawn).toEqual(['v1', 'v4']);
    await homes.stop();
  });

  it('a change soon after a finished draw waits for the interval, then draws once', async () => {
    const homes = new HomeRefresher(100);
    const { drawn, draw } = recorder();
    const first = homes.request('1:UANNA', draw('v1'));
    await elapse(20);
    await first;
    await homes.request('1:UANNA', draw('v2'));
    await homes.request('1:UANNA', draw('v3'));
    expect(drawn).toEqual(['v1']);
    await elapse(100);
    expect(drawn).toEqual(['v1', 'v3']);
    await homes.stop();
  });

  it('keeps people apart: one person’s burst does not hold up another’s Home', async () => {
    const homes = new HomeRefresher(1000);
    const { drawn, draw } = recorder();
    const anna = homes.request('1:UANNA', draw('anna'));
    const ben = homes.request('1:UBEN', draw('ben'));
    await elapse(20);
    await Promise.all([anna, ben]);
    expect(drawn).toEqual(['anna', 'ben']);
    await homes.stop();
  });

  it('with no interval, a change during a draw is drawn right after it', async () => {
    const homes = new HomeRefresher(0);
    const { drawn, draw } = recorder();
    const first = homes.request('1:UANNA', draw('v1', 30));
    await homes.request('1:UANNA', draw('v2'));
    await elapse(30);
    await first;
    expect(drawn).toEqual(['v1']);
    // The next draw starts on a timer of 0 ms, which fires 1 ms later (as Node's does).
    await elapse(21);
    expect(drawn).toEqual(['v1', 'v2']);
    await homes.stop();
  });

  it('is idle once no Home is being drawn or waiting for its turn', async () => {
    const homes = new HomeRefresher(100);
    const { drawn, draw } = recorder();
    expect(homes.isIdle).toBe(true);
    void homes.request('1:UANNA', draw('v1'));
    void homes.request('1:UANNA', draw('v2'));
    let idle = false;
    void homes.idle().then(() => {
      idle = true;
    });
    await elapse(20);
    expect(drawn).toEqual(['v1']);
    expect(idle).toBe(false);
    await elapse(100);
    expect(drawn).toEqual(['v1', 'v2']);
    expect(idle).toBe(true);
    expect(homes.isIdle).toBe(true);
    await homes.stop();
  });

  it('stopping waits for a running draw and drops waiting ones', async () => {
    const homes = new HomeRefresher(50);
    const { drawn, draw } = recorder();
    void homes.request('1:UANNA', draw('v1'));
    await homes.request('1:UANNA', draw('v2'));
    const stopped = homes.stop();
    await elapse(20);
    await stopped;
    await elapse(100);
    expect(drawn).toEqual(['v1']);
    await homes.request('1:UANNA', draw('v3'));
    expect(drawn).toEqual(['v1']);
  });
});
