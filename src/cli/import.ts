// The process behind `npm run import` (see import-command.ts): reads .env as the app does,
// runs the command on its own arguments and streams, and exits with the command's code.
import 'dotenv/config';
import { runImport } from './import-command';

runImport(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => process.exit(code),
);
