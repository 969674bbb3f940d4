/**
 * The resources against the code: every language has exactly the keys Finnish has, every key
 * the code uses exists, and no key is defined that nothing uses (issue 3: "a test fails on any
 * missing or unused key in any language").
 *
 * Keys the code uses come from two places:
 * - literal keys in the source: t('…'), getFixedT(…)('…') and i18nKey="…", found by reading
 *   every module of renderer/src (tests excepted);
 * - keys built at run time from ids, whose families each export an allXKeys() beside their use.
 * A key may also sit in a typed lookup table ({ textSpacing: 'a11y.describe.textSpacing' })
 * and reach t() through a variable: a quoted literal equal to a defined key counts as a use
 * of it. Such tables are checked by their key types at compile time; host names and other
 * dotted strings are no keys, so only the t() forms count when looking for missing keys.
 */
import { describe, expect, it } from 'vitest';
import { allAccessibilityKeys } from '../../../shared/content/accessibility';
import { allAssessmentKeys } from '../../../shared/content/assessment-model';
import { allEthicsKeys } from '../../../shared/content/ethics';
import { LANGUAGES } from '../../../shared/content/languages';
import { allReferralKeys } from '../../../shared/content/referrals';
import { allBlockReasonKeys } from '../components/blocked-reasons';
import { resources } from './resources';
import { allGuidanceKeys } from '../../../shared/content/worker-guidance';
import { allAssistDynamicKeys } from '../assist/dynamic-keys';

type Tree = { readonly [key: string]: string | Tree };

function flatKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path] : flatKeys(value, path);
  });
}

/** i18next picks `key_one` / `key_other` … for t('key', { count }); the code names the base key. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string): string => key.replace(PLURAL_SUFFIX, '');

const SOURCES = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const LITERAL_KEY_PATTERNS: readonly RegExp[] = [
  // t('key'), t("key"), t(`key`) without interpolation: `t` as the whole identifier.
  /(?<![\w$.])t\(\s*(['"`])([\w.-]+)\1/g,
  // i18n.getFixedT(language)('key')
  /getFixedT\([^)]*\)\(\s*(['"`])([\w.-]+)\1/g,
  // <Trans i18nKey="key">
  /i18nKey=(['"])([\w.-]+)\1/g,
];

function literalKeys(source: string): string[] {
  return LITERAL_KEY_PATTERNS.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[2] ?? ''));
}

/** Every quoted dotted literal ('a.b', "a.b.c"), whatever it is passed to. */
function dottedLiterals(source: string): string[] {
  return [...source.matchAll(/(['"`])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g)].map((match) => match[2] ?? '');
}

const STATIC_KEYS = new Set(Object.values(SOURCES).flatMap(literalKeys));
const DYNAMIC_KEYS = new Set([
  ...allEthicsKeys(),
  ...allAssessmentKeys(),
  ...allReferralKeys(),
  ...allAccessibilityKeys(),
  ...allBlockReasonKeys(),
  ...allGuidanceKeys(),
  ...allAssistDynamicKeys(),
]);
const USED = new Set([...STATIC_KEYS, ...DYNAMIC_KEYS]);
const MENTIONED = new Set([...USED, ...Object.values(SOURCES).flatMap(dottedLiterals)]);

const DEFINED: Record<string, string[]> = Object.fromEntries(LANGUAGES.map((language) => [language, flatKeys(resources[language].translation)]));
const FINNISH = DEFINED['fi'] ?? [];

describe('i18n keys against the code', () => {
  it('reads the sources (a scan that found nothing would pass everything)', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(30);
    expect(STATIC_KEYS).toContain('welcome.start');
    expect(STATIC_KEYS).toContain('language.name');
    expect(STATIC_KEYS).toContain('idle.announce');
  });

  it('counts a key as used only where the code names it', () => {
    expect(literalKeys("t('a.b'); xt('c.d'); i18n.getFixedT(lng)('e.f'); t(`g.${x}`)")).toEqual(['a.b', 'e.f']);
    expect(dottedLiterals("const k = { a: 'x.y', b: \"www.kela.fi\", c: 'plain' };")).toEqual(['x.y', 'www.kela.fi']);
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      const defined = DEFINED[language] ?? [];

      it('has exactly the keys Finnish has', () => {
        expect([...defined].sort()).toEqual([...FINNISH].sort());
      });

      it('defines every key the code uses', () => {
        const available = new Set(defined.map(baseKey));
        const missing = [...USED].filter((key) => !available.has(key)).sort();
        expect(missing).toEqual([]);
      });

      it('has no key that nothing uses', () => {
        const unused = defined.filter((key) => !MENTIONED.has(baseKey(key))).sort();
        expect(unused).toEqual([]);
      });
    });
  }
});
