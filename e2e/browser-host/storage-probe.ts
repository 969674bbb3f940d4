/**
 * Reads back what an origin still keeps in the browser: the CDP DOMStorage and IndexedDB
 * domains answer only for an origin that has a document in the inspected page, so the probe
 * opens a hidden iframe on that origin, whose document the browser host answers itself (see
 * attach.ts: it never reaches the network and sets nothing), asks CDP, and removes the iframe.
 */
import type { BrowserContext, CDPSession, Frame, Page } from 'playwright-core';
import { PROBE_FRAME_NAME, PROBE_PATH } from './host-messages';

export interface StorageProbeResult {
  readonly localStorageItems: number;
  readonly indexedDbNames: readonly string[];
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
    await frame.waitForLoadState('domcontentloaded', { timeout: PROBE_TIMEOUT_MS });
    return await withFrameSession(context, page, frame, async (session) => {
      const storage = await session.send('DOMStorage.getDOMStorageItems', {
        storageId: { securityOrigin: origin, isLocalStorage: true },
      });
      const idb = await session.send('IndexedDB.requestDatabaseNames', { securityOrigin: origin });
      return { localStorageItems: storage.entries.length, indexedDbNames: idb.databaseNames };
    });
  } finally {
    await page
      .evaluate((name) => {
        for (const probe of document.querySelectorAll(`iframe[name="${name}"]`)) probe.remove();
      }, PROBE_FRAME_NAME)
      .catch(() => undefined);
  }
}
