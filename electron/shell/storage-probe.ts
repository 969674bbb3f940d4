/**
 * The storage probe of the Electron SessionWiper: reads back, per origin the client touched,
 * what a retired partition still keeps in localStorage, sessionStorage, IndexedDB, Cache Storage
 * and service worker registrations. Electron has no main-process API that lists these per
 * origin, so the probe asks a document of that origin, as the browser host's probe iframe does
 * (e2e/browser-host/storage-probe.ts; the finding names are the same).
 *
 * How, without touching the network: the retired session's https is intercepted
 * (`session.protocol.handle`) for the duration of the probe, answering only
 * `https://<origin>/__vierella_probe__` with an empty page under `default-src 'none'` and
 * everything else with 403. That is safe because a retired session serves no client any more.
 * One hidden WebContentsView on that session (never shown, never added to the window, created
 * only here) loads each probe page in turn, a read-only script counts what the origin keeps, and
 * the view is closed at the end, whatever happened.
 *
 * Limit: the Electron binary cannot run on the build machines, so this module is tested with
 * fakes only (storage-probe.test.ts). What the fakes cannot show, and a real kiosk must: that a
 * WebContentsView outside any window loads and runs the script; that Chromium's webRequest
 * listener and the https interception answer the probe navigation as written here; that
 * executeJavaScript runs under the page's CSP; and that the read-only calls below create no
 * storage of their own (a following wipe clears the whole partition anyway).
 */
import { describeHost } from '../../shared/policy/navigation';
import type { SessionLike, WebContentsLike } from './electron-like';
import { probeWebPreferences, type ProbeWebPreferences } from './web-preferences';

/** The same path as the browser host's probe frame, so findings and logs read alike. */
export const PROBE_PATH = '/__vierella_probe__';

/** More origins than this in one session is no plausible client; the rest are reported, never passed. */
export const MAX_PROBED_ORIGINS = 50;
/** One origin's load and read; a hung renderer becomes a finding, not a stuck kiosk. */
export const PROBE_TIMEOUT_MS = 5000;
/** All origins of one session together; origins not reached in time are findings as well. */
export const PROBE_BUDGET_MS = 30_000;

/** An empty document that may load nothing, run nothing of its own and set nothing. */
const PROBE_PAGE = '<!doctype html><meta charset="utf-8"><title></title>';
const PROBE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'",
  'cache-control': 'no-store',
};

export type ProbeSession = Pick<SessionLike, 'protocol' | 'webRequest'>;
export type ProbeContents = Pick<WebContentsLike, 'loadURL' | 'executeJavaScript' | 'stop' | 'close' | 'isDestroyed'>;
export interface ProbeView {
  readonly webContents: ProbeContents;
}

export interface StorageProbeDeps<S extends ProbeSession> {
  /** `new WebContentsView({ webPreferences })`: the view is never shown nor added to a window. */
  readonly createView: (webPreferences: ProbeWebPreferences<S>) => ProbeView;
  readonly timeoutMs?: number;
  readonly budgetMs?: number;
  /** Milliseconds clock for the budget; injected by tests. */
  readonly now?: () => number;
}

/** Checks the origins of one retired session; resolves with findings (hosts only), never rejects. */
export type StorageProbe<S> = (session: S, origins: readonly string[]) => Promise<string[]>;

export interface ProbeTargets {
  /** Distinct https origins, serialised as the URL parser does (`https://host[:port]`). */
  readonly origins: readonly string[];
  /** https origins over MAX_PROBED_ORIGINS, which are not probed. */
  readonly skipped: number;
}

/** The scope's origins worth probing: https only (nothing else reached the content), each once. */
export function probeTargets(origins: readonly string[]): ProbeTargets {
  const unique = new Set<string>();
  for (const origin of origins) {
    const normalised = httpsOrigin(origin);
    if (normalised !== null) unique.add(normalised);
  }
  const all = [...unique];
  return { origins: all.slice(0, MAX_PROBED_ORIGINS), skipped: Math.max(0, all.length - MAX_PROBED_ORIGINS) };
}

function httpsOrigin(origin: string): string | null {
  if (typeof origin !== 'string' || !URL.canParse(origin)) return null;
  const url = new URL(origin);
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  return url.origin;
}

function hostOf(origin: string): string {
  return describeHost(origin) ?? '(unknown)';
}

/** What the probe script reports: counts, or -1 where a read threw. */
interface ProbeCounts {
  readonly origin: string;
  readonly path: string;
  readonly local: number;
  readonly session: number;
  readonly idb: number;
  readonly caches: number;
  readonly workers: number;
}

/**
 * Runs in the probe page. Read-only: lengths and names are counted, nothing is opened for
 * writing. sessionStorage belongs to a tab, so a fresh view should always read 0; it is counted
 * anyway, as a check that the script reads what it means to. The page's own origin and path come
 * back too, so a page that is not the probe (a service worker's answer, say) cannot pass as clean.
 */
export const PROBE_SCRIPT = `(async () => {
  const count = async (read) => { try { return await read(); } catch { return -1; } };
  return {
    origin: location.origin,
    path: location.pathname,
    local: await count(() => localStorage.length),
    session: await count(() => sessionStorage.length),
    idb: await count(async () => (await indexedDB.databases()).length),
    caches: await count(async () => (await caches.keys()).length),
    workers: await count(async () => (await navigator.serviceWorker.getRegistrations()).length),
  };
})()`;

