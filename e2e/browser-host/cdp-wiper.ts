/**
 * The browser host's SessionWiper, over the Chrome DevTools Protocol: clears cookies, cache and
 * every kind of storage for each origin the session touched, then proves it by reading cookies,
 * localStorage, IndexedDB and quota usage back. Findings name hosts only, never URLs.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { SessionWiper, WipeReport, WipeScope } from '../../electron/services/ports';
import type { OriginLedger } from './origin-ledger';
import { probeOrigin, type StorageProbeResult } from './storage-probe';

export interface CdpWiperOptions {
  readonly context: BrowserContext;
  /** The UI page; CDP sessions attach to it (and to probe frames). */
  readonly page: Page;
  /** Every origin the content touched, as the request guard saw them. */
  readonly ledger: OriginLedger;
  /** The UI's own origin: not the client's, never cleared. */
  readonly uiOrigin: string;
  /** Whether a probe frame may be opened on the origin (the UI's frame-src allows only the allowlist). */
  readonly canProbe: (origin: string) => boolean;
  /** Replaceable for tests of the wiper's bookkeeping. */
  readonly probe?: (origin: string) => Promise<StorageProbeResult>;
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
  const { context, page, ledger, uiOrigin } = options;
  const probe = options.probe ?? ((origin: string) => probeOrigin(context, page, origin));
  let session: CDPSession | null = null;

  async function cdp(): Promise<CDPSession> {
    session ??= await context.newCDPSession(page);
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
      const findings: string[] = [];
      const origins = originsOf(scope);
      try {
        await send(async () => (await cdp()).send('Network.clearBrowserCookies'));
        await send(async () => (await cdp()).send('Network.clearBrowserCache'));
      } catch {
        findings.push('clear-cookies-or-cache-failed');
      }
      for (const origin of origins) {
        try {
          await send(async () => (await cdp()).send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' }));
        } catch {
          findings.push(`clear-failed:${hostOf(origin)}`);
        }
      }
      return report(findings);
    },

    async verify(scope) {
      const findings: string[] = [];
      const origins = originsOf(scope);
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
        if (!options.canProbe(origin)) continue;
        try {
          const seen = await probe(origin);
          if (seen.localStorageItems > 0) findings.push(`local_storage:${host}`);
          if (seen.indexedDbNames.length > 0) findings.push(`indexeddb-names:${host}`);
        } catch {
          findings.push(`probe-failed:${host}`);
        }
      }
      const unique = [...new Set(findings)];
      if (unique.length === 0) ledger.forget(origins);
      return report(unique);
    },
  };
}
