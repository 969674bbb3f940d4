import { describe, expect, it } from 'vitest';
import { allAccessibilityKeys } from '../../../shared/content/accessibility';
import { LANGUAGES } from '../../../shared/content/languages';
import { accessibilityMessages, accessibilityOptionMessages } from './messages';

type Tree = { readonly [key: string]: string | Tree };

/** Flattens nested messages into dotted keys → text. */
function flatten(tree: Tree, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const own = Object.fromEntries(LANGUAGES.map((lng) => [lng, flatten(accessibilityMessages[lng], 'a11y')]));
const options = Object.fromEntries(LANGUAGES.map((lng) => [lng, flatten(accessibilityOptionMessages[lng], 'accessibility')]));
const english = own['en'] ?? new Map<string, string>();

// This folder's code, to find which keys it uses (tests and the message files themselves aside).
const sources = import.meta.glob(['./**/*.ts', './**/*.tsx', '!./**/*.test.ts', '!./messages/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('accessibility messages', () => {
  it('exist for every language the kiosk speaks', () => {
    expect(Object.keys(accessibilityMessages).sort()).toEqual([...LANGUAGES].sort());
    expect(Object.keys(accessibilityOptionMessages).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const lng of LANGUAGES) {
    describe(lng, () => {
      it('has exactly the same keys as English', () => {
        expect([...(own[lng]?.keys() ?? [])].sort()).toEqual([...english.keys()].sort());
      });

      it('has exactly the setting and option keys shared/content/accessibility.ts asks for', () => {
        expect([...(options[lng]?.keys() ?? [])].sort()).toEqual(allAccessibilityKeys().sort());
      });

      it('has no empty texts and no placeholders (none are filled in)', () => {
        for (const [key, text] of [...(own[lng] ?? []), ...(options[lng] ?? [])]) {
          expect(text.trim(), key).not.toBe('');
          expect(text, key).not.toMatch(/\{\{/);
        }
      });
    });
  }

  it('name the language that has no voice, in that language', () => {
    const noVoice = (lng: (typeof LANGUAGES)[number]) => own[lng]?.get('a11y.readAloud.noVoice') ?? '';
    expect(noVoice('en')).toContain('English');
    expect(noVoice('fi')).toContain('suomea');
    expect(noVoice('fi-plain')).toContain('suomea');
    expect(noVoice('sv')).toContain('svenska');
    for (const lng of LANGUAGES) expect(noVoice(lng), lng).toMatch(/staff|henkilökun|personal/i);
  });

  it('keep plain Finnish sentences short', () => {
    for (const [key, text] of [...(own['fi-plain'] ?? []), ...(options['fi-plain'] ?? [])]) {
      for (const sentence of text.split(/(?<=[.!?])\s+/)) expect(sentence.split(/\s+/).length, `${key}: ${sentence}`).toBeLessThanOrEqual(10);
    }
  });

  it('are all used by this folder, and this folder uses no key they lack', () => {
    const code = Object.values(sources).join('\n');
    expect(Object.keys(sources).length).toBeGreaterThan(5);
    for (const key of english.keys()) expect(code, key).toContain(`'${key}'`);
    const used = new Set([...code.matchAll(/'(a11y\.[A-Za-z.]+)'/g)].map((match) => match[1] ?? ''));
    for (const key of used) expect(english.has(key), key).toBe(true);
  });
});
