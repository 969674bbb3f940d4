import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/content/languages';
import { applyKey, FUNCTION_KEYS, keyboardLayoutFor, LAYOUTS, layoutIdFor } from './keyboard';

const keysOf = (rows: readonly string[]): string[] => rows.flatMap((row) => row.split(' '));

describe('keyboard layout by language', () => {
  it('gives Finnish, plain Finnish and Swedish the Nordic layout, English the English one', () => {
    expect(layoutIdFor('fi')).toBe('nordic');
    expect(layoutIdFor('fi-plain')).toBe('nordic');
    expect(layoutIdFor('sv')).toBe('nordic');
    expect(layoutIdFor('en')).toBe('english');
    for (const language of LANGUAGES) expect(keyboardLayoutFor(language)).toBe(LAYOUTS[layoutIdFor(language)]);
  });

  it('has å, ä and ö (and their capitals) on the Nordic layout only', () => {
    const nordic = keyboardLayoutFor('sv');
    expect(keysOf(nordic.default)).toEqual(expect.arrayContaining(['å', 'ä', 'ö']));
    expect(keysOf(nordic.shift)).toEqual(expect.arrayContaining(['Å', 'Ä', 'Ö']));
    const english = [...keysOf(keyboardLayoutFor('en').default), ...keysOf(keyboardLayoutFor('en').shift)];
    for (const letter of ['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']) expect(english).not.toContain(letter);
  });

  for (const [id, layout] of Object.entries(LAYOUTS)) {
    it(`${id}: every letter a–z, @ for e-mail, the function keys, and shift mirrors the rows`, () => {
      const keys = keysOf(layout.default);
      for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
        expect(keys, letter).toContain(letter);
        expect(keysOf(layout.shift), letter).toContain(letter.toUpperCase());
      }
      expect(keys).toContain('@');
      for (const key of FUNCTION_KEYS) {
        expect(keys, key).toContain(key);
        expect(keysOf(layout.shift), key).toContain(key);
      }
      expect(layout.shift.map((row) => row.split(' ').length)).toEqual(layout.default.map((row) => row.split(' ').length));
      // simple-keyboard reads "{…}" as a function key: no typed character may look like one.
      for (const key of [...keys, ...keysOf(layout.shift)]) if (key.startsWith('{')) expect(FUNCTION_KEYS).toContain(key);
    });
  }
});

describe('applyKey', () => {
  const at = (value: string, start: number, end = start) => ({ value, start, end });

  it('types at the caret', () => {
    expect(applyKey(at('Mati', 4), 'n')).toEqual({ kind: 'edit', value: 'Matin', caret: 5 });
    expect(applyKey(at('Mti', 1), 'a')).toEqual({ kind: 'edit', value: 'Mati', caret: 2 });
    expect(applyKey(at('', 0), 'ä')).toEqual({ kind: 'edit', value: 'ä', caret: 1 });
  });

  it('replaces a selection, whichever way it was made', () => {
    expect(applyKey(at('abcdef', 1, 4), 'X')).toEqual({ kind: 'edit', value: 'aXef', caret: 2 });
    expect(applyKey(at('abcdef', 4, 1), 'X')).toEqual({ kind: 'edit', value: 'aXef', caret: 2 });
  });

  it('types a space for {space}', () => {
    expect(applyKey(at('ab', 1), '{space}')).toEqual({ kind: 'edit', value: 'a b', caret: 2 });
  });

  it('deletes the character before the caret, or the selection', () => {
    expect(applyKey(at('abc', 2), '{bksp}')).toEqual({ kind: 'edit', value: 'ac', caret: 1 });
    expect(applyKey(at('abcdef', 1, 4), '{bksp}')).toEqual({ kind: 'edit', value: 'aef', caret: 1 });
    expect(applyKey(at('abc', 0), '{bksp}')).toEqual({ kind: 'none' });
  });

  it('deletes a whole character outside the basic plane', () => {
    expect(applyKey(at('a😀', 3), '{bksp}')).toEqual({ kind: 'edit', value: 'a', caret: 1 });
  });

  it('keeps a caret reported beyond the text inside it', () => {
    expect(applyKey(at('ab', 99), 'c')).toEqual({ kind: 'edit', value: 'abc', caret: 3 });
    expect(applyKey(at('ab', -5), 'c')).toEqual({ kind: 'edit', value: 'cab', caret: 1 });
  });

  it('turns shift and enter into actions', () => {
    expect(applyKey(at('a', 1), '{shift}')).toEqual({ kind: 'shift' });
    expect(applyKey(at('a', 1), '{enter}')).toEqual({ kind: 'done' });
    expect(applyKey(at('a', 1), '{tab}')).toEqual({ kind: 'none' });
  });

  it('respects the field maximum length', () => {
    expect(applyKey(at('abc', 3), 'd', 3)).toEqual({ kind: 'none' });
    expect(applyKey(at('abc', 1, 2), 'X', 3)).toEqual({ kind: 'edit', value: 'aXc', caret: 2 });
    expect(applyKey(at('abc', 3), 'd', -1)).toEqual({ kind: 'edit', value: 'abcd', caret: 4 });
  });
});
