// Jest's runtime for the integration files (jest.config.js `runtime`), with one change: the
// source text of a module is read from disk once per worker, not once per test file. Jest
// reads every module's source again for each file's fresh module registry (about 1,500 files:
// open, read, decode), only to find its transform already cached for the worker. Sources are
// kept with their modification time and size, so a file changed during a run is read again;
// files outside the project (a test's temporary directory) are never kept.
const fs = require('node:fs');
const path = require('node:path');
const JestRuntime = require('jest-runtime').default;

const root = path.resolve(__dirname, '..', '..');
// node_modules may be a link to another checkout's; jest names modules by their real path.
const places = [root, fs.realpathSync(path.join(root, 'node_modules'))].map((dir) => dir + path.sep);
const inProject = (filename) => places.some((place) => filename.startsWith(place));
const shared = new Map();

class SharedSources extends Map {
  get(filename) {
    const own = super.get(filename);
    if (own !== undefined || !inProject(filename)) return own;
    let stat;
    try {
      stat = fs.statSync(filename);
    } catch {
      return undefined;
    }
    const kept = shared.get(filename);
    if (kept && kept.mtimeMs === stat.mtimeMs && kept.size === stat.size) {
      super.set(filename, kept.source);
      return kept.source;
    }
    return undefined;
  }

  set(filename, source) {
    if (inProject(filename)) {
      try {
        const { mtimeMs, size } = fs.statSync(filename);
        shared.set(filename, { mtimeMs, size, source });
      } catch {
        // Vanished since it was read: nothing to keep.
      }
    }
    return super.set(filename, source);
  }
}

class SharedSourcesRuntime extends JestRuntime {
  constructor(config, environment, resolver, transformer, cacheFS, ...rest) {
    super(config, environment, resolver, transformer, new SharedSources(cacheFS), ...rest);
  }
}

module.exports = SharedSourcesRuntime;
