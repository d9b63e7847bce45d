// `npm run build`, and before `npm start` and after `npm install`: compiles src/ into dist/
// only when something it is built from changed since the last good build. Checking takes
// a few tens of milliseconds; the compiler itself (seconds) runs only when needed, and then
// incrementally (tsBuildInfoFile in tsconfig.build.json), so a restart never pays a full build.
// Plain JavaScript: it must run before anything is compiled.
const { createHash } = require('node:crypto');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.build-fingerprint');
const ENTRY = path.join(DIST, 'src', 'main.js');
const BUILD_INFO = path.join(DIST, '.tsbuildinfo');
/** What the output depends on besides src/: compiler settings and the installed compiler and types. */
const INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function filesUnder(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(full));
    else if (entry.isFile()) found.push(full);
  }
  return found;
}

/** A hash of every input's path and content: mtimes lie after checkouts and copies, content does not. */
function fingerprint() {
  const hash = createHash('sha256');
  const files = [...INPUTS.map((name) => path.join(ROOT, name)), ...filesUnder(path.join(ROOT, 'src'))];
  for (const file of files.sort()) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function isCurrent(expected) {
  return fs.existsSync(ENTRY) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === expected;
}

function build() {
  const started = process.hrtime.bigint();
  const expected = fingerprint();
  if (isCurrent(expected)) return 0;
  process.stderr.write('Compiling TypeScript (only what changed since the last build)…\n');
  // The stamp goes first: a build that fails or is interrupted must not look current.
  fs.rmSync(STAMP, { force: true });
  // The compiler trusts its build info and would not re-emit files deleted from dist/ by hand.
  if (!fs.existsSync(ENTRY)) fs.rmSync(BUILD_INFO, { force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    process.stderr.write('The TypeScript build failed (see above); nothing was started.\n');
    return result.status ?? 1;
  }
  fs.writeFileSync(STAMP, expected);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write(`Built in ${seconds.toFixed(1)} s.\n`);
  return 0;
}

module.exports = { fingerprint, isCurrent };

if (require.main === module) process.exit(build());
