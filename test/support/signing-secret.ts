/**
 * The Slack signing secret the test apps and the Slack double share. Its own module, so a test
 * that starts the app as a process takes it without loading the whole app (test-app.ts) into jest.
 */
export const SIGNING_SECRET = 'test-signing-secret';
