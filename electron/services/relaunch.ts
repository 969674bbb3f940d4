/**
 * When the Electron app should relaunch itself: at a welcome-screen boundary (no client is
 * there), after config.relaunch.afterClients clients or above config.relaunch.aboveRssMb of
 * memory, because Electron never gives back a session partition's memory.
 */
import type { KioskConfig } from '../../shared/config/schema';

export function relaunchDue(state: { readonly clients: number; readonly memoryMb: number }, settings: KioskConfig['relaunch']): boolean {
  return state.clients >= settings.afterClients || state.memoryMb > settings.aboveRssMb;
}
