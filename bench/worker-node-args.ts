import fs from 'node:fs';
import path from 'node:path';

/**
 * The Node flags `npm start` runs with (the heap capped, a small young generation,
 * one V8 helper thread: README, "Operation"). Workers measured for memory
 * run as production does; package.json stays the one place that says how.
 */
export const PRODUCTION_NODE_ARGS: string[] = (() => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  return manifest.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
})();
