/**
 * The webPreferences of the two views. Pure functions, so every security flag is asserted by a
 * test rather than trusted to a literal buried in window code. `satisfies WebPreferences` makes a
 * misspelt flag (silently ignored by Electron) a compile error.
 */
import type { WebPreferences } from 'electron';

export interface ViewSecurityOptions {
  /** VIERELLA_DEV=1: DevTools may open. Never on a kiosk in service. */
  readonly devTools: boolean;
}

export interface UiViewOptions extends ViewSecurityOptions {
  /** Absolute path of the built preload (out/preload/preload.cjs). */
  readonly preload: string;
}

/** The flags both views share: a sandboxed renderer with no Node and no way to loosen security. */
function lockedDown(devTools: boolean) {
  return {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // A file dropped on the page would otherwise be opened as a navigation, past the guards' notice.
    navigateOnDragDrop: false,
    // Chromium's spellchecker downloads dictionaries from a Google host: no traffic off the allowlist.
    spellcheck: false,
    // One storage fewer to wipe.
    enableWebSQL: false,
    devTools,
  } as const satisfies WebPreferences;
}

/** The UI view: our own React app from app://kiosk, with the one preload that exposes the bridge. */
export function uiWebPreferences(options: UiViewOptions) {
  return { ...lockedDown(options.devTools), preload: options.preload } as const satisfies WebPreferences;
}

/**
 * The content view: untrusted e-services. No preload at all, and a partition of its own that
 * lives in memory only (no `persist:` prefix), so nothing of the client's is meant to reach disk.
 */
export function contentWebPreferences(partition: string, options: ViewSecurityOptions) {
  if (!isClientPartition(partition)) throw new Error('content partitions must be in-memory client partitions');
  return {
    ...lockedDown(options.devTools),
    partition,
    // A page may not spam the client with alert() loops.
    safeDialogs: true,
  } as const satisfies WebPreferences;
}

const CLIENT_PARTITION = /^client-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A new partition name for one client session; `randomUUID` is injected for tests. */
export function newClientPartition(randomUUID: () => string): string {
  const partition = `client-${randomUUID()}`;
  if (!isClientPartition(partition)) throw new Error('randomUUID returned something that is not a UUID');
  return partition;
}

export function isClientPartition(partition: string): boolean {
  return CLIENT_PARTITION.test(partition);
}

/**
 * The flags of the storage probe's hidden view (storage-probe.ts). No preload, no DevTools even
 * in development (nobody ever sees the view), and images off: the probe page has none, and a
 * page that is never drawn needs no decoder either.
 */
const PROBE_FLAGS = { ...lockedDown(false), images: false } as const satisfies WebPreferences;

/**
 * The retired session object itself rather than its partition name: the wiper knows sessions, not
 * names, and the object guarantees the probe reads the very session being verified (a mistyped
 * name would give a fresh, empty session, whose probe would always pass). electron/main.ts passes
 * the real Session, where tsc checks the whole shape against WebContentsView's options.
 */
export function probeWebPreferences<S>(session: S) {
  return { ...PROBE_FLAGS, session };
}

export type ProbeWebPreferences<S> = ReturnType<typeof probeWebPreferences<S>>;
