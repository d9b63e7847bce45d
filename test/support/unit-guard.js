// Stands in for the helpers that start an app, a database or a process when jest runs the
// unit project: test/support/test-tiers.js put a test there because it saw no such helper,
// so reaching one means the split went wrong. Say so, instead of running slowly.
throw new Error(
  'A unit test reached a helper that starts an app, a database or a process. ' +
    'Import it plainly (import { … } from "…") so test/support/test-tiers.js sees it and runs the test as an integration test.',
);
