const cleanups = new Set<() => Promise<void>>();
let installed = false;

/**
 * Ctrl-C must not leave a database on the server or gigabytes in the temp folder.
 * Returns the function that unregisters `cleanup` once it ran the normal way.
 */
export function cleanupOnInterrupt(cleanup: () => Promise<void>): () => void {
  if (!installed) {
    installed = true;
    process.once('SIGINT', () => {
      console.log('\nInterrupted: removing benchmark data…');
      Promise.allSettled([...cleanups].map((run) => run())).finally(() => process.exit(130));
    });
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
