// Which test files are unit tests: those that start no app, database, server or process.
// Decided from what each file imports (directly or through the test helpers it imports), so
// a new test lands in the right tier without anyone keeping a list. jest.config.js turns the
// split into two projects; the unit project also replaces the starters' modules with one that
// throws (unit-guard.js), so a unit test that reaches one some other way fails loudly.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const TEST = path.join(ROOT, 'test');

/**
 * Modules (from the repository root, no extension) and the exports of theirs that start
 * something. Importing other exports of them (the double's Block Kit validators, types)
 * starts nothing. '*' means any use of the module.
 */
const STARTERS = {
  'test/support/test-app': ['startTestApp'],
  'test/support/test-database': ['createTestDatabase'],
  'test/support/test-prisma': ['openTestDatabase'],
  'test/support/database-template': ['*'],
  'test/support/app-process': ['*'],
  'test/support/slack-double': ['SlackDouble'],
  'test/support/slack-double/double': ['SlackDouble'],
  'src/app': ['startTouchbase'],
  'src/db/database': ['openDatabase'],
  'src/db/adapter-factory': ['openAdapterFactory'],
  'src/db/pglite': ['openPGlite'],
  child_process: ['*'],
  'node:child_process': ['*'],
  '@electric-sql/pglite': ['*'],
  pg: ['*'],
};

// import x from 'm' | import { a, type B } from 'm' | import * as m from 'm' | export { a } from 'm' |
// export * from 'm' | import 'm' | require('m') | import('m'). Group 1: `type` (imports nothing at run
// time), group 2: the clause, group 3 or 4: the module.
const IMPORT =
  /(?:^|[^.\w$])(?:import|export)\s+(type\s+)?(?:([^'";]*?)\s+from\s+)?['"]([^'"]+)['"]|(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The run-time names a clause imports, or '*' when it takes the whole module (default, namespace, side effect). */
function importedNames(clause) {
  if (!clause) return ['*'];
  const braces = /\{([^}]*)\}/.exec(clause);
  const outside = clause
    .replace(/\{[^}]*\}/, '')
    .replace(/,/g, '')
    .trim();
  const names = [];
  if (outside) names.push('*');
  if (braces) {
    for (const part of braces[1].split(',')) {
      const name = part.trim();
      if (name && !name.startsWith('type ')) names.push(name.split(/\s+as\s+/)[0].trim());
    }
  }
  return names;
}

function resolveRelative(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.js`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function moduleId(file) {
  return path
    .relative(ROOT, file)
    .replace(/\\/g, '/')
    .replace(/(\/index)?\.(ts|js)$/, '');
}

function startsWith(names, starterNames) {
  if (names.length === 0) return false;
  return starterNames.includes('*') || names.some((name) => name === '*' || starterNames.includes(name));
}

const verdicts = new Map();

/** True when `file`, or a test helper it imports, uses a starter. */
function startsSomething(file, visiting = new Set()) {
  if (verdicts.has(file)) return verdicts.get(file);
  if (visiting.has(file)) return false;
  visiting.add(file);
  const source = fs.readFileSync(file, 'utf8');
  let found = false;
  for (const match of source.matchAll(IMPORT)) {
    if (match[1]) continue;
    const specifier = match[3] ?? match[4];
    const names = importedNames(match[4] ? undefined : match[2]);
    if (specifier.startsWith('.')) {
      const target = resolveRelative(file, specifier);
      if (!target) continue;
      const starter = STARTERS[moduleId(target)];
      if (starter) found = startsWith(names, starter);
      // Other test helpers are followed; other source modules start nothing on import.
      else found = names.length > 0 && target.startsWith(TEST) && startsSomething(target, visiting);
    } else if (STARTERS[specifier]) {
      found = startsWith(names, STARTERS[specifier]);
    }
    if (found) break;
  }
  verdicts.set(file, found);
  return found;
}

function testFiles(dir = TEST) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...testFiles(full));
    else if (entry.name.endsWith('.test.ts')) found.push(full);
  }
  return found;
}

/** Every test file, split into those that start nothing (unit) and the rest. */
function testTiers() {
  const unit = [];
  const integration = [];
  for (const file of testFiles().sort()) (startsSomething(file) ? integration : unit).push(file);
  return { unit, integration };
}

/**
 * The helpers the unit project replaces with unit-guard.js, as moduleNameMapper patterns:
 * the test helpers that exist only to start something (not the double, whose Block Kit
 * validators unit tests use).
 */
function starterModulePatterns() {
  return Object.keys(STARTERS)
    .filter((id) => id.startsWith('test/support/') && !id.includes('slack-double'))
    .map((id) => `^.*/${id.replace(/^test\//, '')}$`);
}

module.exports = { testTiers, starterModulePatterns };
