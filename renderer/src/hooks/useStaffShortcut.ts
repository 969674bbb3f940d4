import { useEffect } from 'react';
import type { KioskApi } from '../../../shared/bridge';
import { matchesAccelerator } from '../../../shared/policy/accelerator';
import { shortcutInputOf } from '../../../shared/policy/shortcuts';

/**
 * The staff key combination while focus is in the kiosk's own UI. The Electron shell catches it
 * before the page in both views (so this never fires there); the browser host relies on this.
 */
export function useStaffShortcut(kiosk: KioskApi, accelerator: string | null, inSession: boolean): void {
  useEffect(() => {
    if (!accelerator || !inSession) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!matchesAccelerator(shortcutInputOf(event), accelerator)) return;
      event.preventDefault();
      void kiosk.openStaffEntry({}).catch(() => undefined);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [kiosk, accelerator, inSession]);
}
