/**
 * Attaches the kiosk core to a Playwright BrowserContext and the UI page in it: the request
 * guard (the same shared/policy as Electron's navigation hooks), committed-navigation and
 * input-activity reports from the content iframe, pop-up handling, and the driver that lets
 * the content surface remove its iframe for sure.
 *
 * Layers against escapes from the allowlist, outermost first:
 * 1. the UI document's CSP frame-src (server.ts): Chromium checks it on every hop of every
 *    navigation of the content iframe, redirects included, which routing cannot see;
 * 2. routing (here): every navigation request of the content iframe, of frames inside it, of
 *    pop-ups and of the UI page itself, decided by decideNavigation;
 * 3. after the fact (here): a committed navigation to a refused URL is undone and logged.
 * Besides: the input guard in every frame (page/frame-guard.ts), downloads to the core
 * (downloads.ts), file choosers answered by the in-kiosk picker (Playwright intercepts them
 * with CDP's Page.setInterceptFileChooserDialog, as the Electron shell does through
 * webContents.debugger), and a crash of the content's renderer ends the session.
 */
import type { BrowserContext, Download, FileChooser, Frame, Page, Request, Route } from 'playwright-core';
import type { KioskCore } from '../../electron/services/kiosk-core';
import type { ContentAdjustments, KioskLog } from '../../electron/services/ports';
import { decideNavigation, describeHost, toBlockReason, type NavigationPolicy } from '../../shared/policy/navigation';
import type { BrowserHostSurface } from './content-surface';
import { activityScript } from './activity-script';
import type { DownloadGuard } from './downloads';
import { bundleFrameGuard } from './page-bundle';
import { CONTENT_FRAME_NAME, PROBE_FRAME_NAME, PROBE_PATH, type FrameBlockedReport } from './host-messages';
import type { OriginLedger } from './origin-ledger';

export interface AttachOptions {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly core: KioskCore;
  readonly surface: BrowserHostSurface;
  /** The UI server's origin: the only place the UI page may navigate to. */
  readonly uiOrigin: string;
  /** Collects every origin the content touches, for the wiper. */
  readonly ledger: OriginLedger;
  readonly log: KioskLog;
  readonly downloads: DownloadGuard;
  /** The UI's address, for a fresh page after a crash. */
  readonly uiUrl: string;
  /** Told when a crash made the host replace the UI page (the wiper and the printer follow it). */
  readonly onPageReplaced?: (page: Page) => void;
}

export interface Attachment {
  /** The page script saw the UI document's CSP refuse a content-frame navigation. */
  frameBlocked(report: FrameBlockedReport): void;
  detach(): Promise<void>;
}

export type FrameRole = 'ui' | 'content' | 'inside-content' | 'probe' | 'inside-probe' | 'foreign' | 'other-page';

function roleByName(name: string, own: boolean): FrameRole {
  switch (name) {
    case CONTENT_FRAME_NAME:
      return own ? 'content' : 'inside-content';
    case PROBE_FRAME_NAME:
      return own ? 'probe' : 'inside-probe';
    default:
      return 'foreign';
  }
}

/** The UI page's child frame that `frame` is, or is inside of; null for the main frame. */
function uiChildOf(frame: Frame, page: Page): Frame | null {
  const main = page.mainFrame();
  if (frame === main) return null;
  let top = frame;
  for (let parent = top.parentFrame(); parent !== null && parent !== main; parent = top.parentFrame()) top = parent;
  return top;
}

/**
 * Where a frame sits: the UI page's main frame, the content iframe (or inside it), the probe,
 * or elsewhere. Playwright learns a frame's name when its first document commits, so for a
 * frame that is still on its way there the name comes from its <iframe> element.
 */
export async function frameRole(frame: Frame, page: Page): Promise<FrameRole> {
  if (frame.page() !== page) return 'other-page';
  const top = uiChildOf(frame, page);
  if (top === null) return 'ui';
  let name = top.name();
  if (name === '') {
    const element = await top.frameElement().catch(() => null);
    name = (await element?.getAttribute('name').catch(() => null)) ?? '';
    await element?.dispose();
  }
  return roleByName(name, top === frame);
}

