import fs from 'node:fs';
import path from 'node:path';

/** The font the charts are drawn with; bundled so no machine's system fonts change a chart. */
export const CHART_FONT_FAMILY = 'DejaVu Sans';
const FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

let found: string[] | undefined;

/** The bundled TTF files (regular and bold, with å, ä, ö), from sources or from the compiled dist/. */
export function chartFontFiles(): string[] {
  if (found) return found;
  // Sources run from src/charts, compiled code from dist/src/charts: look beside either.
  const candidates = [
    path.resolve(__dirname, '..', '..', 'assets', 'fonts'),
    path.resolve(__dirname, '..', '..', '..', 'assets', 'fonts'),
  ];
  const dir = candidates.find((candidate) => fs.existsSync(path.join(candidate, FILES[0]!)));
  if (!dir) throw new Error(`The chart font is missing (looked in ${candidates.join(', ')})`);
  found = FILES.map((file) => path.join(dir, file));
  return found;
}
