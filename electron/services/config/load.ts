/**
 * Loads the configuration in force: IT's file when it is valid (and then remembers it as the
 * last known good copy), otherwise the last known good copy, otherwise the shipped defaults.
 * A broken file never takes the kiosk down; its problems go to the log and to the caller, who
 * shows them on the staff screen.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_CONFIG } from '../../../shared/config/defaults';
import type { KioskConfig } from '../../../shared/config/schema';
import type { KioskLog } from '../ports';
import type { LastKnownGoodStore } from './last-known-good';
import { validateConfigText, type ConfigProblem } from './validate';

/**
 * - `file`: the file at the system path, valid;
 * - `defaults`: no file there (or nothing usable and no earlier copy);
 * - `last-known-good`: the file is broken, the last valid one is in force.
 */
export type ConfigSource = 'file' | 'defaults' | 'last-known-good';

export interface ConfigLoad {
  readonly config: KioskConfig;
  readonly source: ConfigSource;
  /** Empty when the file was valid or absent. */
  readonly problems: readonly ConfigProblem[];
  readonly path: string;
}

export interface LoadConfigOptions {
  readonly path: string;
  readonly lastKnownGood: LastKnownGoodStore;
  readonly log?: KioskLog;
  /** Replaceable in tests; throws like fs.readFileSync. */
  readonly readFile?: (path: string) => Uint8Array;
}

function readProblem(error: unknown): ConfigProblem {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  const hint = code === 'EACCES' || code === 'EPERM' ? ' (the kiosk account must be able to read it)' : '';
  return { line: 1, column: 1, path: '', message: `cannot read the file: ${code}${hint}` };
}

/** The last known good copy, if there is one and today's schema still accepts it. */
function fallback(options: LoadConfigOptions): { config: KioskConfig; source: ConfigSource } {
  let saved: string | null = null;
  try {
    saved = options.lastKnownGood.getLastKnownGood();
  } catch {
    options.log?.warn('config.last-known-good-unreadable');
  }
  if (saved !== null) {
    const checked = validateConfigText(saved);
    if (checked.ok) return { config: checked.config, source: 'last-known-good' };
    options.log?.warn('config.last-known-good-invalid', { problems: checked.problems.length });
  }
  return { config: DEFAULT_CONFIG, source: 'defaults' };
}

/** Same JSON value, whatever the layout (the store keeps parsed JSON, not IT's text). */
function sameJson(saved: string | null, text: string): boolean {
  if (saved === null) return false;
  if (saved === text) return true;
  try {
    return JSON.stringify(JSON.parse(saved)) === JSON.stringify(JSON.parse(text));
  } catch {
    return false;
  }
}

export function loadKioskConfig(options: LoadConfigOptions): ConfigLoad {
  const { path, log } = options;
  const read = options.readFile ?? ((file: string) => readFileSync(file));
  let result: ConfigLoad;
  let bytes: Uint8Array | null = null;
  let readError: ConfigProblem | null = null;
  try {
    bytes = read(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') readError = readProblem(error);
  }

  if (bytes === null && readError === null) {
    result = { config: DEFAULT_CONFIG, source: 'defaults', problems: [], path };
  } else {
    const checked = bytes === null ? null : validateConfigText(bytes);
    if (checked?.ok) {
      result = { config: checked.config, source: 'file', problems: [], path };
      try {
        if (!sameJson(options.lastKnownGood.getLastKnownGood(), checked.text)) options.lastKnownGood.putLastKnownGood(checked.text);
      } catch {
        // The kiosk runs on the valid file all the same; only the safety copy is stale.
        log?.warn('config.last-known-good-not-saved');
      }
    } else {
      const problems = checked === null ? [readError as ConfigProblem] : checked.problems;
      result = { ...fallback(options), problems, path };
    }
  }

  log?.info('config.loaded', { source: result.source, problems: result.problems.length });
  for (const problem of result.problems) {
    log?.warn('config.problem', { line: problem.line, column: problem.column, path: problem.path, message: problem.message });
  }
  return result;
}
