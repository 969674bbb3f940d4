import { describe, expect, it } from 'vitest';
import { isBlockedShortcut, shortcutInputOf, type ShortcutInput } from './shortcuts';

type Mods = Partial<Omit<ShortcutInput, 'code'>>;
const key = (code: string, mods: Mods = {}): ShortcutInput => ({ code, control: false, shift: false, alt: false, meta: false, ...mods });
const ctrl = { control: true };
const cmd = { meta: true };
const ctrlShift = { control: true, shift: true };
const alt = { alt: true };

const blocked: [string, ShortcutInput][] = [
  ...['KeyN', 'KeyT', 'KeyO', 'KeyS', 'KeyU', 'KeyL', 'KeyW', 'KeyP', 'KeyQ', 'KeyH', 'KeyJ', 'KeyR', 'KeyM', 'Tab', 'F4'].map(
    (code): [string, ShortcutInput] => [`Ctrl+${code}`, key(code, ctrl)],
  ),
  ['Cmd+KeyW', key('KeyW', cmd)],
  ['Cmd+KeyQ', key('KeyQ', cmd)],
  ['Ctrl+Shift+KeyN', key('KeyN', ctrlShift)],
  ['Ctrl+Shift+KeyT (reopen tab)', key('KeyT', ctrlShift)],
  ['Ctrl+Shift+Tab', key('Tab', ctrlShift)],
  ['Ctrl+Shift+KeyI', key('KeyI', ctrlShift)],
  ['Ctrl+Shift+KeyJ', key('KeyJ', ctrlShift)],
  ['Ctrl+Shift+KeyC', key('KeyC', ctrlShift)],
  ['Ctrl+Shift+Delete', key('Delete', ctrlShift)],
  ['Ctrl+Shift+KeyB', key('KeyB', ctrlShift)],
  ['Cmd+Shift+KeyI', key('KeyI', { meta: true, shift: true })],
  ['F5', key('F5')],
  ['Ctrl+F5', key('F5', ctrl)],
  ['Shift+F5', key('F5', { shift: true })],
  ['F6', key('F6')],
  ['F7', key('F7')],
  ['F10', key('F10')],
  ['F11', key('F11')],
  ['F12', key('F12')],
  ['Shift+F12', key('F12', { shift: true })],
  ['Alt+F4', key('F4', alt)],
  ['Alt+ArrowLeft', key('ArrowLeft', alt)],
  ['Alt+ArrowRight', key('ArrowRight', alt)],
  ['Alt+Shift+ArrowLeft', key('ArrowLeft', { alt: true, shift: true })],
  ['Alt+Home', key('Home', alt)],
  ['Alt+Space', key('Space', alt)],
  ['BrowserBack', key('BrowserBack')],
  ['BrowserForward', key('BrowserForward')],
  ['BrowserHome', key('BrowserHome')],
  ['BrowserRefresh', key('BrowserRefresh')],
  ['BrowserSearch', key('BrowserSearch')],
];

const allowed: [string, ShortcutInput][] = [
  ...['KeyA', 'KeyZ', 'Digit1', 'Space', 'Minus'].map((code): [string, ShortcutInput] => [`typing ${code}`, key(code)]),
  ['Shift+KeyA', key('KeyA', { shift: true })],
  ['Shift+KeyR (capital R)', key('KeyR', { shift: true })],
  ['Tab', key('Tab')],
  ['Shift+Tab', key('Tab', { shift: true })],
  ['Enter', key('Enter')],
  ['Escape', key('Escape')],
  ['Backspace', key('Backspace')],
  ['Delete', key('Delete')],
  ['ArrowLeft', key('ArrowLeft')],
  ['Home', key('Home')],
  ...['KeyC', 'KeyV', 'KeyX', 'KeyA', 'KeyZ', 'KeyY', 'KeyB', 'KeyI', 'KeyF'].map((code): [string, ShortcutInput] => [
    `Ctrl+${code}`,
    key(code, ctrl),
  ]),
  ['Cmd+KeyC', key('KeyC', cmd)],
  ['Cmd+KeyV', key('KeyV', cmd)],
  ['Ctrl+Shift+KeyZ (redo)', key('KeyZ', ctrlShift)],
  ['Ctrl+Shift+KeyV (paste as text)', key('KeyV', ctrlShift)],
  ['Ctrl+ArrowLeft (word)', key('ArrowLeft', ctrl)],
  ['Ctrl+Shift+ArrowRight (select word)', key('ArrowRight', ctrlShift)],
  ['Ctrl+Backspace (delete word)', key('Backspace', ctrl)],
  ['Ctrl+Delete (delete word)', key('Delete', ctrl)],
  ['Ctrl+Home', key('Home', ctrl)],
  ['Ctrl+Enter', key('Enter', ctrl)],
  ['Alt+KeyS (form access key)', key('KeyS', alt)],
  ['AltGr+Digit2 (@ on a Finnish keyboard)', key('Digit2', { control: true, alt: true })],
  ['AltGr+KeyQ (@ on a German keyboard)', key('KeyQ', { control: true, alt: true })],
  ['AltGr+KeyM (µ on a Finnish keyboard)', key('KeyM', { control: true, alt: true })],
  ['F1', key('F1')],
  ['F3', key('F3')],
];

describe('isBlockedShortcut', () => {
  it.each(blocked)('blocks %s', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(true);
  });

  it.each(allowed)('allows %s', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(false);
  });

  it('matches the physical key, not the character a layout gives it', () => {
    // Ctrl+R on a layout where that key types another letter: still reload, still blocked.
    expect(isBlockedShortcut({ ...key('KeyR', ctrl), key: 'ж' } as ShortcutInput)).toBe(true);
    // A layout that puts "r" on another key: Ctrl+that key is not reload in Chromium either.
    expect(isBlockedShortcut({ ...key('KeyC', ctrl), key: 'r' } as ShortcutInput)).toBe(false);
  });
});

describe('shortcutInputOf', () => {
  const event = { code: 'KeyW', key: 'w', ctrlKey: true, shiftKey: false, altKey: false, metaKey: false, repeat: false };

  it('maps a DOM keyboard event to the input shape, keeping only what the check reads', () => {
    expect(shortcutInputOf(event)).toEqual({ code: 'KeyW', control: true, shift: false, alt: false, meta: false });
    expect(shortcutInputOf({ ...event, code: 'ArrowLeft', ctrlKey: false, altKey: true })).toEqual({
      code: 'ArrowLeft',
      control: false,
      shift: false,
      alt: true,
      meta: false,
    });
  });

  it('gives the same verdicts for DOM events as for the same keys from Electron', () => {
    expect(isBlockedShortcut(shortcutInputOf(event))).toBe(true);
    expect(isBlockedShortcut(shortcutInputOf({ ...event, code: 'ArrowLeft', ctrlKey: false, altKey: true }))).toBe(true);
    expect(isBlockedShortcut(shortcutInputOf({ ...event, code: 'KeyC' }))).toBe(false);
    expect(isBlockedShortcut(shortcutInputOf({ ...event, code: 'F12', ctrlKey: false }))).toBe(true);
    expect(isBlockedShortcut(shortcutInputOf({ ...event, code: 'Digit2', altKey: true }))).toBe(false);
  });
});