/** frameRole for frames that have committed a document (their name is known). */
export function committedFrameRole(frame: Frame, page: Page): FrameRole {
  if (frame.page() !== page) return 'other-page';
  const top = uiChildOf(frame, page);
  return top === null ? 'ui' : roleByName(top.name(), top === frame);
}

function isHttp(url: string): boolean {
  return url.startsWith('https://') || url.startsWith('http://');
}

function frameOf(request: Request): Frame | null {
  try {
    return request.frame();
  } catch {
    // No frame yet (a pop-up's first navigation) or none at all (a service worker's requests).
    return null;
  }
}

const ACTIVITY_BINDING = '__vierellaContentActivity';

/**
 * The reason the notice gives for a navigation the UI document's CSP refused. The violation
 * names an https or http destination by its origin; anything else (data:, blob:) comes as an
 * empty or bare-scheme value, and frame-src lists https sources only, so it was not https.
 */
export function cspRefusalReason(blockedUri: string, policy: NavigationPolicy): string {
  if (!URL.canParse(blockedUri)) return 'not-https';
  const decision = decideNavigation(blockedUri, policy);
  return decision.allowed ? 'not-allowed' : decision.reason;
}

/** The origin of a request's Referer header, or null (the UI itself sends none: no-referrer). */
function refererOrigin(request: Request): string | null {
  const referer = request.headers()['referer'];
  if (referer === undefined || !URL.canParse(referer)) return null;
  const origin = new URL(referer).origin;
  return origin === 'null' ? null : origin;
}

