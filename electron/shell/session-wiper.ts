/**
 * The Electron SessionWiper (electron/services/ports.ts): clears every retired client partition
 * and the clipboard, then proves it. Every clearing call runs even when an earlier one failed,
 * and a failure becomes a finding (a step name, never an error message: those can carry URLs).
 */
import { describeHost } from '../../shared/policy/navigation';
import type { SessionWiper, WipeReport, WipeScope } from '../services/ports';
import type { ClipboardLike, SessionLike } from './electron-like';
import type { RetiredSessions } from './retired-sessions';

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
 * The scope's origins are not needed here: every call clears or checks the whole partition,
 * which covers each origin the client visited. (Electron cannot list a session's localStorage or
 * IndexedDB per origin without a page to ask; a storage probe is left for a later issue.)
 */
export function createElectronSessionWiper<S extends WipeableSession>(deps: SessionWiperDeps<S>): SessionWiper {
  const { retired, clipboard } = deps;

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

  async function verifySession(session: S, findings: string[]): Promise<boolean> {
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
    return findings.length === before;
  }

  async function verify(_scope: WipeScope): Promise<WipeReport> {
    const findings: string[] = [];
    for (const session of retired.pending()) {
      // A session leaves the list only once it is proven clean; otherwise the next wipe retries it.
      if (await verifySession(session, findings)) retired.settle(session);
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
