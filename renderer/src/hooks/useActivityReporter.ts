import { useEffect } from 'react';
import type { KioskApi } from '../../../shared/bridge';
import { createThrottle } from '../lib/throttle';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
const REPORT_INTERVAL_MS = 1000;

/**
 * Tells the host that someone is using the UI (it resets the idle timer), at most once a
 * second. Listens in the capture phase on the window so no component can swallow the event.
 */
export function useActivityReporter(kiosk: KioskApi): void {
  useEffect(() => {
    const report = createThrottle(() => {
      kiosk.reportActivity({}).catch(() => console.warn('kiosk command failed: reportActivity'));
    }, REPORT_INTERVAL_MS);
    const options: AddEventListenerOptions = { capture: true, passive: true };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, report, options);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, report, options);
    };
  }, [kiosk]);
}
