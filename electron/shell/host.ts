/**
 * The Electron host, assembled from the shell's pieces. It receives Electron's modules as
 * parameters (electron/main.ts passes the real ones) so that the assembly itself can be
 * tested with fakes.
 */
import type { KioskConfig } from '../../shared/config/schema';
import type { SessionDocuments } from '../services/documents/session-documents';
import type { KioskCore, KioskCoreDeps } from '../services/kiosk-core';
import type { KioskLog } from '../services/ports';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, UI_ENTRY_URL, createAppProtocolHandler } from './app-protocol';
import { refuseCertificatesAppWide, type CertificateAppLike } from './certificates';
import { createContentEventsRelay } from './content-events';
import { createElectronContentSurface, type ContentWebPreferences } from './content-surface';
import type {
  AppCertificateErrorListener,
  ClipboardLike,
  ContainerViewLike,
  Preventable,
  Rect,
  SelectClientCertificateListener,
  SessionLike,
  ViewLike,
  WebContentsLike,
} from './electron-like';
import { guardInput } from './input-guard';
import { createIpcHandlers, forwardSnapshots, registerIpcHandlers, type IpcMainLike } from './ipc';
import { guardUi, hardenWebContents } from './navigation-guards';
import { lockDownPermissions, permissionGrantsFrom } from './permissions';
import { createElectronPrinter } from './printer';
import { createElectronRelaunch, type RelaunchAppLike } from './relaunch';
import { createRetiredSessions } from './retired-sessions';
import { createElectronSessionWiper } from './session-wiper';
import { createStorageProbe } from './storage-probe';
import { uiWebPreferences, type ProbeWebPreferences } from './web-preferences';
import { KIOSK_WINDOW_OPTIONS, bringToFront, claimSingleInstance, createQuitGate, fullArea, preventClose } from './window';

export interface AppLike extends CertificateAppLike, RelaunchAppLike {
  enableSandbox(): void;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<void>;
  quit(): void;
  on(event: 'web-contents-created', listener: (event: unknown, contents: WebContentsLike) => void): unknown;
  on(event: 'second-instance' | 'before-quit', listener: () => void): unknown;
  on(event: 'certificate-error', listener: AppCertificateErrorListener): unknown;
  on(event: 'select-client-certificate', listener: SelectClientCertificateListener): unknown;
}

export interface WindowLike<V> {
  readonly contentView: ContainerViewLike<V>;
  on(event: 'close', listener: (event: Preventable) => void): unknown;
  on(event: 'resize', listener: () => void): unknown;
  getContentBounds(): Rect;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

export interface ElectronModules<V extends ViewLike, S extends SessionLike> {
  readonly app: AppLike;
  readonly BaseWindow: new (options: typeof KIOSK_WINDOW_OPTIONS) => WindowLike<V>;
  readonly WebContentsView: new (options: { webPreferences: ReturnType<typeof uiWebPreferences> | ContentWebPreferences | ProbeWebPreferences<S> }) => V;
  readonly Menu: { setApplicationMenu(menu: null): void };
  readonly session: { readonly defaultSession: S; fromPartition(partition: string): S };
  readonly protocol: {
    registerSchemesAsPrivileged(schemes: typeof APP_SCHEME_PRIVILEGES): void;
    handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
  };
  readonly ipcMain: IpcMainLike;
  readonly clipboard: ClipboardLike;
}

export interface HostOptions {
  readonly config: KioskConfig;
  /** VIERELLA_DEV=1: DevTools allowed. */
  readonly devTools: boolean;
  /** The built renderer (out/renderer), served as app://kiosk/. */
  readonly rendererRoot: string;
  /** The built preload (out/preload/preload.cjs). */
  readonly preloadPath: string;
  readonly createCore: (deps: KioskCoreDeps) => KioskCore;
  /** The session folder (downloads and the document inbox); without it every download is refused. */
  readonly documents?: SessionDocuments;
  readonly log: KioskLog;
  readonly readFile: (file: string) => Promise<Uint8Array>;
  readonly randomUUID: () => string;
  /** Pause before reloading a crashed UI, so a UI that crashes at once cannot spin. */
  readonly uiReloadDelayMs?: number;
}

export interface KioskHost {
  /** Resolves once the UI is loading and the core runs; null when another instance runs or start-up failed. */
  readonly ready: Promise<KioskCore | null>;
  /** The admin path: lets the window close and quits the app. */
  allowQuit(): void;
}

const DEFAULT_UI_RELOAD_DELAY_MS = 1000;

/** Call synchronously at start-up: the scheme must be registered before the app is ready. */
export function startKioskHost<V extends ViewLike, S extends SessionLike>(electron: ElectronModules<V, S>, options: HostOptions): KioskHost {
  const { app, protocol } = electron;
  const { log } = options;
  const gate = createQuitGate();
  const allowQuit = () => {
    gate.allow();
    app.quit();
  };

  protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);
  app.enableSandbox();
  if (!claimSingleInstance(app)) {
    log.info('host.second-instance-quits');
    return { ready: Promise.resolve(null), allowQuit };
  }
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  refuseCertificatesAppWide(app, log);
  // A system shutdown (or the admin's quit) goes through before-quit; the client has no way there.
  app.on('before-quit', () => gate.allow());
  let window: WindowLike<V> | null = null;
  app.on('second-instance', () => {
    if (window) bringToFront(window);
  });

