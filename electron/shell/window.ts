/**
 * The kiosk window: one full-screen BaseWindow that the client cannot close, and the app's
 * single-instance lock.
 */
import type { KioskLog } from '../services/ports';
import type { Preventable, Rect } from './electron-like';

export const KIOSK_WINDOW_OPTIONS = {
  kiosk: true,
  fullscreen: true,
  frame: false,
  autoHideMenuBar: true,
  backgroundColor: '#000000',
  title: 'Vierellä',
  minimizable: false,
  maximizable: false,
  resizable: false,
  movable: false,
} as const;

/** Whether the app may close now: only after an admin or system path said so. */
export interface QuitGate {
  allow(): void;
  readonly allowed: boolean;
}

export function createQuitGate(): QuitGate {
  let allowed = false;
  return {
    allow() {
      allowed = true;
    },
    get allowed() {
      return allowed;
    },
  };
}

export interface ClosableWindow {
  on(event: 'close', listener: (event: Preventable) => void): unknown;
}

/** Alt+F4, the window manager's close button, a stray window.close(): refused unless the gate is open. */
export function preventClose(window: ClosableWindow, gate: QuitGate, log: KioskLog): void {
  window.on('close', (event) => {
    if (gate.allowed) return;
    event.preventDefault();
    log.info('window.close-refused');
  });
}

export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

export function bringToFront(window: FocusableWindow): void {
  if (window.isMinimized()) window.restore();
  window.focus();
}

export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
}

/** True when this is the one running kiosk; otherwise asks this process to quit and returns false. */
export function claimSingleInstance(app: SingleInstanceApp): boolean {
  if (app.requestSingleInstanceLock()) return true;
  app.quit();
  return false;
}

/** The UI view fills the window's content area. */
export function fullArea(contentBounds: Rect): Rect {
  return { x: 0, y: 0, width: contentBounds.width, height: contentBounds.height };
}
