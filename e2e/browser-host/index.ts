/**
 * startBrowserHost: the second host of the bridge. Runs the same kiosk core as Electron, with
 * an iframe for the content surface, Playwright routing for the navigation guard and CDP for
 * the wipe, against the fixture sites (or whatever the configuration names).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { buildNavigationPolicy } from '../../electron/services/navigation-allowlist';
import { createKioskCore, type KioskCore } from '../../electron/services/kiosk-core';
import { createSessionDocuments, type SessionDocuments } from '../../electron/services/documents/session-documents';
import { createStaffServices } from '../../electron/services/staff-services';
import { openStore, type KioskStore } from '../../electron/services/store/store';
import type { KioskLog, SessionWiper } from '../../electron/services/ports';
import { decideNavigation } from '../../shared/policy/navigation';
import { attachBrowserHost, type Attachment } from './attach';
import { createCdpWiper } from './cdp-wiper';
import { FIXTURE_CONFIG_PATH, loadHostConfig, type ConfigOverrides } from './config';
import { BrowserHostSurface } from './content-surface';
import { frameSourcesFor } from './csp';
import { DownloadGuard } from './downloads';
import { startFixtureServer, type FixtureServer, type FixtureServerOptions } from './fixtures/server';
import { createMemoryLog, type MemoryLog } from './memory-log';
import { OriginLedger } from './origin-ledger';
import { committedFrameRole } from './attach';
import { frameAllowFor, playwrightGrantsFrom } from './permissions';
import { BrowserHostPrinter } from './printer';
import { startUiServer } from './server';

export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

export interface BrowserHostOptions {
  readonly context: BrowserContext;
  /** The page that will show the UI; the caller navigates it to `uiUrl`. */
  readonly page: Page;
  /**
   * `false` when the fixture sites already run (the e2e global setup starts them once);
   * otherwise they are started here with these options (pass the certificate the browser
   * was told to trust).
   */
  readonly fixtures: false | FixtureServerOptions;
  readonly configPath?: string;
  readonly overrides?: ConfigOverrides;
  readonly rendererDir?: string;
  /** 0 (default) picks a free port. */
  readonly uiPort?: number;
  /** Entries are kept in memory (see `log` on the result); this log gets a copy. */
  readonly echoLog?: KioskLog;
  /**
   * The folder the context was launched to save downloads to (`downloadsPath`), if any: every
   * wipe empties it and every verification proves it empty. Downloads are refused either way.
   */
  readonly downloadsDir?: string;
  /**
   * The worker PIN of this host's store (a fresh in-memory SQLite store per host: the
   * preview is a demo, and tests start clean). Default DEMO_WORKER_PIN.
   */
  readonly workerPin?: string;
  /**
   * The session folder (downloads, the document inbox). Default: the configuration's, or a
   * fresh temporary folder removed at close(). The configuration's USB and scanner folders apply
   * unless these override them (tests point them at temporary folders).
   */
  readonly sessionFolder?: string;
  readonly usbFolder?: string | null;
  readonly scannerFolder?: string | null;
}

/** The worker PIN of the preview and the e2e tests; a real kiosk's PIN is set with vierella-admin. */
export const DEMO_WORKER_PIN = '2468';

export interface BrowserHost {
  readonly uiUrl: string;
  readonly core: KioskCore;
  /** The CDP wiper the core uses; e2e specs call verify() to prove it can find leftovers. */
  readonly wiper: SessionWiper;
  readonly log: MemoryLog;
  /** The store behind assist mode and the statistics (in memory). */
  readonly store: KioskStore;
  /** The session folder service (e2e specs check it is empty after a wipe). */
  readonly documents: SessionDocuments;
  readonly sessionFolder: string;
  readonly printer: BrowserHostPrinter;
  /** The UI page now: the one passed in, or the fresh one after a crash of the content's renderer. */
  page(): Page;
  close(): Promise<void>;
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const config = loadHostConfig(options.configPath ?? FIXTURE_CONFIG_PATH, options.overrides);
  const policy = buildNavigationPolicy(config);
  const log = createMemoryLog(options.echoLog);
  const fixtures: FixtureServer | null = options.fixtures === false ? null : await startFixtureServer(options.fixtures);

