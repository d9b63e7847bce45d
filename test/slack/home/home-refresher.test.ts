import { HomeRefresher } from '../../../src/slack/listeners/home/home-refresher';

// Jest's fake timers: time moves only when a test moves it, so the intervals are exact however busy the machine is.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const elapse = (ms: number) => jest.advanceTimersByTimeAsync(ms);

describe('redrawing people’s Homes', () => {
  /** A draw that takes `ms` and records which version of the Home it drew (with its notice, if any). */
  function recorder() {
    const drawn: string[] = [];
    return {
      drawn,
      draw:
        (version: string, ms = 20) =>
        async (notice: string | undefined) => {
          await pause(ms);
          drawn.push(notice ? `${version} (${notice})` : version);
        },
    };
  }

  it('draws the first change at once and folds a burst into one more draw of the latest state', async () => {
    const homes = new HomeRefresher<string>(100);
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
    const homes = new HomeRefresher<string>(100);
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
    const homes = new HomeRefresher<string>(1000);
    const { drawn, draw } = recorder();
    const anna = homes.request('1:UANNA', draw('anna'));
    const ben = homes.request('1:UBEN', draw('ben'));
    await elapse(20);
    await Promise.all([anna, ben]);
    expect(drawn).toEqual(['anna', 'ben']);
    await homes.stop();
  });

  it('with no interval, a change during a draw is drawn right after it', async () => {
    const homes = new HomeRefresher<string>(0);
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
    const homes = new HomeRefresher<string>(100);
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
    const homes = new HomeRefresher<string>(50);
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
  it('a notice folded with later changes stays on the draw that shows them; a later notice replaces it', async () => {
    const homes = new HomeRefresher<string>(100);
    const { drawn, draw } = recorder();
    const first = homes.request('1:UANNA', draw('v1'));
    await homes.request('1:UANNA', draw('v2'), { notice: 'done #2' });
    await homes.request('1:UANNA', draw('v3'));
    await elapse(20);
    await first;
    await elapse(100);
    expect(drawn).toEqual(['v1', 'v3 (done #2)']);
    await homes.request('1:UANNA', draw('v4'), { notice: 'done #4' });
    await homes.request('1:UANNA', draw('v5'), { notice: 'done #5' });
    await elapse(120);
    expect(drawn).toEqual(['v1', 'v3 (done #2)', 'v5 (done #5)']);
    await homes.stop();
  });

  it('a button pressed in the Home never waits out the interval: at once, or right after the running draw', async () => {
    const homes = new HomeRefresher<string>(1000);
    const { drawn, draw } = recorder();
    const first = homes.request('1:UANNA', draw('v1'));
    await elapse(20);
    await first;
    // A change within the interval waits for it; a press then draws at once, that change included.
    await homes.request('1:UANNA', draw('v2'));
    const pressed = homes.request('1:UANNA', draw('v3'), { notice: 'done #3', pace: 'looking' });
    await elapse(20);
    await pressed;
    expect(drawn).toEqual(['v1', 'v3 (done #3)']);
    // Pressed again within the interval: at once; pressed while that draw runs: right after it.
    const again = homes.request('1:UANNA', draw('v4'), { notice: 'done #4', pace: 'looking' });
    await homes.request('1:UANNA', draw('v5'), { notice: 'done #5', pace: 'looking' });
    await elapse(20);
    await again;
    await elapse(21);
    expect(drawn).toEqual(['v1', 'v3 (done #3)', 'v4 (done #4)', 'v5 (done #5)']);
    expect(homes.isIdle).toBe(true);
    await homes.stop();
  });

  it('opening the tab draws at once, taking over a draw waiting out its interval', async () => {
    const homes = new HomeRefresher<string>(1000);
    const { drawn, draw } = recorder();
    const first = homes.request('1:UANNA', draw('v1'));
    await elapse(20);
    await first;
    await homes.request('1:UANNA', draw('v2'));
    const opened = homes.request('1:UANNA', draw('opened'), { pace: 'opened' });
    await elapse(20);
    await opened;
    expect(drawn).toEqual(['v1', 'opened']);
    await elapse(2000);
    expect(drawn).toEqual(['v1', 'opened']);
    expect(homes.isIdle).toBe(true);
    await homes.stop();
  });

  it('opening the tab while a draw runs draws beside it; a change meanwhile is drawn after both', async () => {
    const homes = new HomeRefresher<string>(0);
    const { drawn, draw } = recorder();
    const running = homes.request('1:UANNA', draw('v1', 30));
    await elapse(5);
    const opened = homes.request('1:UANNA', draw('opened', 30), { pace: 'opened' });
    await homes.request('1:UANNA', draw('v2'));
    await elapse(25);
    await running;
    expect(drawn).toEqual(['v1']);
    await elapse(5);
    await opened;
    expect(drawn).toEqual(['v1', 'opened']);
    await elapse(21);
    expect(drawn).toEqual(['v1', 'opened', 'v2']);
    await homes.stop();
  });

  it('drawWaiting draws what waits out its interval now, once', async () => {
    const homes = new HomeRefresher<string>(60_000);
    const { drawn, draw } = recorder();
    const first = homes.request('1:UANNA', draw('v1'));
    await homes.request('1:UANNA', draw('v2'));
    await homes.request('1:UANNA', draw('v3'));
    await elapse(20);
    await first;
    const waiting = homes.drawWaiting();
    await elapse(20);
    await waiting;
    expect(drawn).toEqual(['v1', 'v3']);
    expect(homes.isIdle).toBe(true);
    await homes.stop();
  });

  it('a draw that fails rejects to the request that started it; one started later is reported', async () => {
    const failures: string[] = [];
    const homes = new HomeRefresher<string>(100, {
      onError: (key, error) => failures.push(`${key}: ${(error as Error).message}`),
    });
    const failing = (message: string) => async () => {
      await pause(20);
      throw new Error(message);
    };
    const first = homes.request('1:UANNA', failing('first'));
    const caught = first.catch((error: Error) => error.message);
    await homes.request('1:UANNA', failing('folded'));
    await elapse(20);
    expect(await caught).toBe('first');
    await elapse(120);
    expect(failures).toEqual(['1:UANNA: folded']);
    expect(homes.isIdle).toBe(true);
    await homes.stop();
  });
  it('draws after changes run a few at a time across everyone; those in line fold further changes in', async () => {
    const homes = new HomeRefresher<string>(100, { maxChangeDraws: 1 });
    const { drawn, draw } = recorder();
    const anna = homes.request('1:UANNA', draw('anna v1'));
    await homes.request('1:UBEN', draw('ben v1'));
    await homes.request('1:UCLEO', draw('cleo v1'));
    await homes.request('1:UBEN', draw('ben v2'));
    expect(homes.isIdle).toBe(false);
    // Cleo opens her Home: drawn at once, beside the line, her waiting change included.
    const opened = homes.request('1:UCLEO', draw('cleo opened'), { pace: 'opened' });
    await elapse(20);
    await Promise.all([anna, opened]);
    expect(drawn).toEqual(['anna v1', 'cleo opened']);
    await elapse(20);
    expect(drawn).toEqual(['anna v1', 'cleo opened', 'ben v2']);
    await homes.idle();
    expect(homes.isIdle).toBe(true);
    await homes.stop();
  });
});
