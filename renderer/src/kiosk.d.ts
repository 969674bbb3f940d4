import type { KioskApi } from '../../shared/bridge';

declare global {
  interface Window {
    /**
     * The host bridge (Electron preload or the browser host's injected script), present before
     * the UI script runs. Typed as always present; main.tsx still checks it at runtime.
     */
    readonly kiosk: KioskApi;
  }
}