  const grants = playwrightGrantsFrom(config.permissions);
  const surface = new BrowserHostSurface({ frameAllow: frameAllowFor(grants) });
  const ownFolder = options.sessionFolder === undefined && config.documents.sessionFolder === null;
  const sessionFolder = options.sessionFolder ?? config.documents.sessionFolder ?? join(mkdtempSync(join(tmpdir(), 'vierella-session-')), 'session');
  const documents = createSessionDocuments({
    folder: sessionFolder,
    usbFolder: options.usbFolder === undefined ? config.documents.usbFolder : options.usbFolder,
    scannerFolder: options.scannerFolder === undefined ? config.documents.scannerFolder : options.scannerFolder,
    maxBytes: config.documents.maxFileMegabytes * 1_000_000,
  });
  /** The UI page now: a crash of the content's renderer makes attach.ts open a fresh one. */
  let currentPage = options.page;
  const printer = new BrowserHostPrinter(
    () => currentPage,
    () => currentPage.frames().find((f) => committedFrameRole(f, currentPage) === 'content') ?? null,
  );
  const ledger = new OriginLedger();
  const downloads = new DownloadGuard(options.downloadsDir === undefined ? {} : { downloadsDir: options.downloadsDir });
  let core: KioskCore | null = null;
  let attachment: Attachment | null = null;

  const server = await startUiServer({
    rendererDir: options.rendererDir ?? DEFAULT_RENDERER_DIR,
    port: options.uiPort,
    frameSources: frameSourcesFor(policy),
    dispatch: (name, payload) => {
      if (core === null) return Promise.reject(new Error('the kiosk core is not running'));
      return core.handle(name, payload);
    },
    onFrameBlocked: (report) => attachment?.frameBlocked(report),
    // A reloaded UI page resumes the session from the host's state: its new iframe shows the current page.
    onUiReloaded: () => {
      log.info('ui.reloaded');
      surface.resume();
    },
  });

  // Chromium asks the top-level page's origin for a delegated permission: the UI's origin holds
  // the grant, and each iframe's `allow` attribute (frameAllowFor) passes it to the named hosts only.
  const granted = [...new Set(grants.flatMap((grant) => grant.permissions))];
  // The UI reads and empties the clipboard for the wipe (Electron's wiper uses its clipboard module).
  await options.context.grantPermissions([...granted, 'clipboard-read', 'clipboard-write'], { origin: server.origin });

  // The clipboard API answers only a focused document, and headless Chromium may not count the UI
  // page as focused (the content iframe had the focus, or another page was in front): emulate
  // focus on the UI page and take it back from any iframe, as Electron's kiosk window is always
  // in front.
  let focusSession: { page: Page; session: CDPSession } | null = null;
  async function focusEmulated(): Promise<void> {
    if (focusSession?.page !== currentPage) {
      const session = await options.context.newCDPSession(currentPage);
      await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
      focusSession = { page: currentPage, session };
    }
    await currentPage.bringToFront();
    await currentPage.evaluate(() => {
      window.focus();
      if (document.activeElement instanceof HTMLIFrameElement) document.activeElement.blur();
    });
  }

  const wiper = createCdpWiper({
    context: options.context,
    page: () => currentPage,
    ledger,
    uiOrigin: server.origin,
    canProbe: (origin) => decideNavigation(`${origin}/`, policy).allowed,
    downloads,
    clipboard: {
      clear: async () => {
        await focusEmulated();
        await currentPage.evaluate(() => navigator.clipboard.writeText(''));
      },
      read: async () => {
        await focusEmulated();
        return currentPage.evaluate(() => navigator.clipboard.readText());
      },
    },
  });
  const store = openStore(':memory:');
  const staffServices = createStaffServices({ store, config, log });
  await staffServices.workerAuth.setPin(options.workerPin ?? DEMO_WORKER_PIN);
  const kiosk = createKioskCore({
    config,
    surface,
    wiper,
    log,
    staff: staffServices.staff,
    recordSession: staffServices.recordSession,
    documents,
    printer,
  });
  core = kiosk;
  const stopContent = surface.onState((state) => server.publish({ type: 'content', state }));
  const stopSnapshots = kiosk.onSnapshot((snapshot) => server.publish({ type: 'snapshot', snapshot }));

  attachment = await attachBrowserHost({
    context: options.context,
    page: options.page,
    core: kiosk,
    surface,
    uiOrigin: server.origin,
    ledger,
    log,
    downloads,
    uiUrl: server.url,
    onPageReplaced: (page) => {
      currentPage = page;
    },
  });
  kiosk.start();
  server.publish({ type: 'snapshot', snapshot: kiosk.snapshot() });

  let closed = false;
  return {
    uiUrl: server.url,
    core: kiosk,
    wiper,
    log,
    store,
    documents,
    sessionFolder,
    printer,
    page: () => currentPage,
    async close() {
      if (closed) return;
      closed = true;
      stopSnapshots();
      stopContent();
      kiosk.stop();
      await attachment?.detach();
      await server.close();
      await fixtures?.close();
      store.close();
      // A download still being saved may add a file while the folder goes: try again then.
      if (ownFolder) rmSync(join(sessionFolder, '..'), { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    },
  };
}