const COUNTS = ['local', 'session', 'idb', 'caches', 'workers'] as const;

/** The finding of each store, as the browser host names them. */
const FINDING: Readonly<Record<(typeof COUNTS)[number], string>> = {
  local: 'local_storage',
  session: 'session_storage',
  idb: 'indexeddb-names',
  caches: 'cache-names',
  workers: 'service-worker-registrations',
};

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= -1;
}

/** The script's answer, checked field by field: it comes from a renderer, so it is not trusted. */
function parseCounts(value: unknown): ProbeCounts | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const { origin, path } = record;
  if (typeof origin !== 'string' || typeof path !== 'string') return null;
  if (!COUNTS.every((key) => isCount(record[key]))) return null;
  return value as ProbeCounts;
}

function findingsOf(counts: ProbeCounts, host: string): string[] {
  const findings: string[] = [];
  for (const key of COUNTS) {
    const count = counts[key];
    if (count > 0) findings.push(`${FINDING[key]}:${host}`);
    else if (count < 0) findings.push(`${FINDING[key]}-unreadable:${host}`);
  }
  return findings;
}

class ProbeTimeout extends Error {}

/** Rejects after `ms`; the late settling of `promise` is swallowed, so it never goes unhandled. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  promise.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function isProbeUrl(url: string, origin: string | null): boolean {
  if (origin === null || !URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.origin === origin && parsed.pathname === PROBE_PATH && parsed.search === '' && parsed.username === '' && parsed.password === '';
}

/**
 * The https handler of a retired session during the probe: the probe page of the origin being
 * probed now, for a GET; 403 for anything else, so nothing the session asks for reaches the network.
 */
export function probeProtocolHandler(target: () => string | null): (request: Request) => Response {
  return (request) => {
    if (request.method === 'GET' && isProbeUrl(request.url, target())) {
      return new Response(PROBE_PAGE, { status: 200, headers: PROBE_HEADERS });
    }
    return new Response(null, { status: 403, headers: { 'cache-control': 'no-store' } });
  };
}

export function createStorageProbe<S extends ProbeSession>(deps: StorageProbeDeps<S>): StorageProbe<S> {
  const timeoutMs = deps.timeoutMs ?? PROBE_TIMEOUT_MS;
  const budgetMs = deps.budgetMs ?? PROBE_BUDGET_MS;
  const now = deps.now ?? (() => Date.now());

  return async function probe(session, scopeOrigins) {
    const { origins, skipped } = probeTargets(scopeOrigins);
    const findings: string[] = [];
    if (skipped > 0) findings.push(`storage-probe-skipped:+${skipped}`);
    if (origins.length === 0) return findings;

    let target: string | null = null;
    try {
      // A handler left by an earlier probe whose unhandle failed is ours: nothing else handles a client partition's https.
      if (session.protocol.isProtocolHandled('https')) session.protocol.unhandle('https');
      session.protocol.handle('https', probeProtocolHandler(() => target));
      // The content guard of the session still asks the navigation policy, which may no longer
      // allow a host the client was let onto (a temporary one, say): the retired session gets a
      // guard of its own that lets frames load the probe page and nothing else. It stays, since
      // no client uses the session again.
      session.webRequest.onBeforeRequest({ urls: ['<all_urls>'], types: ['mainFrame', 'subFrame'] }, (details, callback) => {
        callback(isProbeUrl(details.url, target) ? {} : { cancel: true });
      });
    } catch {
      // Without the interception the probe page would go to the real server: no probe at all.
      unhandle(session);
      return [...findings, ...origins.map((origin) => `storage-probe-failed:${hostOf(origin)}`)];
    }

    const deadline = now() + budgetMs;
    let view: ProbeView | null = null;
    try {
      for (const origin of origins) {
        const host = hostOf(origin);
        if (now() >= deadline) {
          findings.push(`storage-probe-failed:${host}`);
          continue;
        }
        target = origin;
        try {
          view ??= deps.createView(probeWebPreferences(session));
          const contents = view.webContents;
          const counts = await withTimeout(
            (async () => {
              await contents.loadURL(`${origin}${PROBE_PATH}`);
              return parseCounts(await contents.executeJavaScript(PROBE_SCRIPT));
            })(),
            Math.min(timeoutMs, Math.max(0, deadline - now())),
          );
          if (counts === null || counts.origin !== origin || counts.path !== PROBE_PATH) {
            findings.push(`storage-probe-failed:${host}`);
          } else {
            findings.push(...findingsOf(counts, host));
          }
        } catch (error) {
          findings.push(`storage-probe-failed:${host}`);
          // A hung or broken view is not trusted with the next origin: the next one gets a fresh view.
          if (error instanceof ProbeTimeout && view !== null) {
            closeView(view);
            view = null;
          }
        }
      }
    } finally {
      target = null;
      if (view !== null) closeView(view);
      unhandle(session);
    }
    return findings;
  };
}

function closeView(view: ProbeView): void {
  try {
    const contents = view.webContents;
    if (!contents.isDestroyed()) {
      contents.stop();
      contents.close();
    }
  } catch {
    // Closing is best effort: the view was never shown, and the wipe clears its session anyway.
  }
}

function unhandle(session: ProbeSession): void {
  try {
    if (session.protocol.isProtocolHandled('https')) session.protocol.unhandle('https');
  } catch {
    // The next probe unhandles a leftover handler before it installs its own.
  }
}
