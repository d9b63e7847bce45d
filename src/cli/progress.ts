import type { Messages } from '../i18n';

const BAR_WIDTH = 30;

/** Where the command writes: process.stdout or process.stderr, or a test's collector. */
export interface Output {
  write(text: string): unknown;
  /** A terminal (a person watching), not a file or a pipe. */
  isTTY?: boolean;
}

/**
 * Import progress by bytes read: a bar redrawn in place on a terminal, otherwise
 * (a log, a pipe) a plain line at every further tenth, so logs stay short.
 */
export function progressReporter(out: Output, totalBytes: number, m: Messages) {
  const tty = Boolean(out.isTTY);
  let lastTenth = -1;
  const percentOf = (bytes: number) =>
    totalBytes > 0 ? Math.min(100, Math.floor((bytes / totalBytes) * 100)) : 100;
  return {
    update: ({ rows, bytesRead }: { rows: number; bytesRead: number }) => {
      const percent = percentOf(bytesRead);
      if (tty) {
        const filled = Math.round((percent / 100) * BAR_WIDTH);
        out.write(
          `\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${m.imports.cli.progress(rows, percent)}`,
        );
        return;
      }
      const tenth = Math.floor(percent / 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      out.write(`${m.imports.cli.progress(rows, percent)}\n`);
    },
    done: () => {
      if (tty) out.write('\n');
    },
  };
}
