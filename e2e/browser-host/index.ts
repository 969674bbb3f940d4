/**
 * startBrowserHost: the second host of the bridge. Runs the same kiosk core as Electron, with
 * an iframe for the content surface, Playwright routing for the navigation guard and CDP for
 * the wipe, against the fixture sites (or whatever the configuration names).
 */
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { buildNavigationPolicy } from '../../electron/services/navigation-allowlist';
import { createKioskCore, type KioskCore } from '../../electron/services/kiosk-core';
import type { KioskLog, SessionWiper } from '../../electron/services/ports';
import { decideNavigation } from '../../shared/policy/navigation';
import { attachBrowserHost, type Attachment } from './attach';
import { createCdpWiper } from './cdp-wiper';
import { FIXTURE_CONFIG_PATH, loadHostConfig, type ConfigOverrides } from './config';
import { BrowserHostSurface } from './content-surface';
import { frameSourcesFor } from './csp';
import { startFixtureServer, type FixtureServer, type FixtureServerOptions } from './fixtures/server';
import { createMemoryLog, type MemoryLog } from './memory-log';
import { OriginLedger } from './origin-ledger';
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
}

export interface BrowserHost {
  readonly uiUrl: string;
  readonly core: KioskCore;
  /** The CDP wiper the core uses; e2e specs call verify() to prove it can find leftovers. */
  readonly wiper: SessionWiper;
  readonly log: MemoryLog;
  close(): Promise<void>;
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const config = loadHostConfig(options.configPath ?? FIXTURE_CONFIG_PATH, options.overrides);
  const policy = buildNavigationPolicy(config);
  const log = createMemoryLog(options.echoLog);
  const fixtures: FixtureServer | null = options.fixtures === false ? null : await startFixtureServer(options.fixtures);

  const surface = new BrowserHostSurface();
  const ledger = new OriginLedger();
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
  });

  const wiper = createCdpWiper({
    context: options.context,
    page: options.page,
    ledger,
    uiOrigin: server.origin,
    canProbe: (origin) => decideNavigation(`${origin}/`, policy).allowed,
  });
  const kiosk = createKioskCore({ config, surface, wiper, log });
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
  });
  kiosk.start();
  server.publish({ type: 'snapshot', snapshot: kiosk.snapshot() });

  let closed = false;
  return {
    uiUrl: server.url,
    core: kiosk,
    wiper,
    log,
    async close() {
      if (closed) return;
      closed = true;
      stopSnapshots();
      stopContent();
      kiosk.stop();
      await attachment?.detach();
      await server.close();
      await fixtures?.close();
    },
  };
}
