/**
 * The browser host's kiosk configuration: e2e/browser-host/fixture-config.json (pointing at
 * the fixture sites) with optional overrides, validated by the same schema as the product's.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG } from '../../shared/config/defaults';
import { KioskConfigSchema, type KioskConfig } from '../../shared/config/schema';

export const FIXTURE_CONFIG_PATH = fileURLToPath(new URL('./fixture-config.json', import.meta.url));

export interface ConfigOverrides {
  /** e.g. a short idle timeout for the idle journey; the schema's minimums still apply. */
  readonly idle?: Partial<KioskConfig['idle']>;
}

export function loadHostConfig(path: string = FIXTURE_CONFIG_PATH, overrides: ConfigOverrides = {}): KioskConfig {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<KioskConfig>;
  // Top-level keys the file leaves out come from the shipped defaults, as in the product.
  const merged = { ...DEFAULT_CONFIG, ...raw, idle: { ...(raw.idle ?? DEFAULT_CONFIG.idle), ...overrides.idle } };
  const result = KioskConfigSchema.strict().safeParse(merged);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`invalid browser-host configuration ${path}: ${problems}`);
  }
  if (!result.data.languages.includes(result.data.defaultLanguage)) {
    throw new Error(`invalid browser-host configuration ${path}: defaultLanguage must be one of languages`);
  }
  return result.data;
}
