/**
 * Reads the one configuration file IT maintains and merges it over the shipped defaults.
 * A missing file means "use the defaults"; a broken file never takes the kiosk down: the
 * caller gets the fallback configuration plus a list of problems to show staff and IT.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_CONFIG } from '../../shared/config/defaults';
import { KioskConfigSchema, type KioskConfig } from '../../shared/config/schema';

export interface ConfigResult {
  readonly config: KioskConfig;
  /** Empty when the file was valid (or absent); otherwise what is wrong, one line each. */
  readonly problems: readonly string[];
  readonly source: 'defaults' | 'file' | 'fallback';
}

/** Parses configuration text (top-level keys override the defaults). */
export function parseConfigText(text: string, fallback: KioskConfig = DEFAULT_CONFIG): ConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { config: fallback, problems: [`not valid JSON: ${(error as Error).message}`], source: 'fallback' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config: fallback, problems: ['the file must contain one JSON object'], source: 'fallback' };
  }
  const result = KioskConfigSchema.strict().safeParse({ ...DEFAULT_CONFIG, ...raw });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return { config: fallback, problems, source: 'fallback' };
  }
  if (!result.data.languages.includes(result.data.defaultLanguage)) {
    return { config: fallback, problems: ['defaultLanguage: must be one of languages'], source: 'fallback' };
  }
  return { config: result.data, problems: [], source: 'file' };
}

/** Reads the file at `path`; absent → defaults; unreadable or invalid → fallback with problems. */
export function loadConfigFile(path: string | undefined, fallback: KioskConfig = DEFAULT_CONFIG): ConfigResult {
  if (!path) return { config: DEFAULT_CONFIG, problems: [], source: 'defaults' };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { config: DEFAULT_CONFIG, problems: [], source: 'defaults' };
    return { config: fallback, problems: [`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? 'error'}`], source: 'fallback' };
  }
  return parseConfigText(text, fallback);
}
