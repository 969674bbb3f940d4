/**
 * The Electron content surface (ContentSurface in electron/services/ports.ts): one
 * WebContentsView per client session, in a fresh in-memory partition, with every guard attached
 * before the first page loads. It reports navigation, loading, crashes and input to the core,
 * routes downloads into the session folder and file choosers to the in-kiosk picker.
 */
import type { ContentLayout } from '../../shared/bridge';
import { decideNavigation } from '../../shared/policy/navigation';
import type { ContentAdjustments, ContentSurface, KioskLog } from '../services/ports';
import { refuseCertificateErrors } from './certificates';
import type { ContentEvents } from './content-events';
import { routeDownloads, type SessionDownloads } from './downloads';
import type { ContainerViewLike, Rect, SessionLike, ViewLike, WebContentsLike } from './electron-like';
import { interceptFileChoosers, type FileChooserInterception } from './file-chooser';
import { guardInput, type StaffShortcut } from './input-guard';
import { guardContent } from './navigation-guards';
import { lockDownPermissions, type PermissionGrant } from './permissions';
import type { RetiredSessions } from './retired-sessions';
import { contentWebPreferences, newClientPartition } from './web-preferences';

export type ContentWebPreferences = ReturnType<typeof contentWebPreferences>;

export interface ContentSurfaceDeps<V extends ViewLike, S extends SessionLike> {
  /** The staff key combination works while the client is in the e-service too. */
  readonly staffShortcut?: StaffShortcut;
  /** The window's root view; the content view is added above the UI view. */
  readonly container: ContainerViewLike<V>;
  readonly createView: (webPreferences: ContentWebPreferences) => V;
  /** `session.fromPartition`: the same session the view gets through its partition name. */
  readonly sessionFor: (partition: string) => S;
  readonly randomUUID: () => string;
  readonly devTools: boolean;
  /** The UI view's zoom factor: the UI reports CSS pixels, views are placed in DIPs. */
  readonly uiZoomFactor: () => number;
  readonly retired: RetiredSessions<S>;
  readonly events: ContentEvents;
  readonly log: KioskLog;
  /** Web permissions granted by IT's configuration (permissionGrantsFrom); none by default. */
  readonly grants?: readonly PermissionGrant[];
}

/** The port, plus what the printer needs: the webContents of the page shown now. */
export interface ElectronContentSurface extends ContentSurface {
  currentContents(): WebContentsLike | null;
}

/** CSS pixels of the UI → DIPs of the window. */
export function scaleBounds(bounds: Rect, zoomFactor: number): Rect {
  const z = Number.isFinite(zoomFactor) && zoomFactor > 0 ? zoomFactor : 1;
  return {
    x: Math.round(bounds.x * z),
    y: Math.round(bounds.y * z),
    width: Math.round(bounds.width * z),
    height: Math.round(bounds.height * z),
  };
}

/** Chromium's error code (`ERR_NAME_NOT_RESOLVED`) from a failed loadURL; its message names the URL. */
function loadErrorCode(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  return typeof code === 'string' && /^ERR_[A-Z_]+$/.test(code) ? code : 'unknown';
}

interface OpenView<V, S> {
  readonly view: V;
  readonly session: S;
  readonly downloads: SessionDownloads;
  readonly fileChoosers: FileChooserInterception;
}

