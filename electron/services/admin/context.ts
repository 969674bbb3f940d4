/**
 * What the admin commands need from the world, injected so the tests can run every command
 * against a temporary store, a fake terminal and a fixed clock.
 */
import type { ScryptParams } from '../staff/pin-hash';
import type { KioskStore } from '../store/store';
import type { Env } from '../config/paths';

export interface AdminIo {
  /** A line on standard output (results). */
  out(line: string): void;
  /** Text on standard output as it is (CSV keeps its CRLF line ends). */
  write(text: string): void;
  /** A line on standard error (progress, problems with the command itself). */
  err(line: string): void;
  /** Asks on the terminal without echo; null when there is no terminal to ask on. */
  readSecret(prompt: string): Promise<string | null>;
  /** All of standard input, for --pin-stdin. */
  readStdin(): Promise<string>;
}

/** One self-test check's outcome; `detail` names hosts and counts at most. */
export interface CheckOutcome {
  readonly status: 'pass' | 'fail' | 'skip';
  readonly detail: string;
}

export interface AdminContext {
  readonly platform: NodeJS.Platform;
  readonly env: Env;
  readonly homeDir: string;
  readonly now: () => Date;
  readonly openStore: (path: string) => KioskStore;
  /** For new PIN hashes; tests pass cheap parameters. */
  readonly scrypt?: ScryptParams;
  /**
   * The browser-host wipe check (Chromium, Playwright): provided by the development CLI, absent
   * in the packaged app, where the kiosk verifies every wipe itself.
   */
  readonly browserWipeCheck?: () => Promise<CheckOutcome>;
  /**
   * Why this process must not write to the data folder, or null. On Linux the kiosk runs as
   * its own user; a store file created by root would lock the kiosk out of it.
   */
  readonly storeWriteProblem?: (dataDir: string) => string | null;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
