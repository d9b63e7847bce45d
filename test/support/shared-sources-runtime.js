// Jest's runtime for the integration files (jest.config.js `runtime`), with two changes.
// First, the source text of a module is read from disk once per worker, not once per test file. Jest
// reads every module's source again for each file's fresh module registry (about 1,500 files:
// open, read, decode), only to find its transform already cached for the worker. Sources are
// kept with their modification time and size, so a file changed during a run is read again;
// files outside the project (a test's temporary directory) are never kept.
// Second, a module is compiled from V8's code cache of its first compile in the worker
// (see compileWithCodeCache).
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
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

const codeCaches = new Map();
const dynamicImport = /\bimport\s*\(/;

/**
 * Jest compiles every module again for each test file (about 0.4 s of CPU per integration
 * file, most of it parsing the same sources); from the worker's cached data V8 skips that.
 * The options are jest's own (jest-runtime's ModuleExecutor.compile), which is also called
 * for anything not kept: a module that may `import()` (Node 20 gives a function compiled
 * from cached data the dynamic-import callback of the first compile, whose test file is
 * gone), files outside the project, and any compile error (so jest reports it its way).
 */
function compileWithCodeCache(executor, original) {
  return (source, filename) => {
    const vmContext = executor.environment.getVmContext();
    if (vmContext == null) return original(source, filename);
    const kept = codeCaches.get(filename);
    // Only what passed the checks below is kept: its source needs no second scan.
    const cachedData = kept && kept.source === source ? kept.data : undefined;
    if (cachedData === undefined && (!inProject(filename) || dynamicImport.test(source)))
      return original(source, filename);
    let fn;
    try {
      fn = vm.compileFunction(source, executor.injectedModuleParameters, {
        filename,
        cachedData,
        produceCachedData: cachedData === undefined,
        importModuleDynamically: (specifier, _fn, attributes, ...rest) =>
          executor.dynamicImport(specifier, filename, vmContext, attributes, rest[0]),
        parsingContext: vmContext,
      });
    } catch {
      return original(source, filename);
    }
    // Copied: V8 makes the buffer in the test file's context, and a kept object of that realm
    // keeps the whole context (its globals, module registry) alive for the rest of the worker.
    if (cachedData === undefined && fn.cachedData)
      codeCaches.set(filename, { source, data: Buffer.from(fn.cachedData) });
    return fn;
  };
}

class SharedSourcesRuntime extends JestRuntime {
  constructor(config, environment, resolver, transformer, cacheFS, ...rest) {
    super(config, environment, resolver, transformer, new SharedSources(cacheFS), ...rest);
    this.executor.compile = compileWithCodeCache(this.executor, this.executor.compile.bind(this.executor));
  }
}

module.exports = SharedSourcesRuntime;
