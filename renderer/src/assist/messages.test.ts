import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/content/languages';
import { assistMessages } from './messages';

type Tree = { readonly [key: string]: string | Tree };

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
const english = flatten(assistMessages.en);

describe('assist messages', () => {
  it('exist for every language the kiosk speaks', () => {
    expect(Object.keys(assistMessages).sort()).toEqual([...LANGUAGES].sort());
    expect(english.size).toBeGreaterThan(80);
  });

  for (const lng of LANGUAGES) {
    describe(lng, () => {
      const messages = flatten(assistMessages[lng]);

      it('has exactly the keys of English', () => {
        expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it('has no empty texts and the same placeholders as English', () => {
        for (const [key, text] of messages) {
          expect(text.trim(), key).not.toBe('');
          expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
        }
      });
    });
  }

  it('are really translated, not copies of English', () => {
    for (const lng of ['fi', 'sv'] as const) {
      const messages = flatten(assistMessages[lng]);
      const same = [...messages].filter(([key, text]) => text === english.get(key) && text.length > 3);
      expect(same, lng).toEqual([]);
    }
  });

  it('keep plain Finnish sentences short', () => {
    for (const [key, text] of flatten(assistMessages['fi-plain'])) {
      for (const sentence of text.split(/[.!?:]\s/)) expect(sentence.split(/\s+/).length, key).toBeLessThanOrEqual(14);
    }
  });
});
