/**
 * The browser host's stand-in for Electron's before-input-event lock and for its refusal of
 * dropped files: installed in the UI page (by the page script) and in every frame inside it (by
 * an init script), before any page script runs, so its capture listeners come first.
 *
 * - Keys: the same pure `isBlockedShortcut` as Electron. A blocked key is cancelled and goes no
 *   further, as Electron's preventDefault keeps it from the page altogether.
 * - Drags that carry files or links: a page that does not take a drop lets the browser load
 *   what was dropped (a file:// URL, or the link) in place of the kiosk. Accepting the drag with
 *   the "none" effect and cancelling the drop leaves nothing to load. Dragging text stays.
 */
import { isBlockedShortcut, shortcutInputOf } from '../../../shared/policy/shortcuts';

/** Drag data types that would make the browser navigate when dropped. */
const LOADABLE_TYPES: ReadonlySet<string> = new Set(['Files', 'text/uri-list', 'text/x-moz-url']);

export function carriesLoadable(data: DataTransfer | null): boolean {
  if (data === null) return false;
  return Array.from(data.types).some((type) => LOADABLE_TYPES.has(type));
}

const installed = new WeakSet<Window>();

export function installInputGuard(target: Window): void {
  if (installed.has(target)) return;
  installed.add(target);
  const capture = { capture: true } as const;

  target.addEventListener(
    'keydown',
    (event) => {
      if (!isBlockedShortcut(shortcutInputOf(event))) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    capture,
  );

  const refuseDrag = (event: DragEvent): void => {
    if (!carriesLoadable(event.dataTransfer)) return;
    event.preventDefault();
    if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'none';
    if (event.type === 'drop') event.stopImmediatePropagation();
  };
  for (const type of ['dragenter', 'dragover', 'drop'] as const) target.addEventListener(type, refuseDrag, capture);
}
