/**
 * The on-screen keyboard's layouts and what its keys do to a text field, as pure functions.
 * Layouts use simple-keyboard's notation: keys separated by spaces, {name} for function keys.
 */
import type { Language } from '../../../shared/content/languages';

export type KeyboardLayout = { readonly default: readonly string[]; readonly shift: readonly string[] };
export type LayoutId = 'nordic' | 'english';

/** Function keys (their labels come from i18n). */
export const FUNCTION_KEYS = ['{bksp}', '{shift}', '{space}', '{enter}'] as const;
export type FunctionKey = (typeof FUNCTION_KEYS)[number];

/** The Finnish–Swedish layout: the letters å, ä and ö where a Finnish keyboard has them. */
const NORDIC: KeyboardLayout = {
  default: [
    '1 2 3 4 5 6 7 8 9 0 + {bksp}',
    'q w e r t y u i o p å',
    'a s d f g h j k l ö ä',
    '{shift} z x c v b n m , . -',
    '@ {space} {enter}',
  ],
  shift: [
    '! " # € % & / ( ) = ? {bksp}',
    'Q W E R T Y U I O P Å',
    'A S D F G H J K L Ö Ä',
    '{shift} Z X C V B N M ; : _',
    '@ {space} {enter}',
  ],
};

const ENGLISH: KeyboardLayout = {
  default: [
    '1 2 3 4 5 6 7 8 9 0 - {bksp}',
    'q w e r t y u i o p',
    "a s d f g h j k l '",
    '{shift} z x c v b n m , . /',
    '@ {space} {enter}',
  ],
  shift: [
    '! @ # £ % & * ( ) _ + {bksp}',
    'Q W E R T Y U I O P',
    'A S D F G H J K L "',
    '{shift} Z X C V B N M ; : ?',
    '@ {space} {enter}',
  ],
};

export const LAYOUTS: Readonly<Record<LayoutId, KeyboardLayout>> = { nordic: NORDIC, english: ENGLISH };

/** Finnish, plain Finnish and Swedish share the Nordic keys; English gets a plain QWERTY. */
export function layoutIdFor(language: Language): LayoutId {
  return language === 'en' ? 'english' : 'nordic';
}

export function keyboardLayoutFor(language: Language): KeyboardLayout {
  return LAYOUTS[layoutIdFor(language)];
}

export interface FieldState {
  readonly value: string;
  /** The selection (start = end: the caret). */
  readonly start: number;
  readonly end: number;
}

export type KeyResult =
  | { readonly kind: 'edit'; readonly value: string; readonly caret: number }
  | { readonly kind: 'shift' }
  | { readonly kind: 'done' }
  | { readonly kind: 'none' };

/**
 * What a key press does to the field: a character replaces the selection; backspace deletes the
 * selection, or the character before the caret; shift switches the layout; enter finishes.
 * `maxLength` (from the input's attribute) is respected like a real keyboard would.
 */
export function applyKey(field: FieldState, key: string, maxLength?: number): KeyResult {
  const start = clamp(Math.min(field.start, field.end), field.value.length);
  const end = clamp(Math.max(field.start, field.end), field.value.length);
  switch (key) {
    case '{shift}':
      return { kind: 'shift' };
    case '{enter}':
      return { kind: 'done' };
    case '{bksp}': {
      if (start !== end) return { kind: 'edit', value: field.value.slice(0, start) + field.value.slice(end), caret: start };
      if (start === 0) return { kind: 'none' };
      // Steps back over a whole character even outside the basic plane (an emoji pasted in).
      const before = Array.from(field.value.slice(0, start));
      before.pop();
      const kept = before.join('');
      return { kind: 'edit', value: kept + field.value.slice(end), caret: kept.length };
    }
    default: {
      const text = key === '{space}' ? ' ' : key;
      if (text.startsWith('{')) return { kind: 'none' };
      const value = field.value.slice(0, start) + text + field.value.slice(end);
      if (maxLength !== undefined && maxLength >= 0 && value.length > maxLength) return { kind: 'none' };
      return { kind: 'edit', value, caret: start + text.length };
    }
  }
}

function clamp(position: number, length: number): number {
  return Math.max(0, Math.min(Number.isFinite(position) ? position : length, length));
}
