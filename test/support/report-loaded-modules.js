// Preloaded into a process under test (node --require): on exit, writes to stderr the files
// the process had loaded, one line, so a test can tell what a short run did not load.
process.on('exit', () => {
  process.stderr.write(`loaded modules: ${JSON.stringify(Object.keys(require.cache))}\n`);
});