export function createElectronContentSurface<V extends ViewLike, S extends SessionLike>(
  deps: ContentSurfaceDeps<V, S>,
): ElectronContentSurface {
  const { events, log } = deps;
  let current: OpenView<V, S> | null = null;
  let layout: ContentLayout | null = null;
  // True while the home tiles are up: the view keeps its history but is not shown.
  let cleared = true;
  let adjustments: ContentAdjustments = { zoom: 1, css: '' };

  const isCurrent = (contents: WebContentsLike) => current !== null && current.view.webContents === contents;

  function applyLayout(): void {
    if (!current) return;
    if (layout) current.view.setBounds(scaleBounds(layout.bounds, deps.uiZoomFactor()));
    current.view.setVisible(layout !== null && layout.visible && !cleared);
  }

  function loadInto(contents: WebContentsLike, url: string): void {
    // The core checked the URL already; checking again here keeps the surface safe on its own.
    const decision = decideNavigation(url, events.policy());
    if (!decision.allowed) {
      events.navigationBlocked(url, decision.reason);
      return;
    }
    cleared = false;
    applyLayout();
    // Refused or failed loads reject; the guards and did-navigate already tell the core what happened.
    contents.loadURL(url).catch((error: unknown) => {
      if (isCurrent(contents)) log.info('content.load-failed', { code: loadErrorCode(error) });
    });
  }

  /**
   * Text size as the view's zoom, contrast and spacing as user-origin CSS (it wins over the
   * page's own author styles). Zoom is per origin in Chromium, so it is set again on every page.
   */
  let insertedCssKey: string | null = null;

  function adjust(contents: WebContentsLike): void {
    if (contents.isDestroyed()) return;
    contents.setZoomFactor(adjustments.zoom);
    const previous = insertedCssKey;
    insertedCssKey = null;
    if (previous !== null) contents.removeInsertedCSS(previous).catch(() => log.info('content.css-failed'));
    if (adjustments.css === '') return;
    contents
      .insertCSS(adjustments.css, { cssOrigin: 'user' })
      .then((key) => {
        if (isCurrent(contents)) insertedCssKey = key;
      })
      .catch(() => log.info('content.css-failed'));
  }

  function reportTo(contents: WebContentsLike): void {
    contents.on('dom-ready', () => {
      // A new document starts without our CSS: forget the old key, then insert again.
      insertedCssKey = null;
      if (isCurrent(contents)) adjust(contents);
    });
    const navigated = (url: string) => {
      if (!isCurrent(contents)) return;
      const history = contents.navigationHistory;
      events.contentNavigated({ url, canGoBack: history.canGoBack(), canGoForward: history.canGoForward() });
    };
    contents.on('did-navigate', (_event, url) => navigated(url));
    contents.on('did-navigate-in-page', (_event, url, isMainFrame) => {
      if (isMainFrame) navigated(url);
    });
    contents.on('did-start-loading', () => {
      if (isCurrent(contents)) events.contentLoading(true);
    });
    contents.on('did-stop-loading', () => {
      if (isCurrent(contents)) events.contentLoading(false);
    });
    contents.on('render-process-gone', (_event, details) => {
      if (!isCurrent(contents)) return;
      log.warn('content.render-process-gone', { reason: details.reason });
      events.contentCrashed();
    });
    // A page's "leave this page?" prompt would silently stall the toolbar's back and home: let it go.
    contents.on('will-prevent-unload', (event) => event.preventDefault());
  }

  async function close(): Promise<void> {
    if (!current) return;
    const { view, session, downloads, fileChoosers } = current;
    current = null;
    cleared = true;
    // First of all: whatever fails below, the wiper must learn about this session.
    deps.retired.retire(session);
    const contents = view.webContents;
    // Each step on its own: a failing one must not leave the view on screen for the next client.
    const steps: [string, () => void][] = [
      ['downloads', () => downloads.cancelAll()],
      ['file-chooser', () => fileChoosers.detach()],
      ['stop', () => contents.isDestroyed() || contents.stop()],
      ['remove', () => deps.container.removeChildView(view)],
      ['close', () => contents.isDestroyed() || contents.close()],
    ];
    for (const [step, run] of steps) {
      try {
        run();
      } catch (error) {
        log.warn('content.close-step-failed', { step, error: error instanceof Error ? error.name : 'unknown' });
      }
    }
    log.info('content.closed');
  }

  async function open(): Promise<void> {
    // Never two clients in one partition: a forgotten close is made up for here.
    await close();
    const partition = newClientPartition(deps.randomUUID);
    const session = deps.sessionFor(partition);
    lockDownPermissions(session, deps.grants);
    const downloads = routeDownloads(session, events, () => current?.session === session, log);
    const view = deps.createView(contentWebPreferences(partition, { devTools: deps.devTools }));
    const contents = view.webContents;
    const fileChoosers = interceptFileChoosers(
      contents,
      (request) => {
        if (isCurrent(contents)) events.fileChooserOpened(request);
        else request.answer([]).catch(() => undefined);
      },
      log,
    );
    guardContent(contents, session, (url) => loadInto(contents, url), {
      policy: () => events.policy(),
      onBlocked: (url, reason) => {
        if (isCurrent(contents)) events.navigationBlocked(url, reason);
      },
      log,
    });
    guardInput(
      contents,
      () => {
        if (isCurrent(contents)) events.activity();
      },
      deps.staffShortcut,
    );
    refuseCertificateErrors(contents, log, (url) => {
      if (isCurrent(contents)) events.navigationBlocked(url, 'certificate');
    });
    reportTo(contents);
    current = { view, session, downloads, fileChoosers };
    insertedCssKey = null;
    cleared = true;
    deps.container.addChildView(view);
    applyLayout();
    log.info('content.opened');
  }

  function withContents(action: (contents: WebContentsLike) => void): void {
    if (current) action(current.view.webContents);
    else log.warn('content.not-open');
  }

  return {
    open,
    close,
    currentContents: () => current?.view.webContents ?? null,
    load: (url) => withContents((contents) => loadInto(contents, url)),
    goBack: () =>
      withContents((contents) => {
        if (!contents.navigationHistory.canGoBack()) return;
        cleared = false;
        applyLayout();
        contents.navigationHistory.goBack();
      }),
    goForward: () =>
      withContents((contents) => {
        if (!contents.navigationHistory.canGoForward()) return;
        cleared = false;
        applyLayout();
        contents.navigationHistory.goForward();
      }),
    reload: () => withContents((contents) => contents.reload()),
    clear() {
      cleared = true;
      applyLayout();
    },
    setLayout(next) {
      layout = next;
      applyLayout();
    },
    setAdjustments(next) {
      adjustments = next;
      if (current) adjust(current.view.webContents);
    },
    async logout(url) {
      if (!current) return;
      const contents = current.view.webContents;
      // Out of sight: the wipe screen is up; the client has left.
      cleared = true;
      applyLayout();
      if (!decideNavigation(url, events.policy()).allowed) return;
      // loadURL settles when the page has loaded or failed; either way the wipe goes on.
      await contents.loadURL(url).catch(() => log.info('content.logout-load-failed'));
    },
  };
}
