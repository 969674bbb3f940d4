/**
 * Browser and window shortcuts the client must not reach, matched on `input.code` (the physical
 * key) so that no keyboard layout can dodge the list. The application menu is removed too,
 * which takes away Electron's default accelerators; this list is the second lock, applied on
 * before-input-event of both views.
 *
 * Choices worth knowing:
 * - Reload (Ctrl+R, F5, with any modifier) is blocked: the toolbar's reload button is the one
 *   way to reload, it goes through the kiosk core, and a stray Ctrl+R in the UI view would
 *   reload the kiosk's own screens.
 * - Text editing stays: Ctrl+C/V/X/A/Z/Y, Ctrl+Shift+Z/V, Ctrl+arrows, Ctrl+Backspace/Delete,
 *   Ctrl+Home/End, Tab, Enter, Escape, Alt+letter (access keys of web forms), and Ctrl+Alt
 *   combinations, which are AltGr characters on Windows.
 * - Zoom (Ctrl+plus/minus/0) is not listed: with no menu it does nothing, and a later
 *   accessibility issue owns zoom.
 */
import type { KeyInput } from './electron-like';

/**
 * Ctrl (or Cmd) with any of these: new window/tab, open, save, view source, address bar, close,
 * print, quit, history, downloads, reload, minimise (macOS), next tab, close tab. Bookmark and
 * search keys (D, E, K) are left alone: rich-text editors in e-service forms use them.
 */
const BLOCKED_WITH_MOD = new Set([
  'KeyN',
  'KeyT',
  'KeyO',
  'KeyS',
  'KeyU',
  'KeyL',
  'KeyW',
  'KeyP',
  'KeyQ',
  'KeyH',
  'KeyJ',
  'KeyR',
  'KeyM',
  'Tab',
  'F4',
]);

/** Ctrl+Shift with these: DevTools (I, J, C), "clear browsing data" (Delete), bookmarks bar (B). */
const BLOCKED_WITH_MOD_SHIFT = new Set(['KeyI', 'KeyJ', 'KeyC', 'Delete', 'KeyB']);

/** Blocked whatever the modifiers: reload, address bar, caret browsing, menu, fullscreen, DevTools. */
const BLOCKED_ALWAYS = new Set([
  'F5',
  'F6',
  'F7',
  'F10',
  'F11',
  'F12',
  'BrowserBack',
  'BrowserForward',
  'BrowserHome',
  'BrowserRefresh',
  'BrowserSearch',
  'BrowserFavorites',
  'BrowserStop',
  'LaunchApp1',
  'LaunchApp2',
  'LaunchMail',
]);

/** Alt with these: close window, history back/forward/home, the window's system menu. */
const BLOCKED_WITH_ALT = new Set(['F4', 'ArrowLeft', 'ArrowRight', 'Home', 'Space']);

export function isBlockedShortcut(input: KeyInput): boolean {
  const { code } = input;
  if (BLOCKED_ALWAYS.has(code)) return true;
  // Ctrl+Alt is AltGr on Windows, which types characters (@ is AltGr+Q on a German layout):
  // no browser shortcut uses Ctrl+Alt, so it never counts as a Ctrl shortcut.
  const mod = (input.control || input.meta) && !input.alt;
  if (mod && BLOCKED_WITH_MOD.has(code)) return true;
  if (mod && input.shift && BLOCKED_WITH_MOD_SHIFT.has(code)) return true;
  if (input.alt && BLOCKED_WITH_ALT.has(code)) return true;
  return false;
}

/** Input types that mean a person is at the kiosk (pointer moves alone do not: a bumped mouse is no client). */
const ACTIVITY_TYPES = new Set(['mouseDown', 'mouseWheel', 'touchStart', 'gestureScrollBegin', 'gestureTap']);

/** Pointer and touch activity from input-event; keys are reported from before-input-event. */
export function isPointerActivity(type: string): boolean {
  return ACTIVITY_TYPES.has(type);
}

/** A key press that counts as activity (not its release, not auto-repeat noise twice). */
export function isKeyActivity(input: KeyInput): boolean {
  return input.type === 'keyDown' || input.type === 'rawKeyDown';
}