export async function attachBrowserHost(options: AttachOptions): Promise<Attachment> {
  const { context, core, surface, uiOrigin, ledger, log, downloads } = options;
  /** The UI page; a crash replaces it (see onCrash). */
  let page = options.page;
  let replacing = false;
  // Playwright cannot take a binding or an init script back; after detach they talk to nobody.
  let attached = true;
  const contentActive = (): boolean => attached && surface.isOpen;

  function refuseContent(url: string, reason: string): void {
    if (!contentActive()) return;
    core.navigationBlocked(url, toBlockReason(reason));
    if (surface.restore() === 'blank') log.info('navigation.restore-stopped', { host: describeHost(url) ?? '(none)' });
  }

  /**
   * Electron's window-open handler denies every new window and opens an allowed URL in the same
   * view. A pop-up's first request comes before Playwright knows its frame, so it arrives here
   * frameless; later ones come from the pop-up page. Either way the pop-up gets nothing.
   */
  async function onPopupNavigation(route: Route, url: string): Promise<void> {
    await route.abort('blockedbyclient');
    if (!contentActive()) return;
    const decision = decideNavigation(url, core.policy());
    if (decision.allowed) surface.load(url);
    else core.navigationBlocked(url, toBlockReason(decision.reason));
  }

  async function guard(route: Route, request: Request): Promise<void> {
    const url = request.url();
    const frame = frameOf(request);
    const navigation = request.isNavigationRequest();
    if (frame === null) {
      if (navigation) {
        await onPopupNavigation(route, url);
        return;
      }
      // A service worker's own requests: an origin of the session all the same.
      const worker = request.serviceWorker();
      if (worker !== null) ledger.note(worker.url());
      await route.continue();
      return;
    }
    const role = await frameRole(frame, page);

    switch (role) {
      case 'ui': {
        // The UI loads only from its own server, and never navigates away from it.
        const own = URL.canParse(url) && new URL(url).origin === uiOrigin;
        if (own) {
          await route.continue();
          return;
        }
        if (!navigation) {
          await route.abort('blockedbyclient');
          return;
        }
        // A 204 cancels a navigation without an error page, so the UI stays as it was
        // (Electron prevents the navigation the same way).
        await route.fulfill({ status: 204, body: '' });
        // The content reaching for the top window (the UI sends no Referer): in Electron the
        // content view is its own top, so this is its navigation, refused with a notice.
        const from = refererOrigin(request);
        if (from !== null && from !== uiOrigin && contentActive()) {
          const decision = decideNavigation(url, core.policy());
          log.info('navigation.refused', { host: describeHost(url) ?? '(none)', frame: 'top' });
          core.navigationBlocked(url, toBlockReason(decision.allowed ? 'not-allowed' : decision.reason));
        }
        return;
      }
      case 'probe':
      case 'inside-probe': {
        const probeDocument = role === 'probe' && navigation && URL.canParse(url) && new URL(url).pathname === PROBE_PATH;
        await (probeDocument
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>probe</title>' })
          : route.abort('blockedbyclient'));
        return;
      }
      case 'content':
      case 'inside-content': {
        if (!contentActive()) {
          await route.abort('blockedbyclient');
          return;
        }
        ledger.note(url);
        if (!navigation) {
          await route.continue();
          return;
        }
        const decision = decideNavigation(url, core.policy());
        if (decision.allowed) {
          if (role === 'content') core.contentLoading(true);
          await route.continue();
          return;
        }
        await route.abort('blockedbyclient');
        log.info('navigation.refused', { host: describeHost(url) ?? '(none)', frame: role });
        if (role === 'content') refuseContent(url, decision.reason);
        return;
      }
      case 'other-page':
        if (navigation && frame === frame.page().mainFrame()) await onPopupNavigation(route, url);
        else await route.abort('blockedbyclient');
        return;
      case 'foreign':
        await route.abort('blockedbyclient');
        return;
    }
  }

  function onFrameNavigated(frame: Frame): void {
    const role = committedFrameRole(frame, page);
    const url = frame.url();
    if ((role !== 'content' && role !== 'inside-content') || !isHttp(url)) return;
    const decision = decideNavigation(url, core.policy());
    if (!decision.allowed) {
      // Layers 1 and 2 failed: undo at once and say so in the log.
      log.warn('navigation.escaped', { host: describeHost(url) ?? '(none)', frame: role });
      if (role === 'content') refuseContent(url, decision.reason);
      else void frame.goto('about:blank').catch(() => undefined);
      return;
    }
    if (role !== 'content' || !contentActive()) return;
    core.contentNavigated({ url, ...surface.committed(url) });
    void frame
      .waitForLoadState('domcontentloaded')
      .then(() => applyAdjustments(frame, surface.contentAdjustments))
      .catch(() => undefined);
    void frame
      .waitForLoadState('load')
      .catch(() => undefined)
      .then(() => core.contentLoading(false));
  }

  function onRequestFailed(request: Request): void {
    const frame = frameOf(request);
    if (frame === null || !request.isNavigationRequest() || committedFrameRole(frame, page) !== 'content') return;
    core.contentLoading(false);
    // Chromium's error page stays, with no way to proceed: nothing is shown from that host.
    const code = request.failure()?.errorText ?? '';
    if (code.startsWith('net::ERR_CERT_')) {
      // The same entry as Electron's certificate-error handler writes (electron/shell/certificates.ts).
      log.warn('navigation.certificate-error', { host: describeHost(request.url()) ?? '(none)', error: code.replace(/^net::/, '') });
      if (contentActive()) core.navigationBlocked(request.url(), 'certificate');
    }
  }

  /**
   * Playwright reports a crash of the content iframe's renderer (an out-of-process frame) as a
   * crash of the whole page, and the page object is of no use afterwards. Electron has two views
   * and only the content one died; here the host opens the UI in a fresh page of the same
   * context first (the wiper needs a live page to prove the wipe), then ends the session with a
   * wipe, and the welcome screen returns.
   */
  function onCrash(): void {
    log.warn('host.page-crashed');
    const wasActive = contentActive();
    void replacePage()
      .catch(() => log.warn('host.page-replace-failed'))
      .then(() => {
        if (wasActive) core.contentCrashed();
      });
  }

  async function replacePage(): Promise<void> {
    const crashed = page;
    replacing = true;
    try {
      const fresh = await context.newPage();
      unlisten(crashed);
      page = fresh;
      listen(fresh);
      options.onPageReplaced?.(fresh);
      await fresh.goto(options.uiUrl);
    } finally {
      replacing = false;
    }
    await crashed.close().catch(() => undefined);
    log.info('host.page-replaced');
  }

  function onDownload(download: Download): void {
    downloads.handle(download, core);
  }

  /** No OS dialog: the core shows the in-kiosk picker and answers with the session's documents. */
  async function onFileChooser(chooser: FileChooser): Promise<void> {
    const frame = await chooser.element().ownerFrame().catch(() => null);
    const role = frame === null ? 'foreign' : committedFrameRole(frame, page);
    if ((role !== 'content' && role !== 'inside-content') || !contentActive()) {
      // The kiosk UI has no file inputs; anything else gets nothing.
      void chooser.setFiles([]).catch(() => undefined);
      return;
    }
    core.fileChooserOpened({
      multiple: chooser.isMultiple(),
      answer: async (paths) => {
        await chooser.setFiles([...paths]);
      },
    });
  }

  function onPage(popup: Page): void {
    if (popup !== page && !replacing) void popup.close().catch(() => undefined);
  }

  await context.exposeBinding(ACTIVITY_BINDING, ({ frame }: { frame: Frame }) => {
    const role = committedFrameRole(frame, page);
    if ((role === 'content' || role === 'inside-content') && contentActive()) core.activity();
  });
  // The guard first: its capture listeners then run before the activity script's, so a blocked
  // key does not count as activity (as in Electron's before-input-event).
  await context.addInitScript({ content: await bundleFrameGuard() });
  await context.addInitScript({ content: activityScript(ACTIVITY_BINDING) });
  await context.route('**/*', guard);
  const onChooser = (chooser: FileChooser) => void onFileChooser(chooser);
  function listen(target: Page): void {
    target.on('framenavigated', onFrameNavigated);
    target.on('requestfailed', onRequestFailed);
    target.on('crash', onCrash);
    target.on('download', onDownload);
    target.on('filechooser', onChooser);
  }
  function unlisten(target: Page): void {
    target.off('framenavigated', onFrameNavigated);
    target.off('requestfailed', onRequestFailed);
    target.off('crash', onCrash);
    target.off('download', onDownload);
    target.off('filechooser', onChooser);
  }
  listen(page);
  context.on('page', onPage);

  const surfaceDriver = {
    async adjustContentFrame(adjustments: ContentAdjustments): Promise<void> {
      const frame = page.frames().find((f) => committedFrameRole(f, page) === 'content');
      if (frame) await applyAdjustments(frame, adjustments);
    },
    async waitForContentLoad(url: string): Promise<void> {
      const deadline = Date.now() + 10_000;
      // The iframe is navigated by the page script; wait for it to commit the URL, then to load.
      while (!page.isClosed() && Date.now() < deadline) {
        const frame = page.frames().find((f) => committedFrameRole(f, page) === 'content');
        if (frame && frame.url() === url) {
          await frame.waitForLoadState('load').catch(() => undefined);
          return;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async removeContentFrame(): Promise<void> {
      if (page.isClosed()) return;
      await page
        .evaluate((name) => {
          for (const frame of document.querySelectorAll(`iframe[name="${name}"]`)) frame.remove();
        }, CONTENT_FRAME_NAME)
        .catch(() => undefined);
      // Wait until Playwright (and so the browser) has let go of the frame.
      const deadline = Date.now() + 3000;
      while (!page.isClosed() && page.frames().some((f) => committedFrameRole(f, page) === 'content') && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
  surface.bindDriver(surfaceDriver);

  return {
    frameBlocked(report) {
      log.info('navigation.refused', { host: describeHost(report.blockedUri) ?? '(none)', frame: 'content', by: 'csp' });
      refuseContent(report.blockedUri, cspRefusalReason(report.blockedUri, core.policy()));
    },
    async detach() {
      attached = false;
      surface.bindDriver(null);
      unlisten(page);
      context.off('page', onPage);
      await context.unroute('**/*', guard).catch(() => undefined);
    },
  };
}

/**
 * The browser host's stand-in for Electron's zoom factor and user CSS: one style element that
 * the kiosk owns in the content document, replaced on every change.
 */
async function applyAdjustments(frame: Frame, adjustments: ContentAdjustments): Promise<void> {
  await frame
    .evaluate(
      ({ css, zoom, id }) => {
        let style = document.getElementById(id);
        if (!style) {
          style = document.createElement('style');
          style.id = id;
          (document.head ?? document.documentElement).append(style);
        }
        style.textContent = css + (zoom === 1 ? '' : `html{zoom:${zoom} !important}`);
      },
      { ...adjustments, id: ADJUSTMENTS_STYLE_ID },
    )
    .catch(() => undefined);
}

/** The id of the kiosk's style element in content pages (e2e tests look for it). */
export const ADJUSTMENTS_STYLE_ID = 'vierella-adjustments';
