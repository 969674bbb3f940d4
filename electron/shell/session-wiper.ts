/**
 * The Electron SessionWiper (electron/services/ports.ts): clears every retired client partition
 * and the clipboard, then proves it: cookies and running service workers of the whole partition,
 * and per origin the client touched, whatever storage a page of that origin still sees (the
 * storage probe). Every clearing call runs even when an earlier one failed, and a failure becomes
 * a finding (a step name, never an error message: those can carry URLs).
 */
import { describeHost } from '../../shared/policy/navigation';
import type { SessionWiper, WipeReport, WipeScope } from '../services/ports';
import type { ClipboardLike, SessionLike } from './electron-like';
import type { RetiredSessions } from './retired-sessions';
import type { StorageProbe } from './storage-probe';

export type WipeableSession = Pick<
  SessionLike,
  | 'clearData'
  | 'clearStorageData'
  | 'clearCache'
  | 'clearAuthCache'
  | 'clearHostResolverCache'
  | 'clearCodeCaches'
  | 'cookies'
  | 'serviceWorkers'
>;

export interface SessionWiperDeps<S extends WipeableSession> {
  readonly retired: RetiredSessions<S>;
  readonly clipboard: ClipboardLike;
  /** createStorageProbe (storage-probe.ts): localStorage, IndexedDB, Cache Storage… of each origin in scope. */
  readonly probeStorage: StorageProbe<S>;
}

/** In this order: clearData first (it covers the most), then each store on its own, as a second pass. */
export const WIPE_STEPS = [
  'clearData',
  'clearStorageData',
  'clearCache',
  'clearAuthCache',
  'clearHostResolverCache',
  'clearCodeCaches',
] as const;

function runStep(session: WipeableSession, step: (typeof WIPE_STEPS)[number]): Promise<void> {
  // clearCodeCaches with no URLs clears the code cache of every origin.
  return step === 'clearCodeCaches' ? session.clearCodeCaches({}) : session[step]();
}

/** At most this many hosts per finding: enough to act on, short enough for a log line. */
const MAX_HOSTS = 5;

function hostList(hosts: Iterable<string>): string {
  const unique = [...new Set(hosts)].sort();
  const shown = unique.slice(0, MAX_HOSTS).join(',');
  return unique.length > MAX_HOSTS ? `${shown},+${unique.length - MAX_HOSTS}` : shown;
}

/** A cookie domain (`.kela.fi`) as a bare host name; anything odd is not echoed. */
function cookieHost(domain: string | undefined): string {
  const host = (domain ?? '').replace(/^\./, '').toLowerCase();
  return /^[a-z0-9.:[\]-]{1,253}$/.test(host) ? host : '(unknown)';
}

async function clipboardIsEmpty(clipboard: ClipboardLike): Promise<boolean> {
  const items = await clipboard.read();
  if (items.every((item) => item.types.length === 0)) return true;
  // Some platforms report a format for an emptied clipboard; no text is as good as nothing then.
  return (await clipboard.readText()) === '';
}

/** The system clipboard, and on Linux the selection clipboard: it holds whatever text the client last selected. */
function clipboardsOf(clipboard: ClipboardLike): [string, ClipboardLike][] {
  const boards: [string, ClipboardLike][] = [['clipboard', clipboard]];
  if (clipboard.selection) boards.push(['selection-clipboard', clipboard.selection]);
  return boards;
}

function report(findings: string[]): WipeReport {
  return { clean: findings.length === 0, findings };
}

/**
 * The wipe does not need the scope's origins: every call clears the whole partition, which covers
 * each origin the client visited. The verification does: Electron cannot list a session's
 * localStorage or IndexedDB per origin without a page of that origin to ask, so the storage probe
 * asks one per origin in scope.
 */
export function createElectronSessionWiper<S extends WipeableSession>(deps: SessionWiperDeps<S>): SessionWiper {
  const { retired, clipboard, probeStorage } = deps;

  async function wipe(_scope: WipeScope): Promise<WipeReport> {
    const findings: string[] = [];
    for (const session of retired.pending()) {
      for (const step of WIPE_STEPS) {
        try {
          await runStep(session, step);
        } catch {
          findings.push(`${step}-failed`);
        }
      }
    }
    for (const [name, board] of clipboardsOf(clipboard)) {
      try {
        board.clear();
      } catch {
        findings.push(`${name}-clear-failed`);
      }
    }
    return report(findings);
  }

  async function verifySession(session: S, origins: readonly string[], findings: string[]): Promise<boolean> {
    const before = findings.length;
    try {
      const cookies = await session.cookies.get({});
      if (cookies.length > 0) findings.push(`cookies-left:${hostList(cookies.map((c) => cookieHost(c.domain)))}`);
    } catch {
      findings.push('cookies-check-failed');
    }
    try {
      const workers = Object.values(session.serviceWorkers.getAllRunning());
      if (workers.length > 0) findings.push(`service-workers-left:${hostList(workers.map((w) => describeHost(w.scope) ?? '(unknown)'))}`);
    } catch {
      findings.push('service-workers-check-failed');
    }
    // After the check of running workers: loading a probe page may start a worker that was left registered.
    try {
      findings.push(...(await probeStorage(session, origins)));
    } catch {
      // The probe reports its own failures per host; this is for one that broke in itself.
      findings.push('storage-probe-failed');
    }
    return findings.length === before;
  }

  async function verify(scope: WipeScope): Promise<WipeReport> {
    const findings: string[] = [];
    for (const session of retired.pending()) {
      // A session leaves the list only once it is proven clean; otherwise the next wipe retries it.
      if (await verifySession(session, scope.origins, findings)) retired.settle(session);
    }
    for (const [name, board] of clipboardsOf(clipboard)) {
      try {
        if (!(await clipboardIsEmpty(board))) findings.push(`${name}-not-empty`);
      } catch {
        findings.push(`${name}-check-failed`);
      }
    }
    return report(findings);
  }

  return { wipe, verify };
}
