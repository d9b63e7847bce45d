/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  // The generated Prisma client imports its siblings as ./x.js (ESM style); the sources are .ts.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // Generous: a busy machine may take long to start an app and its database; a hang still fails.
  testTimeout: 180000,
  maxWorkers: 2,
  // The migrated template database every test file copies (test/support/database-template.ts).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
};
