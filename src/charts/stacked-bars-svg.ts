import { CHART_FONT_FAMILY } from './chart-fonts';

/** A stacked bar chart, with every text already in the viewer's language. */
export interface StackedBarChart {
  title: string;
  subtitle?: string;
  xLabel: string;
  yLabel: string;
  legendTitle: string;
  /** One label per bar, left to right. */
  categories: string[];
  /** Bottom layer first; counts line up with categories. */
  layers: { name: string; counts: number[] }[];
}

export const CHART_WIDTH = 1200;
export const CHART_HEIGHT = 700;

// Tableau 10: distinguishable, and still tellable apart by most colour-blind readers.
const COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

const PLOT = { left: 90, top: 100, right: CHART_WIDTH - 290, bottom: CHART_HEIGHT - 110 };
const LEGEND_X = CHART_WIDTH - 260;
const LEGEND_CHARS = 24;

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function clip(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars - 1)}…`;
}

/** A round step giving about five grid lines up to `max`: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number): number {
  if (max <= 5) return 1;
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  return step ?? 10 * power;
}

function text({
  x,
  y,
  content,
  attrs = '',
}: {
  x: number;
  y: number;
  content: string;
  attrs?: string;
}): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${xml(content)}</text>`;
}

/**
 * Draws the chart as SVG by hand: title, subtitle, y grid with counts, stacked
 * bars, x labels thinned out to stay readable, both axis labels and a legend.
 */
export function stackedBarsSvg(chart: StackedBarChart): string {
  const n = Math.max(1, chart.categories.length);
  const totals = chart.categories.map((_, i) => chart.layers.reduce((sum, l) => sum + (l.counts[i] ?? 0), 0));
  const step = niceStep(Math.max(1, ...totals));
  const top = Math.max(step, Math.ceil(Math.max(1, ...totals) / step) * step);
  const plotHeight = PLOT.bottom - PLOT.top;
  const band = (PLOT.right - PLOT.left) / n;
  const y = (value: number) => PLOT.bottom - (value / top) * plotHeight;
  const parts: string[] = [];

  parts.push(`<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`);
  parts.push(
    text({
      x: PLOT.left,
      y: 44,
      content: chart.title,
      attrs: 'font-size="26" font-weight="bold" fill="#1d1c1d"',
    }),
  );
  if (chart.subtitle)
    parts.push(
      text({ x: PLOT.left, y: 74, content: chart.subtitle, attrs: 'font-size="16" fill="#616061"' }),
    );

  for (let value = 0; value <= top; value += step) {
    const gy = y(value);
    parts.push(
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${gy.toFixed(1)}" y2="${gy.toFixed(1)}" stroke="#dddddd"/>`,
    );
    parts.push(
      text({
        x: PLOT.left - 10,
        y: gy + 5,
        content: String(value),
        attrs: 'font-size="14" text-anchor="end" fill="#444444"',
      }),
    );
  }

  chart.layers.forEach((layer, li) => {
    const colour = COLOURS[li % COLOURS.length]!;
    chart.categories.forEach((_, i) => {
      const count = layer.counts[i] ?? 0;
      if (count <= 0) return;
      const below = chart.layers.slice(0, li).reduce((sum, l) => sum + (l.counts[i] ?? 0), 0);
      const x = PLOT.left + i * band + band * 0.1;
      const yTop = y(below + count);
      const height = y(below) - yTop;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${yTop.toFixed(1)}" width="${(band * 0.8).toFixed(1)}" height="${height.toFixed(1)}" fill="${colour}"/>`,
      );
    });
  });

  parts.push(
    `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="#444444"/>`,
  );
  // About one label per 70 pixels; the first bar always has one.
  const every = Math.max(1, Math.ceil(n / Math.floor((PLOT.right - PLOT.left) / 70)));
  chart.categories.forEach((label, i) => {
    if (i % every !== 0) return;
    const x = PLOT.left + (i + 0.5) * band;
    parts.push(
      text({
        x,
        y: PLOT.bottom + 22,
        content: clip(label, 10),
        attrs: 'font-size="13" text-anchor="middle" fill="#444444"',
      }),
    );
  });
  parts.push(
    text({
      x: (PLOT.left + PLOT.right) / 2,
      y: PLOT.bottom + 62,
      content: chart.xLabel,
      attrs: 'font-size="16" text-anchor="middle"',
    }),
  );
  const yMid = (PLOT.top + PLOT.bottom) / 2;
  parts.push(
    text({
      x: 28,
      y: yMid,
      content: chart.yLabel,
      attrs: `font-size="16" text-anchor="middle" transform="rotate(-90 28 ${yMid})"`,
    }),
  );

  parts.push(
    text({
      x: LEGEND_X,
      y: PLOT.top + 4,
      content: chart.legendTitle,
      attrs: 'font-size="16" font-weight="bold"',
    }),
  );
  chart.layers.forEach((layer, li) => {
    const ly = PLOT.top + 30 + li * 28;
    // Workspaces rarely have this many types; the bars still show every one.
    if (ly > PLOT.bottom) return;
    parts.push(
      `<rect x="${LEGEND_X}" y="${ly - 14}" width="18" height="18" fill="${COLOURS[li % COLOURS.length]}"/>`,
    );
    parts.push(
      text({
        x: LEGEND_X + 28,
        y: ly,
        content: clip(layer.name, LEGEND_CHARS),
        attrs: 'font-size="15" fill="#1d1c1d"',
      }),
    );
  });

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="${CHART_FONT_FAMILY}">${parts.join('')}</svg>`;
}
