import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContentLayout } from '../../../shared/bridge';
import { sameLayout, toContentBounds, ZERO_BOUNDS } from '../lib/layout';

/**
 * Reports where the content view should sit. Returns a ref for the slot element; while no slot
 * is mounted (home tiles shown) or `visible` is false (a modal is open) the host is told to hide
 * the view. Re-measures on slot resize, page resize (the toolbar wrapping moves the slot) and
 * window resize, and sends only real changes. On unmount the view is hidden.
 */
export function useContentSlot(report: (layout: ContentLayout) => void, visible: boolean): (element: HTMLElement | null) => void {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const lastSent = useRef<ContentLayout | null>(null);
  const reportRef = useRef(report);

  useEffect(() => {
    reportRef.current = report;
  }, [report]);

  const push = useCallback((layout: ContentLayout) => {
    if (sameLayout(lastSent.current, layout)) return;
    lastSent.current = layout;
    reportRef.current(layout);
  }, []);

  useEffect(() => {
    if (slot === null) {
      push({ bounds: lastSent.current?.bounds ?? ZERO_BOUNDS, visible: false });
      return;
    }
    const measure = (): void => push({ bounds: toContentBounds(slot.getBoundingClientRect()), visible });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(slot);
    observer.observe(document.documentElement);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [slot, visible, push]);

  useEffect(
    () => () => {
      const last = lastSent.current;
      if (last?.visible) push({ bounds: last.bounds, visible: false });
    },
    [push],
  );

  return setSlot;
}
