/**
 * Browser and window shortcuts the client must not reach, matched on the physical key (`code`)
 * so that no keyboard layout can dodge the list. One pure function for both hosts: Electron asks
 * it in before-input-event of both views, the browser host in a capture-phase keydown listener
 * of the UI page and of every content frame.
 *
 * Choices worth knowing:
 * - Reload (Ctrl+R, F5, with any modifier) is blocked: the toolbar's reload button is the one
 *   way to reload, it goes through the kiosk core, and a stray Ctrl+R in the UI would reload
 *   the kiosk's own screens.
 * - History keys (Alt+Left/Right, the Back/Forward media keys) are blocked: the toolbar's Back
 *   and Forward are the only way through the session's history, which the host keeps.
 * - Text editing stays: Ctrl+C/V/X/A/Z/Y, Ctrl+Shift+Z/V, Ctrl+arrows, Ctrl+Backspace/Delete,
 *   Ctrl+Home/End, Tab, Enter, Escape, Alt+letter (access keys of web forms), and Ctrl+Alt
 *   combinations, which are AltGr characters on Windows.
 * - Zoom (Ctrl+plus/minus/0) is not listed: with no menu it does nothing in Electron, and the
 *   accessibility settings own the text size.
 */

/** A key press as both hosts can describe it (Electron's before-input-event input has these fields). */
export interface ShortcutInput {
  /** Physical key (`KeyR`, `F5`): the same on every keyboard layout, unlike the character. */
  readonly code: string;
  readonly control: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
  readonly meta: boolean;
}

/** The fields of a DOM KeyboardEvent this module reads (shared/ has no DOM types). */
export interface KeyboardEventFields {
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}

/**
 * Ctrl (or Cmd) with any of these: new window/tab, open, save, view source, address bar, close,
 * print, quit, history, downloads, reload, minimise (macOS), next tab, close tab. Bookmark and
 * search keys (D, E, K) are left alone: rich-text editors in e-service forms use them.
 */
const BLOCKED_WITH_MOD: ReadonlySet<string> = new Set([
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
const BLOCKED_WITH_MOD_SHIFT: ReadonlySet<string> = new Set(['KeyI', 'KeyJ', 'KeyC', 'Delete', 'KeyB']);

/** Blocked whatever the modifiers: reload, address bar, caret browsing, menu, fullscreen, DevTools, media keys. */
const BLOCKED_ALWAYS: ReadonlySet<string> = new Set([
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
const BLOCKED_WITH_ALT: ReadonlySet<string> = new Set(['F4', 'ArrowLeft', 'ArrowRight', 'Home', 'Space']);

export function isBlockedShortcut(input: ShortcutInput): boolean {
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

/** A DOM keyboard event in the shape `isBlockedShortcut` takes. */
export function shortcutInputOf(event: KeyboardEventFields): ShortcutInput {
  return { code: event.code, control: event.ctrlKey, shift: event.shiftKey, alt: event.altKey, meta: event.metaKey };
}
