/**
 * Input helpers for the shell's before-input-event and input-event handlers. Which shortcuts
 * are blocked is decided in shared/policy/shortcuts.ts, the one list both hosts use.
 */
import type { KeyInput } from './electron-like';

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
