// `npm run import -- <file.csv> [--workspace T…]`: imports contacts into the database
// the app uses (DATABASE_URL, or the embedded one under DATA_DIR; stop the app first
// when that is the embedded one: only one process may open it).
import 'dotenv/config';
import { once } from 'node:events';
import fs from 'node:fs';
import { openDatabase } from '../db/database';
import { resolveDatabaseTarget } from '../db/database-target';
import { ImportRepository } from '../db/repositories/import-repository';
import { ImportWorkspaceRepository } from '../db/repositories/import-workspace-repository';
import { AppError } from '../domain/app-error';
import { systemClock } from '../domain/clock';
import { workspaceLocale } from '../domain/employees/employee-viewer';
import { errorReportHeader, errorReportLine } from '../domain/imports/error-report';
import {
  ImportContacts,
  type ImportRowError,
  ImportStopped,
  type ImportSummary,
} from '../domain/imports/import-contacts';
import { chooseWorkspace } from '../domain/imports/import-target';
import { type Messages, messages } from '../i18n';
import { progressReporter } from './progress';

/** Problems printed on screen; the rest are in the error file. */
const SHOWN_ERRORS = 20;

export interface ImportArguments {
  file: string;
  workspace?: string;
}

export function parseArguments(argv: string[]): ImportArguments | null {
  let file: string | undefined;
  let workspace: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--workspace') workspace = argv[++i];
    else if (arg.startsWith('--workspace=')) workspace = arg.slice('--workspace='.length);
    else if (arg.startsWith('--') || file !== undefined) return null;
    else file = arg;
  }
  if (!file || (workspace !== undefined && workspace.trim() === '')) return null;
  return { file, workspace };
}

/**
 * Exit code: 0 all rows imported, 2 some rows refused (see the error file), 1 nothing
 * done, 3 stopped part-way (the summary says what was saved before).
 */
async function main(): Promise<number> {
  let m: Messages = messages('en');
  const args = parseArguments(process.argv.slice(2));
  if (!args) {
    console.error(m.imports.cli.usage);
    return 1;
  }
  if (!fs.existsSync(args.file)) {
    console.error(m.imports.cli.fileMissing(args.file));
    return 1;
  }
  const target = resolveDatabaseTarget(process.env.DATABASE_URL, process.env.DATA_DIR?.trim() || './data');
  const database = await openDatabase(target);
  const errorFile = `${args.file}.errors.csv`;
  let errors: fs.WriteStream | undefined;
  try {
    const workspace = chooseWorkspace(
      await new ImportWorkspaceRepository(database.prisma).list(),
      args.workspace,
    );
    const locale = workspaceLocale(workspace);
    m = messages(locale);
    console.log(m.imports.cli.importing(args.file, `${workspace.name} (${workspace.slackTeamId})`));
    fs.rmSync(errorFile, { force: true });
    const shown: ImportRowError[] = [];
    let errorCount = 0;
    const onError = async (error: ImportRowError) => {
      errorCount++;
      if (shown.length < SHOWN_ERRORS) shown.push(error);
      if (!errors) {
        errors = fs.createWriteStream(errorFile);
        errors.write(errorReportHeader(locale));
      }
      if (!errors.write(errorReportLine(error, locale))) await once(errors, 'drain');
    };
    const progress = progressReporter(process.stderr, fs.statSync(args.file).size, m);
    const report = (summary: ImportSummary) => {
      progress.done();
      console.log(m.imports.cli.summary(summary));
      if (summary.encoding !== 'utf-8') console.log(m.imports.cli.readAs(summary.encoding));
      if (summary.organizationsCreated > 0)
        console.log(m.imports.cli.organizationsCreated(summary.organizationsCreated));
      if (summary.ignoredColumns.length > 0)
        console.log(m.imports.cli.ignoredColumns(summary.ignoredColumns.join(', ')));
      if (errorCount > 0) {
        console.log(m.imports.cli.errorsHeading(shown.length, errorCount));
        for (const error of shown)
          console.log(m.imports.cli.errorLine(error.row, error.column, error.message));
        console.log(m.imports.cli.errorFile(errorFile));
      }
    };
    try {
      const summary = await new ImportContacts(new ImportRepository(database.prisma), systemClock).execute(
        () => fs.createReadStream(args.file, { highWaterMark: 256 * 1024 }),
        { workspaceId: workspace.id, locale, onError, onProgress: progress.update },
      );
      report(summary);
      return summary.rejected > 0 ? 2 : 0;
    } catch (error) {
      if (!(error instanceof ImportStopped)) throw error;
      report(error.summary);
      const reason = error.reason instanceof Error ? error.reason.message : String(error.reason);
      console.error(m.imports.cli.stopped(error.row, reason));
      return 3;
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(m.imports.cli.failed(error.userMessage(m)));
    return 1;
  } finally {
    const stream = errors;
    if (stream) await new Promise((resolve) => stream.end(resolve));
    await database.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(
        messages('en').imports.cli.failed(error instanceof Error ? error.message : String(error)),
      );
      process.exit(1);
    },
  );
}
