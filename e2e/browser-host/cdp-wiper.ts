/**
 * The browser host's SessionWiper, over the Chrome DevTools Protocol: clears cookies, cache and
 * every kind of storage (service workers and Cache Storage included) for each origin the
 * session touched, and removes refused downloads; then proves it by reading back cookies, quota
 * usage, and per origin localStorage, IndexedDB, Cache Storage and service worker
 * registrations, and by checking that no download left a file. Findings name hosts only.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { SessionWiper, WipeReport, WipeScope } from '../../electron/services/ports';
import type { DownloadGuard } from './downloads';
import type { OriginLedger } from './origin-ledger';
import { probeOrigin, type StorageProbeResult } from './storage-probe';

export interface CdpWiperOptions {
  readonly context: BrowserContext;
  /** The UI page now (a crash replaces it); CDP sessions attach to it (and to probe frames). */
  readonly page: () => Page;
  /** Every origin the content touched, as the request guard saw them. */
  readonly ledger: OriginLedger;
  /** The UI's own origin: not the client's, never cleared. */
  readonly uiOrigin: string;
  /** Whether a probe frame may be opened on the origin (the UI's frame-src allows only the allowlist). */
  readonly canProbe: (origin: string) => boolean;
  /** Refused downloads, whose files must be gone. */
  readonly downloads?: Pick<DownloadGuard, 'settle' | 'verify'>;
  /** Replaceable for tests of the wiper's bookkeeping. */
  readonly probe?: (origin: string) => Promise<StorageProbeResult>;
  /** The browser's clipboard: whatever text the client copied (a code, a name) must go too. */
  readonly clipboard?: { clear(): Promise<void>; read(): Promise<string> };
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return '(unparsable)';
  }
}

function report(findings: string[]): WipeReport {
  return { clean: findings.length === 0, findings };
}

export function createCdpWiper(options: CdpWiperOptions): SessionWiper {
  const { context, ledger, uiOrigin } = options;
  const probe = options.probe ?? ((origin: string) => probeOrigin(context, options.page(), origin));
  let session: CDPSession | null = null;
  let sessionPage: Page | null = null;

  async function cdp(): Promise<CDPSession> {
    const page = options.page();
    if (session === null || sessionPage !== page) {
      session = await context.newCDPSession(page);
      sessionPage = page;
    }
    return session;
  }

  function originsOf(scope: WipeScope): string[] {
    const all = new Set<string>();
    for (const origin of [...scope.origins, ...ledger.list()]) {
      if (origin !== uiOrigin && /^https?:\/\//.test(origin)) all.add(origin);
    }
    return [...all].sort();
  }

  async function send<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch {
      // The session dies with a crashed or reloaded page; one fresh attempt.
      session = null;
      return action();
    }
  }

  return {
    async wipe(scope) {
      const origins = originsOf(scope);
      // Independent clearing calls, side by side; each failure is a finding of its own.
      const steps: Promise<string[]>[] = [
        send(async () => {
          const session = await cdp();
          await Promise.all([session.send('Network.clearBrowserCookies'), session.send('Network.clearBrowserCache')]);
        }).then(
          () => [],
          () => ['clear-cookies-or-cache-failed'],
        ),
        ...origins.map((origin) =>
          send(async () => (await cdp()).send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' })).then(
            () => [],
            () => [`clear-failed:${hostOf(origin)}`],
          ),
        ),
        options.downloads ? options.downloads.settle() : Promise.resolve([]),
        options.clipboard
          ? options.clipboard.clear().then(
              () => [],
              () => ['clipboard-clear-failed'],
            )
          : Promise.resolve([]),
      ];
      return report((await Promise.all(steps)).flat());
    },

    async verify(scope) {
      const origins = originsOf(scope);
      // Independent checks, run side by side; findings keep a fixed order all the same.
      const [stored, probed, downloaded, copied] = await Promise.all([
        readCookiesAndUsage(origins),
        probeAll(origins.filter((origin) => options.canProbe(origin))),
        options.downloads ? options.downloads.verify() : Promise.resolve([]),
        options.clipboard
          ? options.clipboard.read().then(
              (text) => (text === '' ? [] : ['clipboard-not-empty']),
              () => ['clipboard-check-failed'],
            )
          : Promise.resolve([]),
      ]);
      const unique = [...new Set([...stored, ...probed, ...downloaded, ...copied])];
      if (unique.length === 0) ledger.forget(origins);
      return report(unique);
    },
  };

  async function readCookiesAndUsage(origins: readonly string[]): Promise<string[]> {
    const findings: string[] = [];
    try {
      const { cookies } = await send(async () => (await cdp()).send('Network.getAllCookies'));
      for (const cookie of cookies) findings.push(`cookie:${cookie.domain.replace(/^\./, '')}`);
    } catch {
      findings.push('cookies-unreadable');
    }
    for (const origin of origins) {
      const host = hostOf(origin);
      try {
        const usage = await send(async () => (await cdp()).send('Storage.getUsageAndQuota', { origin }));
        for (const part of usage.usageBreakdown) if (part.usage > 0) findings.push(`${part.storageType}:${host}`);
      } catch {
        findings.push(`usage-unreadable:${host}`);
      }
    }
    return findings;
  }

  /** One origin at a time: the probe frame has a single name. */
  async function probeAll(origins: readonly string[]): Promise<string[]> {
    const findings: string[] = [];
    for (const origin of origins) {
      const host = hostOf(origin);
      try {
        const seen = await probe(origin);
        if (seen.localStorageItems > 0) findings.push(`local_storage:${host}`);
        if (seen.indexedDbNames.length > 0) findings.push(`indexeddb-names:${host}`);
        if (seen.cacheNames.length > 0) findings.push(`cache-names:${host}`);
        if (seen.serviceWorkers > 0) findings.push(`service-worker-registrations:${host}`);
      } catch {
        findings.push(`probe-failed:${host}`);
      }
    }
    return findings;
  }
}
