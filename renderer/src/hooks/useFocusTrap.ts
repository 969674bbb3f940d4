import { useEffect, useEffectEvent, useState } from 'react';
import type { RefObject } from 'react';
import { focusableIn } from '../lib/focusable';

/**
 * Modal focus handling: moves focus into the dialog on open, keeps Tab and Shift+Tab inside it,
 * calls `onEscape` for the Escape key, and gives focus back to where it was when the dialog
 * closes.
 */
export function useFocusTrap(
  containerRef: RefObject<HTMLElement | null>,
  initialFocusRef: RefObject<HTMLElement | null>,
  onEscape: (() => void) | undefined,
): void {
  // Read during the first render, before the background turns inert and the browser moves
  // focus away from it.
  const [returnTo] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const escape = useEffectEvent(() => onEscape?.());

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    (initialFocusRef.current ?? focusableIn(container)[0] ?? container).focus();

    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.preventDefault();
        escape();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = focusableIn(container);
      const first = items[0];
      const last = items[items.length - 1];
      if (first === undefined || last === undefined) {
        event.preventDefault();
        container.focus();
        return;
      }
      const active = document.activeElement;
      const outside = !(active instanceof Node) || !container.contains(active);
      if (event.shiftKey && (active === first || outside)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || outside)) {
        event.preventDefault();
        first.focus();
      }
    };
    // Catches focus that got out some other way (a click on the backdrop, script).
    const onFocusIn = (event: FocusEvent): void => {
      if (event.target instanceof Node && !container.contains(event.target)) {
        (focusableIn(container)[0] ?? container).focus();
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('focusin', onFocusIn);
      // A passive-effect cleanup runs after the background has left the inert state, so the
      // element can take focus again.
      if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
    };
  }, [containerRef, initialFocusRef, returnTo]);
}
