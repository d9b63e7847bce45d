// `npm run import -- <file.csv> [--workspace T…]`: imports contacts into the database
// the app uses (DATABASE_URL, or the embedded one under DATA_DIR; stop the app first
// when that is the embedded one: only one process may open it). The process itself is
// import.ts; this is all it does, given its arguments, environment and output streams.
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
import { type Output, progressReporter } from './progress';

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

export interface ImportIo {
  /** DATABASE_URL and DATA_DIR say which database, as for the app. */
  env: Record<string, string | undefined>;
  /** The summary and the problems shown. */
  stdout: Output;
  /** Progress, and why nothing or not everything was imported. */
  stderr: Output;
}

/**
 * Runs the command with `argv` (the arguments after the script's name) and answers the
 * process's exit code: 0 all rows imported, 2 some rows refused (see the error file),
 * 1 nothing done, 3 stopped part-way (the summary says what was saved before).
 */
export async function runImport(argv: string[], io: ImportIo): Promise<number> {
  try {
    return await importFile(argv, io);
  } catch (error) {
    println(
      io.stderr,
      messages('en').imports.cli.failed(error instanceof Error ? error.message : String(error)),
    );
    return 1;
  }
}

function println(out: Output, line: string): void {
  out.write(`${line}\n`);
}

async function importFile(argv: string[], { env, stdout, stderr }: ImportIo): Promise<number> {
  let m: Messages = messages('en');
  const args = parseArguments(argv);
  if (!args) {
    println(stderr, m.imports.cli.usage);
    return 1;
  }
  if (!fs.existsSync(args.file)) {
    println(stderr, m.imports.cli.fileMissing(args.file));
    return 1;
  }
  const target = resolveDatabaseTarget(env.DATABASE_URL, env.DATA_DIR?.trim() || './data');
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
    println(stdout, m.imports.cli.importing(args.file, `${workspace.name} (${workspace.slackTeamId})`));
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
    const progress = progressReporter(stderr, fs.statSync(args.file).size, m);
    const report = (summary: ImportSummary) => {
      progress.done();
      println(stdout, m.imports.cli.summary(summary));
      if (summary.encoding !== 'utf-8') println(stdout, m.imports.cli.readAs(summary.encoding));
      if (summary.organizationsCreated > 0)
        println(stdout, m.imports.cli.organizationsCreated(summary.organizationsCreated));
      if (summary.ignoredColumns.length > 0)
        println(stdout, m.imports.cli.ignoredColumns(summary.ignoredColumns.join(', ')));
      if (errorCount > 0) {
        println(stdout, m.imports.cli.errorsHeading(shown.length, errorCount));
        for (const error of shown)
          println(stdout, m.imports.cli.errorLine(error.row, error.column, error.message));
        println(stdout, m.imports.cli.errorFile(errorFile));
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
      println(stderr, m.imports.cli.stopped(error.row, reason));
      return 3;
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    println(stderr, m.imports.cli.failed(error.userMessage(m)));
    return 1;
  } finally {
    const stream = errors;
    if (stream) await new Promise((resolve) => stream.end(resolve));
    await database.close();
  }
}
