import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * Moves focus to a screen's heading when the screen appears, so a screen reader announces the
 * new screen, unless something meaningful (a button, a dialog) already has focus.
 */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const active = document.activeElement;
    const nothingFocused = active === null || active === document.body || !active.isConnected;
    if (nothingFocused) ref.current?.focus({ preventScroll: true });
  }, []);
  return ref;
}
