/** The runner's settings from the environment: which benchmarks, and how many memory sessions. */
import { BENCH_IDS, type BenchId } from './measurement';

export interface BenchSettings {
  /** The benchmarks to run, in the runner's order. */
  readonly only: readonly BenchId[];
  /** True when every benchmark runs (only then is the README's results section rewritten). */
  readonly full: boolean;
  readonly sessions: number;
}

export const DEFAULT_SESSIONS = 1000;

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

export function parseSettings(env: Readonly<Record<string, string | undefined>>): BenchSettings {
  const sessionsText = env['BENCH_SESSIONS'];
  const sessions = sessionsText === undefined || sessionsText === '' ? DEFAULT_SESSIONS : Number(sessionsText);
  if (!Number.isInteger(sessions) || sessions < 2) throw new SettingsError(`BENCH_SESSIONS must be a whole number ≥ 2, not ${JSON.stringify(sessionsText)}`);

  const onlyText = env['BENCH_ONLY'];
  if (onlyText === undefined || onlyText.trim() === '') return { only: BENCH_IDS, full: true, sessions };
  const wanted = onlyText.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = wanted.filter((name) => !(BENCH_IDS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new SettingsError(`BENCH_ONLY names unknown benchmarks: ${unknown.join(', ')} (known: ${BENCH_IDS.join(', ')})`);
  const only = BENCH_IDS.filter((id) => wanted.includes(id));
  return { only, full: only.length === BENCH_IDS.length, sessions };
}
