import { describe, expect, it } from 'vitest';
import { BLOCK_REASONS } from '../../../shared/bridge';
import { LANGUAGES } from '../../../shared/content/languages';
import { resources } from './resources';

type Tree = { readonly [key: string]: string | Tree };

/** Flattens nested messages into dotted keys → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

const flat = Object.fromEntries(LANGUAGES.map((lng) => [lng, flatten(resources[lng].translation)]));
const english = flat['en'] ?? new Map<string, string>();

describe('i18n resources', () => {
  it('have a resource for every language the kiosk speaks', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
  });

  it('have at least the keys the UI is known to use', () => {
    expect(english.size).toBeGreaterThan(40);
    expect(english.has('welcome.start')).toBe(true);
    expect(english.has('blocked.reason.not-allowed')).toBe(true);
  });

  for (const lng of LANGUAGES) {
    describe(lng, () => {
      const messages = flat[lng] ?? new Map<string, string>();

      it('has exactly the same keys as English', () => {
        expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it('has no empty texts', () => {
        for (const [key, text] of messages) expect(text.trim(), key).not.toBe('');
      });

      it('uses the same placeholders as English in every text', () => {
        for (const [key, text] of messages) expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
      });

      it('names itself in its own language', () => {
        const names = { fi: 'Suomi', 'fi-plain': 'Selkosuomi', sv: 'Svenska', en: 'English' } as const;
        expect(messages.get('language.name')).toBe(names[lng]);
      });
    });
  }

  it('explain every reason the host may give for a blocked page', () => {
    for (const reason of BLOCK_REASONS) expect(english.has(`blocked.reason.${reason}`), reason).toBe(true);
  });

  it('keep the kiosk name the same in every language', () => {
    for (const lng of LANGUAGES) expect(flat[lng]?.get('app.name')).toBe('Vierellä');
  });
});
