import type { KioskApi } from '../../../shared/bridge';
import { COMMAND_NAMES } from '../../../shared/bridge';

/**
 * Returns the host bridge if it looks complete. A missing or partial bridge means the host
 * failed to set up; the UI then shows a plain error screen instead of crashing on first use.
 */
export function findKiosk(candidate: unknown): KioskApi | null {
  if (typeof candidate !== 'object' || candidate === null) return null;
  const api = candidate as Record<string, unknown>;
  const complete = [...COMMAND_NAMES, 'onSnapshot'].every((name) => typeof api[name] === 'function');
  return complete ? (candidate as KioskApi) : null;
}
