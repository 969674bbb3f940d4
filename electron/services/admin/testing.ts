/**
 * Test support for the admin commands: a fake terminal that records what is printed and
 * answers prompts from a script, and a context on temporary folders with cheap scrypt.
 * Only test files import this.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { ScryptParams } from '../staff/pin-hash';
import { openStore } from '../store/store';
import type { AdminContext, AdminIo } from './context';

/** Far cheaper than the kiosk's parameters: the tests check behaviour, not cost. */
export const TEST_SCRYPT: ScryptParams = { cost: 2 ** 10, blockSize: 8, parallelism: 1, keyLength: 32 };

export interface FakeIo extends AdminIo {
  readonly lines: string[];
  readonly errors: string[];
  /** Everything written to standard output, raw. */
  stdout(): string;
  readonly prompts: string[];
}

/** `secrets`: the answers typed at the terminal, in order (none: there is no terminal). */
export function fakeIo(options: { secrets?: string[]; stdin?: string } = {}): FakeIo {
  const lines: string[] = [];
  const errors: string[] = [];
  const prompts: string[] = [];
  let raw = '';
  const secrets = options.secrets === undefined ? null : [...options.secrets];
  return {
    lines,
    errors,
    prompts,
    stdout: () => raw,
    out(line) {
      lines.push(line);
      raw += `${line}\n`;
    },
    write(text) {
      raw += text;
    },
    err: (line) => errors.push(line),
    readSecret(prompt) {
      prompts.push(prompt);
      return Promise.resolve(secrets === null ? null : (secrets.shift() ?? ''));
    },
    readStdin: () => Promise.resolve(options.stdin ?? ''),
  };
}

export interface TestPlace {
  readonly dir: string;
  readonly env: Record<string, string>;
  readonly storeFile: string;
  readonly configFile: string;
  context(extra?: Partial<AdminContext>): AdminContext;
}

/** A fresh set of folders per call (config, data, logs), removed after the test file. */
export function testPlaces(): () => TestPlace {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'vierella-admin-'));
    dirs.push(dir);
    const env = { VIERELLA_CONFIG: join(dir, 'config.json'), VIERELLA_DATA: join(dir, 'data'), VIERELLA_LOGS: join(dir, 'logs') };
    return {
      dir,
      env,
      storeFile: join(dir, 'data', 'vierella.sqlite'),
      configFile: env.VIERELLA_CONFIG,
      context: (extra = {}) => ({
        platform: 'linux',
        env,
        homeDir: dir,
        now: () => new Date('2025-06-15T10:00:00.000Z'),
        openStore: (path) => openStore(path),
        scrypt: TEST_SCRYPT,
        ...extra,
      }),
    };
  };
}
