/**
 * Reads back what an origin still keeps in the browser: the CDP DOMStorage, IndexedDB and
 * CacheStorage domains answer only for an origin that has a document in the inspected page, so
 * the probe opens a hidden iframe on that origin, whose document the browser host answers
 * itself (see attach.ts: it never reaches the network and sets nothing), asks CDP, asks the
 * document for the origin's service worker registrations, and removes the iframe.
 */
import type { BrowserContext, CDPSession, Frame, Page } from 'playwright-core';
import { PROBE_FRAME_NAME, PROBE_PATH } from './host-messages';

export interface StorageProbeResult {
  readonly localStorageItems: number;
  readonly indexedDbNames: readonly string[];
  readonly cacheNames: readonly string[];
  /** Service worker registrations of the origin, as its own documents would see them. */
  readonly serviceWorkers: number;
}

const PROBE_TIMEOUT_MS = 5000;

async function withFrameSession<T>(context: BrowserContext, page: Page, frame: Frame, use: (session: CDPSession) => Promise<T>): Promise<T> {
  // A cross-site iframe is an out-of-process frame with a CDP target of its own; a same-process
  // one is reachable through the page's session.
  const session = await context.newCDPSession(frame).catch(() => context.newCDPSession(page));
  try {
    return await use(session);
  } finally {
    await session.detach().catch(() => undefined);
  }
}

export async function probeOrigin(context: BrowserContext, page: Page, origin: string): Promise<StorageProbeResult> {
  const src = `${origin}${PROBE_PATH}`;
  const loaded = page.waitForEvent('framenavigated', {
    predicate: (f) => f.name() === PROBE_FRAME_NAME && f.url() === src,
    timeout: PROBE_TIMEOUT_MS,
  });
  // Awaited below; if the evaluate fails first (a crashed or closed page) its rejection must not go unhandled.
  loaded.catch(() => undefined);
  await page.evaluate(
    ([name, url]) => {
      const probe = document.createElement('iframe');
      probe.name = name;
      probe.title = 'storage check';
      probe.tabIndex = -1;
      probe.setAttribute('aria-hidden', 'true');
      probe.style.cssText = 'position:fixed;left:-20px;top:-20px;width:1px;height:1px;border:0;opacity:0;pointer-events:none';
      probe.src = url;
      document.body.append(probe);
    },
    [PROBE_FRAME_NAME, src] as const,
  );
  try {
    const frame = await loaded;
    // The questions are independent; asked together they cost one round of waiting.
    const [serviceWorkers, stores] = await Promise.all([
      frame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
      withFrameSession(context, page, frame, (session) =>
        Promise.all([
          session.send('DOMStorage.getDOMStorageItems', { storageId: { securityOrigin: origin, isLocalStorage: true } }),
          session.send('IndexedDB.requestDatabaseNames', { securityOrigin: origin }),
          session.send('CacheStorage.requestCacheNames', { securityOrigin: origin }),
        ]),
      ),
    ]);
    const [storage, idb, caches] = stores;
    return {
      localStorageItems: storage.entries.length,
      indexedDbNames: idb.databaseNames,
      cacheNames: caches.caches.map((cache) => cache.cacheName),
      serviceWorkers,
    };
  } finally {
    await page
      .evaluate((name) => {
        for (const probe of document.querySelectorAll(`iframe[name="${name}"]`)) probe.remove();
      }, PROBE_FRAME_NAME)
      .catch(() => undefined);
  }
}
