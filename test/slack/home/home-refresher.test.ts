import { HomeRefresher } from '../../../src/slack/listeners/home/home-refresher';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
    await first;
    expect(drawn).toEqual(['v1']);
    await pause(150);
    expect(drawn).toEqual(['v1', 'v4']);
    await homes.stop();
  });

  it('a change soon after a finished draw waits for the interval, then draws once', async () => {
    const homes = new HomeRefresher(100);
    const { drawn, draw } = recorder();
    await homes.request('1:UANNA', draw('v1'));
    await homes.request('1:UANNA', draw('v2'));
    await homes.request('1:UANNA', draw('v3'));
    expect(drawn).toEqual(['v1']);
    await pause(150);
    expect(drawn).toEqual(['v1', 'v3']);
    await homes.stop();
  });

  it('keeps people apart: one person’s burst does not hold up another’s Home', async () => {
    const homes = new HomeRefresher(1000);
    const { drawn, draw } = recorder();
    await homes.request('1:UANNA', draw('anna'));
    await homes.request('1:UBEN', draw('ben'));
    expect(drawn).toEqual(['anna', 'ben']);
    await homes.stop();
  });

  it('with no interval, a change during a draw is drawn right after it', async () => {
    const homes = new HomeRefresher(0);
    const { drawn, draw } = recorder();
    const first = homes.request('1:UANNA', draw('v1', 30));
    await homes.request('1:UANNA', draw('v2'));
    await first;
    await pause(60);
    expect(drawn).toEqual(['v1', 'v2']);
    await homes.stop();
  });

  it('stopping waits for a running draw and drops waiting ones', async () => {
    const homes = new HomeRefresher(50);
    const { drawn, draw } = recorder();
    void homes.request('1:UANNA', draw('v1'));
    await homes.request('1:UANNA', draw('v2'));
    await homes.stop();
    await pause(100);
    expect(drawn).toEqual(['v1']);
    await homes.request('1:UANNA', draw('v3'));
    expect(drawn).toEqual(['v1']);
  });
});
