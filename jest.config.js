const { starterModulePatterns, testTiers } = require('./test/support/test-tiers');

// Two projects, told apart by what each test file imports (test/support/test-tiers.js):
// "unit" starts no app, database, server or process; "integration" is everything else.
// `npm test` runs both, `npm run test:unit` only the first.
const tiers = testTiers();
const exactly = (file) => `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;

const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
};
// The generated Prisma client imports its siblings as ./x.js (ESM style); the sources are .ts.
const siblingJs = { '^(\\.{1,2}/.*)\\.js$': '$1' };

/** @type {import('jest').Config} */
module.exports = {
  // One more worker than the 2 cores of the machine the suite is sized for: an integration
  // file spends about a third of its time waiting (HTTP to the Slack double, its own app),
  // so 2 workers left the cores idle that long (PGlite, quiet: 335 s with 2, 266 s with 3,
  // the CPU time the same).
  maxWorkers: 3,
  // Generous (and read from here, not from projects): a busy machine may take long to start an
  // app and its database; a hang still fails.
  testTimeout: 180000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testPathIgnorePatterns: ['/node_modules/', ...tiers.integration.map(exactly)],
      moduleNameMapper: {
        ...Object.fromEntries(
          starterModulePatterns().map((pattern) => [pattern, '<rootDir>/test/support/unit-guard.js']),
        ),
        ...siblingJs,
      },
    },
    {
      ...shared,
      displayName: 'integration',
      testPathIgnorePatterns: ['/node_modules/', ...tiers.unit.map(exactly)],
      moduleNameMapper: {
        '^@prisma/client/runtime/query_compiler_bg\\.postgresql\\.wasm-base64\\.js$':
          '<rootDir>/test/support/prisma-compiler-wasm.js',
        ...siblingJs,
      },
      // Reads each module's source once per worker instead of once per file (see the file).
      runtime: '<rootDir>/test/support/shared-sources-runtime.js',
      // The migrated template database every test file copies (test/support/database-template.ts).
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
  ],
};
