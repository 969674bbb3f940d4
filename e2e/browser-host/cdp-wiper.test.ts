import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createCdpWiper } from './cdp-wiper';
import { OriginLedger } from './origin-ledger';
import type { StorageProbeResult } from './storage-probe';

const UI = 'http://127.0.0.1:41234';
const KELA = 'https://www.kela.test:8443';
const TUNNISTUS = 'https://tunnistus.test:8443';

const EMPTY: StorageProbeResult = { localStorageItems: 0, indexedDbNames: [], cacheNames: [], serviceWorkers: 0 };

interface Browser {
  cookies: { domain: string }[];
  usage: Map<string, { storageType: string; usage: number }[]>;
  stored: Map<string, StorageProbeResult>;
  failing: Set<string>;
  sent: string[];
}

function setUp(options: { canProbe?: (origin: string) => boolean; downloads?: string[]; probeFails?: string; clipboard?: { text: string; fails?: boolean } } = {}) {
  const browser: Browser = { cookies: [], usage: new Map(), stored: new Map(), failing: new Set(), sent: [] };
  const session = {
    send: async (method: string, params: { origin?: string } = {}) => {
      browser.sent.push(params.origin ? `${method} ${params.origin}` : method);
      if (browser.failing.has(method)) throw new Error(`${method} failed for https://secret.example/path`);
      switch (method) {
        case 'Network.getAllCookies':
          return { cookies: browser.cookies };
        case 'Storage.getUsageAndQuota':
          return { usageBreakdown: browser.usage.get(params.origin ?? '') ?? [] };
        case 'Storage.clearDataForOrigin':
          browser.usage.delete(params.origin ?? '');
          browser.stored.delete(params.origin ?? '');
          return {};
        case 'Network.clearBrowserCookies':
          browser.cookies = [];
          return {};
        default:
          return {};
      }
    },
  } as unknown as CDPSession;
  const context = { newCDPSession: async () => session } as unknown as BrowserContext;
  const ledger = new OriginLedger();
  const settled: string[] = [];
  const wiper = createCdpWiper({
    context,
    page: () => ({}) as Page,
    ledger,
    uiOrigin: UI,
    canProbe: options.canProbe ?? (() => true),
    probe: async (origin) => {
      if (origin === options.probeFails) throw new Error(`probe of ${origin}/x failed`);
      return browser.stored.get(origin) ?? EMPTY;
    },
    downloads: {
      settle: async () => {
        settled.push('settle');
        return [];
      },
      verify: async () => options.downloads ?? [],
    },
    ...(options.clipboard
      ? {
          clipboard: {
            clear: async () => {
              if (options.clipboard?.fails) throw new Error('no focus');
              if (options.clipboard) options.clipboard.text = '';
            },
            read: async () => options.clipboard?.text ?? '',
          },
        }
      : {}),
  });
  return { wiper, ledger, browser, settled };
}

describe('createCdpWiper and the clipboard', () => {
  it('empties the clipboard and proves it', async () => {
    const clipboard = { text: '010101-123A' };
    const { wiper } = setUp({ clipboard });
    expect(await wiper.verify({ origins: [] })).toEqual({ clean: false, findings: ['clipboard-not-empty'] });
    expect(await wiper.wipe({ origins: [] })).toEqual({ clean: true, findings: [] });
    expect(await wiper.verify({ origins: [] })).toEqual({ clean: true, findings: [] });
  });

  it('turns a clipboard it cannot empty into a finding, without its text', async () => {
    const { wiper } = setUp({ clipboard: { text: 'secret', fails: true } });
    expect(await wiper.wipe({ origins: [] })).toEqual({ clean: false, findings: ['clipboard-clear-failed'] });
  });
});

describe('createCdpWiper', () => {
  it('clears cookies, cache and every origin the session or the ledger knows, never the UI origin', async () => {
    const { wiper, ledger, browser, settled } = setUp();
    ledger.note(`${TUNNISTUS}/login?hetu=x`);
    ledger.note(`${UI}/index.html`);
    expect(await wiper.wipe({ origins: [KELA, UI, 'chrome-error://chromewebdata'] })).toEqual({ clean: true, findings: [] });
    expect([...browser.sent].sort()).toEqual(
      ['Network.clearBrowserCache', 'Network.clearBrowserCookies', `Storage.clearDataForOrigin ${KELA}`, `Storage.clearDataForOrigin ${TUNNISTUS}`].sort(),
    );
    expect(settled).toEqual(['settle']);
  });

  it('turns each failed clearing call into a finding, by host only', async () => {
    const { wiper, browser } = setUp();
    browser.failing.add('Storage.clearDataForOrigin');
    browser.failing.add('Network.clearBrowserCache');
    const report = await wiper.wipe({ origins: [KELA] });
    expect(report).toEqual({ clean: false, findings: ['clear-cookies-or-cache-failed', 'clear-failed:www.kela.test:8443'] });
  });

  it('verifies cookies, quota usage, and per origin local storage, IndexedDB, Cache Storage and service workers', async () => {
    const { wiper, ledger, browser } = setUp({ downloads: ['download-left:www.kela.test:8443'] });
    ledger.note(`${KELA}/plant`);
    browser.cookies = [{ domain: '.www.kela.test' }];
    browser.usage.set(KELA, [
      { storageType: 'service_workers', usage: 1200 },
      { storageType: 'cache_storage', usage: 300 },
      { storageType: 'indexeddb', usage: 0 },
    ]);
    browser.stored.set(KELA, { localStorageItems: 1, indexedDbNames: ['plant-db'], cacheNames: ['plant-cache'], serviceWorkers: 1 });
    const report = await wiper.verify({ origins: [KELA] });
    expect(report).toEqual({
      clean: false,
      findings: [
        'cookie:www.kela.test',
        'service_workers:www.kela.test:8443',
        'cache_storage:www.kela.test:8443',
        'local_storage:www.kela.test:8443',
        'indexeddb-names:www.kela.test:8443',
        'cache-names:www.kela.test:8443',
        'service-worker-registrations:www.kela.test:8443',
        'download-left:www.kela.test:8443',
      ],
    });
    // Not proven clean: the origin stays for the next attempt.
    expect(ledger.list()).toEqual([KELA]);
  });

  it('is clean after a wipe, and forgets the origins it proved clean', async () => {
    const { wiper, ledger, browser } = setUp();
    ledger.note(`${KELA}/`);
    browser.cookies = [{ domain: 'www.kela.test' }];
    browser.usage.set(KELA, [{ storageType: 'cache_storage', usage: 10 }]);
    browser.stored.set(KELA, { ...EMPTY, cacheNames: ['x'] });
    await wiper.wipe({ origins: [] });
    expect(await wiper.verify({ origins: [] })).toEqual({ clean: true, findings: [] });
    expect(ledger.list()).toEqual([]);
  });

  it('probes only where it may, and a failed probe or read is a finding', async () => {
    const { wiper, browser } = setUp({ canProbe: (origin) => origin === KELA, probeFails: KELA });
    browser.failing.add('Network.getAllCookies');
    const report = await wiper.verify({ origins: [KELA, 'https://ads.example'] });
    expect(report.findings).toEqual(['cookies-unreadable', 'probe-failed:www.kela.test:8443']);
    for (const finding of report.findings) expect(finding).not.toMatch(/:\/\/|\/\w/);
  });
});
