/**
 * The kiosk's log on disk: one JSON object per line, every detail scrubbed, rotated by size
 * (kiosk.log, kiosk.log.1 … kiosk.log.4 by default: at most 5 MB). Writes are synchronous so
 * the last lines before a crash are on disk; a log that cannot write never stops the kiosk.
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { KioskLog } from '../ports';
import { logLine, type LogDetail } from './scrub';

export const LOG_FILE_NAME = 'kiosk.log';

export interface FileLogOptions {
  readonly dir: string;
  /** Rotate when the current file would grow past this many bytes. Default 1 MB. */
  readonly maxBytes?: number;
  /** Files kept, the current one included. Default 5. */
  readonly maxFiles?: number;
  readonly now?: () => Date;
  /** Also gets every line (a console in development). */
  readonly echo?: (line: string) => void;
  /** Told where the log is, once, at start (default: standard output). */
  readonly announce?: (message: string) => void;
}

export interface FileLog extends KioskLog {
  readonly dir: string;
  /** The current file; older ones are `<file>.1` (newest) … `<file>.<maxFiles-1>`. */
  readonly file: string;
}

export function createFileLog(options: FileLogOptions): FileLog {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const maxFiles = Math.max(1, options.maxFiles ?? 5);
  const now = options.now ?? (() => new Date());
  const file = join(options.dir, LOG_FILE_NAME);
  let failed = false;

  const sizeOf = (path: string): number => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };

  try {
    mkdirSync(options.dir, { recursive: true, mode: 0o750 });
  } catch {
    // Reported by the first write that fails; the kiosk starts anyway.
  }
  let size = sizeOf(file);

  function rotate(): void {
    rmSync(`${file}.${maxFiles - 1}`, { force: true });
    for (let n = maxFiles - 2; n >= 1; n--) {
      try {
        renameSync(`${file}.${n}`, `${file}.${n + 1}`);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    if (maxFiles > 1) renameSync(file, `${file}.1`);
    else rmSync(file, { force: true });
    size = 0;
  }

  function write(level: 'info' | 'warn', event: string, detail?: LogDetail): void {
    const line = `${logLine(now(), level, event, detail)}\n`;
    options.echo?.(line.trimEnd());
    const bytes = Buffer.byteLength(line);
    try {
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(file, line, { mode: 0o640 });
      size += bytes;
      failed = false;
    } catch (error) {
      // Say it once per outage, on stderr: the log cannot log its own failure.
      if (!failed) process.stderr.write(`vierella: cannot write the log ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}\n`);
      failed = true;
    }
  }

  (options.announce ?? ((message: string) => process.stdout.write(`${message}\n`)))(`Vierellä log: ${file}`);
  write('info', 'log.started', { dir: options.dir, maxBytes, maxFiles });

  return {
    dir: options.dir,
    file,
    info: (event, detail) => write('info', event, detail),
    warn: (event, detail) => write('warn', event, detail),
  };
}
