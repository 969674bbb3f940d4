/**
 * Keeping the UI's preferences and the host's copy in agreement, as pure functions.
 *
 * The UI changes the preferences and tells the host; the host echoes them back in its next
 * snapshots. The host also changes them on its own: it resets them at every wipe, and a reloaded
 * UI view starts from what the host holds. A snapshot therefore either echoes something the UI
 * sent (ignore it: the UI may already be further along) or comes "from outside" (adopt it).
 */
import { DEFAULT_PREFS, PREF_KEYS } from '../../../shared/content/accessibility';
import type { AccessibilityPrefs } from '../../../shared/content/accessibility';
import type { AccessibilityEvent, SetPrefEvent } from '../../../shared/machines/accessibility';

export function prefsEqual(a: AccessibilityPrefs, b: AccessibilityPrefs): boolean {
  return PREF_KEYS.every((key) => a[key] === b[key]);
}

/**
 * The machine events that turn `current` into `target`: nothing when equal, RESET when the
 * target is the defaults (the wipe; it also closes the panel, which the next client should not
 * find open), otherwise one SET per differing setting (the panel stays as it is).
 */
export function eventsToAdopt(current: AccessibilityPrefs, target: AccessibilityPrefs): AccessibilityEvent[] {
  if (prefsEqual(current, target)) return [];
  if (prefsEqual(target, DEFAULT_PREFS)) return [{ type: 'RESET' }];
  return PREF_KEYS.filter((key) => current[key] !== target[key]).map(
    // Building the event for one key of the union loses the key/value pairing TS could check;
    // the values come straight from prefs of the same type, and the machine validates them.
    (key) => ({ type: 'SET', key, value: target[key] }) as SetPrefEvent,
  );
}

export interface HostSync {
  /** The preferences in the last snapshot seen. */
  readonly lastHost: AccessibilityPrefs;
  /** Preferences sent to the host and not yet echoed, oldest first. */
  readonly pending: readonly AccessibilityPrefs[];
}

/** More unanswered sends than this means the host is not answering; old ones stop mattering. */
const MAX_PENDING = 32;

export function startSync(host: AccessibilityPrefs): HostSync {
  return { lastHost: host, pending: [] };
}

/** After the UI sent `prefs` to the host. */
export function afterSend(sync: HostSync, prefs: AccessibilityPrefs): HostSync {
  return { ...sync, pending: [...sync.pending, prefs].slice(-MAX_PENDING) };
}

/**
 * After a snapshot with the host's preferences `host`. Snapshots come for many reasons (the idle
 * countdown ticks every second), so only a change of the host's preferences counts. A change to
 * something the UI sent is its echo (it and everything sent before it are answered); any other
 * change came from outside and is to be adopted.
 */
export function afterSnapshot(sync: HostSync, host: AccessibilityPrefs): { readonly sync: HostSync; readonly adopt: boolean } {
  if (prefsEqual(sync.lastHost, host)) return { sync, adopt: false };
  const echoed = sync.pending.findIndex((sent) => prefsEqual(sent, host));
  if (echoed >= 0) return { sync: { lastHost: host, pending: sync.pending.slice(echoed + 1) }, adopt: false };
  return { sync: { lastHost: host, pending: [] }, adopt: true };
}
