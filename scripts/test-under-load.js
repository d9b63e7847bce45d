// `npm run test:under-load`: the whole test suite (jest with the arguments given) while another
// process keeps every core busy, as on a shared machine or a crowded CI runner. A suite that
// passes only on an idle machine depends on time somewhere; this is how that shows up.
const { spawn } = require('node:child_process');
const os = require('node:os');

const cores = os.availableParallelism();
// One thread per core spinning forever; the burner ends itself if this runner dies without it.
const burn = `
  const { Worker } = require('node:worker_threads');
  for (let i = 0; i < ${cores}; i += 1) new Worker('for (;;) {}', { eval: true });
  setInterval(() => { try { process.kill(${process.pid}, 0); } catch { process.exit(0); } }, 1000);
`;
const burner = spawn(process.execPath, ['-e', burn], { stdio: 'ignore', env: { PATH: process.env.PATH } });
process.stderr.write(`test:under-load: ${cores} busy threads beside the tests (pid ${burner.pid})\n`);

const jest = spawn(process.execPath, [require.resolve('jest/bin/jest'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
const stopBurner = () => burner.exitCode === null && burner.kill('SIGKILL');
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    jest.kill(signal);
    stopBurner();
  });
}
jest.on('exit', (code, signal) => {
  stopBurner();
  process.exit(code ?? (signal ? 1 : 0));
});
