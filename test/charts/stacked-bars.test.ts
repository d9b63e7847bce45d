import { PNG } from 'pngjs';
import { renderPng } from '../../src/charts/render-png';
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  niceStep,
  type StackedBarChart,
  stackedBarsSvg,
} from '../../src/charts/stacked-bars-svg';

const chart: StackedBarChart = {
  title: 'Statistik · mars 2026',
  subtitle: 'Team <Sälj> & "Öst"',
  xLabel: 'Dag',
  yLabel: 'Aktiviteter',
  legendTitle: 'Typ',
  categories: ['1 mars', '2 mars', '3 mars'],
  layers: [
    { name: 'Möte', counts: [1, 0, 2] },
    { name: 'Utgående samtal', counts: [3, 1, 0] },
  ],
};

/** Non-white pixels in a rectangle of the decoded image. */
function inked(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let count = 0;
  for (let y = y0; y < y1; y += 1)
    for (let x = x0; x < x1; x += 1) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! < 200 || png.data[i + 1]! < 200 || png.data[i + 2]! < 200) count += 1;
    }
  return count;
}

describe('stacked bar chart', () => {
  it('writes title, axis labels, legend and escaped text into the SVG', () => {
    const svg = stackedBarsSvg(chart);
    for (const text of [
      'Statistik · mars 2026',
      'Dag',
      'Aktiviteter',
      'Typ',
      'Möte',
      'Utgående samtal',
      '1 mars',
    ])
      expect(svg).toContain(text);
    expect(svg).toContain('Team &lt;Sälj&gt; &amp; &quot;Öst&quot;');
    expect(svg).not.toContain('<Sälj>');
    // Two layers over three days with one empty cell each: four bar segments, and two legend swatches.
    expect(svg.match(/<rect x=/g)?.length).toBe(4 + 2);
  });

  it('picks round grid steps', () => {
    expect([niceStep(3), niceStep(12), niceStep(40), niceStep(730)]).toEqual([1, 5, 10, 200]);
  });

  it('renders a PNG of the expected size with the bundled font (å, ä, ö drawn, no system fonts)', () => {
    const png = renderPng(stackedBarsSvg(chart));
    const decoded = PNG.sync.read(png.data);
    expect([decoded.width, decoded.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    // The title is drawn: without a loaded font resvg draws no text at all.
    expect(inked(decoded, 90, 15, 600, 55)).toBeGreaterThan(500);
    // Nothing but the title and subtitle above the plot on the right-hand side of the title.
    expect(inked(decoded, 700, 0, 1200, 60)).toBe(0);
  });

  it('draws a text of only å, ä and ö, so the font really carries them', () => {
    const svg = stackedBarsSvg({ ...chart, title: 'ååå äää ööö', subtitle: undefined });
    const empty = stackedBarsSvg({ ...chart, title: '', subtitle: undefined });
    const withText = PNG.sync.read(renderPng(svg).data);
    const without = PNG.sync.read(renderPng(empty).data);
    expect(inked(withText, 90, 15, 600, 55)).toBeGreaterThan(300);
    expect(inked(without, 90, 15, 600, 55)).toBe(0);
  });
});
