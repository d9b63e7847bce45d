// Stands in, for jest only (jest.config.js maps the module here), for Prisma's query compiler
// as base64 text: a 2.6 MB module the generated client imports at every start. Jest hands an
// imported CommonJS file to its export lexer and compiles it, about a quarter of a second of
// CPU per test file for one string literal; reading the literal out of the same file gives the
// same bytes. A process the tests start loads the real module, as production does.
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(
  path.dirname(require.resolve('@prisma/client/package.json')),
  'runtime',
  'query_compiler_bg.postgresql.wasm-base64.js',
);
const source = fs.readFileSync(file, 'latin1');
// Found by its quotes, not by a pattern over its 2.6 MB (which took ~20 ms per test file).
const head = 'const wasm = "';
const end = source.indexOf('"', head.length);
if (!source.startsWith(head) || !/^";\s*module\.exports = \{ wasm \}\s*$/.test(source.slice(end)))
  throw new Error(`${file} is no longer one base64 literal: drop its mapping in jest.config.js`);

module.exports = { wasm: source.slice(head.length, end) };
