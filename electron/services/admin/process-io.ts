/**
 * runAdmin bound to this process: its terminal, its environment, the real store. Shared by the
 * development entry (cli.ts, run with tsx) and the packaged app's admin mode (`vierella --admin`),
 * which differ only in what they add to the context.
 */
import { homedir } from 'node:os';
import { openStore } from '../store/store';
import type { AdminContext, AdminIo } from './context';
import { runAdmin } from './run';
import { ownerProblem, readAll, readSecret } from './terminal';

export const processIo: AdminIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  write: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
  readSecret: (prompt) => readSecret(prompt, process.stdin, process.stderr),
  readStdin: () => readAll(process.stdin),
};

export function processContext(extra: Partial<AdminContext> = {}): AdminContext {
  return {
    platform: process.platform,
    env: process.env,
    homeDir: homedir(),
    now: () => new Date(),
    openStore: (path) => openStore(path),
    storeWriteProblem: (dataDir) => (process.platform === 'win32' ? null : ownerProblem(dataDir, process.getuid?.())),
    ...extra,
  };
}

export function runAdminProcess(args: readonly string[], extra: Partial<AdminContext> = {}): Promise<number> {
  return runAdmin(args, processIo, processContext(extra));
}

/**
 * The admin command line inside the kiosk binary's arguments: everything after `--admin`
 * (and an optional `--`), or null when the app was started as the kiosk. Chromium switches
 * placed before `--admin` (e.g. --ozone-platform=headless) stay Electron's.
 */
export function adminArgv(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--admin');
  if (at < 0) return null;
  const rest = argv.slice(at + 1);
  return rest[0] === '--' ? rest.slice(1) : rest;
}
