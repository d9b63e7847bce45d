import { Resvg } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY, chartFontFiles } from './chart-fonts';

export interface Png {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * SVG to PNG without a browser or canvas (resvg), with only the bundled font:
 * system fonts are not loaded, so every machine draws the same picture.
 */
export function renderPng(svg: string): Png {
  const rendered = new Resvg(svg, {
    font: {
      fontFiles: chartFontFiles(),
      loadSystemFonts: false,
      defaultFontFamily: CHART_FONT_FAMILY,
    },
    fitTo: { mode: 'original' },
  }).render();
  return { data: rendered.asPng(), width: rendered.width, height: rendered.height };
}