  const ready = app
    .whenReady()
    .then(() => assemble(electron, options, gate))
    .then(
      (assembled) => {
        window = assembled.window;
        return assembled.core;
      },
      (error: unknown) => {
        // No client exists yet at start-up, so the message cannot name one.
        log.warn('host.start-failed', { error: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown' });
        // A kiosk without its window is no use to anyone: exit and let the supervisor restart it.
        app.exit(1);
        return null;
      },
    );
  return { ready, allowQuit };
}

function assemble<V extends ViewLike, S extends SessionLike>(
  electron: ElectronModules<V, S>,
  options: HostOptions,
  gate: ReturnType<typeof createQuitGate>,
): { core: KioskCore; window: WindowLike<V> } {
  const { app, Menu, session, protocol, ipcMain, clipboard, BaseWindow, WebContentsView } = electron;
  const { log, devTools, config } = options;

  // No menu means none of Electron's default accelerators (reload, DevTools, close, zoom).
  Menu.setApplicationMenu(null);
  lockDownPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: options.rendererRoot, readFile: options.readFile }));

  const window = new BaseWindow(KIOSK_WINDOW_OPTIONS);
  preventClose(window, gate, log);

  const uiView = new WebContentsView({ webPreferences: uiWebPreferences({ devTools, preload: options.preloadPath }) });
  const ui = uiView.webContents;
  guardUi(ui, log);
  // The core is created below (it needs the surface); the key combination reaches it late-bound.
  let openStaffEntry: () => void = () => undefined;
  const staffShortcut = { accelerator: config.assist.shortcut, open: () => openStaffEntry() };
  guardInput(ui, undefined, staffShortcut);
  ui.on('render-process-gone', (_event, details) => {
    log.warn('ui.render-process-gone', { reason: details.reason });
    setTimeout(() => loadUi(ui, log), options.uiReloadDelayMs ?? DEFAULT_UI_RELOAD_DELAY_MS);
  });
  window.contentView.addChildView(uiView);
  const fitUi = () => uiView.setBounds(fullArea(window.getContentBounds()));
  fitUi();
  window.on('resize', fitUi);

  const events = createContentEventsRelay();
  const retired = createRetiredSessions<S>();
  const surface = createElectronContentSurface<V, S>({
    staffShortcut,
    container: window.contentView,
    createView: (webPreferences) => new WebContentsView({ webPreferences }),
    sessionFor: (partition) => session.fromPartition(partition),
    randomUUID: options.randomUUID,
    devTools,
    uiZoomFactor: () => ui.getZoomFactor(),
    retired,
    events,
    log,
    grants: permissionGrantsFrom(config.permissions),
  });
  // The probe's view is made during verification only, and never goes into the window.
  const probeStorage = createStorageProbe<S>({ createView: (webPreferences) => new WebContentsView({ webPreferences }) });
  const wiper = createElectronSessionWiper({ retired, clipboard, probeStorage });
  const printer = config.printer.enabled ? createElectronPrinter({ page: () => surface.currentContents(), ui, settings: config.printer }) : undefined;

  const core = options.createCore({
    config,
    surface,
    wiper,
    log,
    relaunch: createElectronRelaunch(app, gate),
    ...(printer ? { printer } : {}),
    ...(options.documents ? { documents: options.documents } : {}),
  });
  openStaffEntry = () => {
    // Outside a client session there is nobody to assist: the core refuses, and that is fine.
    core.handle('openStaffEntry', {}).catch(() => log.info('assist.shortcut-ignored'));
  };
  events.attach(core);
  registerIpcHandlers(ipcMain, createIpcHandlers({ core, uiContentsId: () => ui.id, log }));
  forwardSnapshots(core, ui);
  core.start();
  loadUi(ui, log);
  log.info('host.ready', { devTools });
  return { core, window };
}

function loadUi(ui: WebContentsLike, log: KioskLog): void {
  ui.loadURL(UI_ENTRY_URL).catch(() => log.warn('ui.load-failed'));
}
