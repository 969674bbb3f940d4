/**
 * Relaunching the app (RelaunchPort): Electron never gives a client partition's memory back, so
 * the core asks for a fresh process at a welcome-screen boundary, when no client is there.
 */
import type { RelaunchPort } from '../services/ports';
import type { QuitGate } from './window';

export interface RelaunchAppLike {
  /** Every process of the app; workingSetSize is in kilobytes. */
  getAppMetrics(): readonly { readonly memory: { readonly workingSetSize: number } }[];
  relaunch(): void;
  exit(code?: number): void;
}

export function createElectronRelaunch(app: RelaunchAppLike, gate: QuitGate): RelaunchPort {
  return {
    memoryMb: () => app.getAppMetrics().reduce((sum, metric) => sum + metric.memory.workingSetSize, 0) / 1024,
    relaunch() {
      // The kiosk's own way out: the window's close guard must let it go like an admin quit.
      gate.allow();
      app.relaunch();
      app.exit(0);
    },
  };
}
