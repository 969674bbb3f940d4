import { EventEmitter } from 'node:events';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_NAMES, EVENT_CHANNEL_SNAPSHOT, commandChannel, type Snapshot } from '../../shared/bridge';
import { DEFAULT_CONFIG } from '../../shared/config/defaults';
import type { KioskConfig } from '../../shared/config/schema';
import { createSessionDocuments } from '../services/documents/session-documents';
import { createKioskCore, type KioskCore } from '../services/kiosk-core';
import { UI_ENTRY_URL, type APP_SCHEME_PRIVILEGES } from './app-protocol';
import type { Preventable, Rect, WebContentsLike } from './electron-like';
import { startKioskHost, type HostOptions } from './host';
import type { IpcHandler, IpcInvokeEventLike } from './ipc';
import { FakeClipboard, FakeContainer, FakeSession, FakeView, FakeWebContents, emitCertificateError, fakeEvent, recordingLog } from './testing/fakes';
import { KIOSK_WINDOW_OPTIONS } from './window';

/** Lets promise chains (the core's wipe, IPC handlers) run to the end. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
};

class FakeApp extends EventEmitter {
  readonly calls: string[] = [];
  hasLock = true;
  private markReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => (this.markReady = resolve));
  enableSandbox(): void {
    this.calls.push('enableSandbox');
  }
  requestSingleInstanceLock(): boolean {
    this.calls.push('requestSingleInstanceLock');
    return this.hasLock;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  becomeReady(): void {
    this.calls.push('ready');
    this.markReady();
  }
  quit(): void {
    this.calls.push('quit');
  }
  exit(code?: number): void {
    this.calls.push(`exit ${code ?? 0}`);
  }
  /** Working sets of the app's processes, in KB (about 195 MB: below every allowed limit). */
  workingSetsKb = [150_000, 50_000];
  getAppMetrics(): { memory: { workingSetSize: number } }[] {
    return this.workingSetsKb.map((workingSetSize) => ({ memory: { workingSetSize } }));
  }
  relaunch(): void {
    this.calls.push('relaunch');
  }
}

class FakeWindow extends EventEmitter {
  readonly contentView = new FakeContainer<FakeView>();
  contentBounds: Rect = { x: 0, y: 0, width: 1280, height: 720 };
  focused = 0;
  constructor(readonly options: typeof KIOSK_WINDOW_OPTIONS) {
    super();
  }
  getContentBounds(): Rect {
    return this.contentBounds;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {
    this.focused += 1;
  }
}

function fakeElectron(app: FakeApp) {
  const windows: FakeWindow[] = [];
  const partitions = new Map<string, FakeSession>();
  const ipc = new Map<string, IpcHandler>();
  const protocolCalls: string[] = [];
  const handlers = new Map<string, (request: Request) => Promise<Response>>();
  const menuCalls: unknown[] = [];
  const defaultSession = new FakeSession();
  const clipboard = new FakeClipboard();
  /** Every view the host made: the UI, the content views, the storage probe's. */
  const views: FakeView[] = [];
  const modules = {
    app,
    BaseWindow: class extends FakeWindow {
      constructor(options: typeof KIOSK_WINDOW_OPTIONS) {
        super(options);
        windows.push(this);
      }
    },
    WebContentsView: class extends FakeView {
      constructor(options: ConstructorParameters<typeof FakeView>[0]) {
        super(options);
        views.push(this);
      }
    },
    Menu: { setApplicationMenu: (menu: null) => void menuCalls.push(menu) },
    session: {
      defaultSession,
      fromPartition: (partition: string) => {
        const session = partitions.get(partition) ?? new FakeSession();
        partitions.set(partition, session);
        return session;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof APP_SCHEME_PRIVILEGES) => {
        protocolCalls.push(`register ${schemes.map((s) => s.scheme).join()} ready=${app.calls.includes('ready')}`);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        protocolCalls.push(`handle ${scheme}`);
        handlers.set(scheme, handler);
      },
    },
    ipcMain: { handle: (channel: string, listener: IpcHandler) => void ipc.set(channel, listener) },
    clipboard,
  };
  return { modules, windows, partitions, ipc, protocolCalls, handlers, menuCalls, defaultSession, clipboard, views };
}

let cores: KioskCore[] = [];
let folders: string[] = [];
afterEach(async () => {
  for (const core of cores) core.stop();
  cores = [];
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
  folders = [];
});

interface StartOptions {
  readonly config?: KioskConfig;
  readonly documents?: HostOptions['documents'];
}

function start(hasLock = true, extra: StartOptions = {}) {
  const app = new FakeApp();
  app.hasLock = hasLock;
  const electron = fakeElectron(app);
  const log = recordingLog();
  let uuid = 0;
  const files = new Map([['/app/out/renderer/index.html', '<!doctype html>']]);
  const options: HostOptions = {
    config: extra.config ?? DEFAULT_CONFIG,
    ...(extra.documents ? { documents: extra.documents } : {}),
    devTools: false,
    rendererRoot: '/app/out/renderer',
    preloadPath: '/app/out/preload/preload.cjs',
    createCore: (deps) => {
      const core = createKioskCore(deps);
      cores.push(core);
      return core;
    },
    log,
    readFile: async (file) => {
      const text = files.get(file);
      if (text === undefined) throw new Error('ENOENT');
      return new TextEncoder().encode(text);
    },
    randomUUID: () => `00000000-0000-4000-8000-${String(++uuid).padStart(12, '0')}`,
    uiReloadDelayMs: 0,
  };
  const host = startKioskHost(electron.modules, options);
  return { app, host, log, ...electron };
}

async function startReady(extra: StartOptions = {}) {
  const t = start(true, extra);
  t.app.becomeReady();
  const core = await t.host.ready;
  if (!core) throw new Error('the host did not start');
  const window = t.windows[0];
  const uiView = window?.contentView.children[0];
  if (!window || !uiView) throw new Error('no window or UI view');
  const ui = uiView.webContents;
  const call = (name: string, payload: unknown = {}, event: IpcInvokeEventLike = { sender: { id: ui.id }, senderFrame: { url: UI_ENTRY_URL, parent: null } }) => {
    const handler = t.ipc.get(`kiosk:cmd:${name}`);
    if (!handler) throw new Error(`no handler for ${name}`);
    return handler(event, payload);
  };
  return { ...t, core, window, uiView, ui, call };
}

describe('before the app is ready', () => {
  it('registers the app scheme, enables the sandbox and takes the single-instance lock', () => {
    const t = start();
    expect(t.protocolCalls).toEqual(['register app ready=false']);
    expect(t.app.calls).toEqual(['enableSandbox', 'requestSingleInstanceLock']);
    expect(t.windows).toEqual([]);
    expect(t.app.listenerCount('web-contents-created')).toBe(1);
  });

  it('quits a second instance without building anything', async () => {
    const t = start(false);
    expect(t.app.calls).toContain('quit');
    t.app.becomeReady();
    expect(await t.host.ready).toBeNull();
    expect(t.windows).toEqual([]);
    expect(t.ipc.size).toBe(0);
  });

  it('refuses certificate errors and client certificates for the whole app', () => {
    const t = start();
    const answer = emitCertificateError(t.app, 'https://www.kela.fi/', 'net::ERR_CERT_AUTHORITY_INVALID', { webContents: new FakeWebContents() });
    expect(answer).toMatchObject({ prevented: true, answers: [false] });
    const event = fakeEvent();
    const picked: unknown[][] = [];
    t.app.emit('select-client-certificate', event, null, 'https://www.kela.fi/', [{}], (...args: unknown[]) => picked.push(args));
    expect(event.defaultPrevented).toBe(true);
    expect(picked).toEqual([[]]);
  });

  it('hardens every webContents Electron creates', () => {
    const t = start();
    const contents = new FakeWebContents();
    t.app.emit('web-contents-created', fakeEvent(), contents as WebContentsLike);
    expect(contents.openWindow('https://www.kela.fi/')).toEqual({ action: 'deny' });
  });
});

describe('once ready', () => {
  it('removes the menu, locks the default session, serves the UI and opens one kiosk window', async () => {
    const t = await startReady();
    expect(t.menuCalls).toEqual([null]);
    expect(t.defaultSession.askPermission('media', UI_ENTRY_URL)).toBe(false);
    expect(t.protocolCalls).toEqual(['register app ready=false', 'handle app']);
    const response = await t.handlers.get('app')?.(new Request(UI_ENTRY_URL));
    expect(response?.status).toBe(200);
    expect(t.windows).toHaveLength(1);
    expect(t.window.options).toEqual(KIOSK_WINDOW_OPTIONS);
  });

  it('puts the UI view over the whole window with the preload, and loads app://kiosk', async () => {
    const t = await startReady();
    expect(t.uiView.options.webPreferences).toMatchObject({ preload: '/app/out/preload/preload.cjs', sandbox: true, devTools: false });
    expect(t.uiView.bounds).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
    expect(t.ui.loads).toEqual([UI_ENTRY_URL]);
    t.window.contentBounds = { x: 0, y: 0, width: 1920, height: 1080 };
    t.window.emit('resize');
    expect(t.uiView.bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
  });

  it('guards the UI view: no navigation away, no shortcuts', async () => {
    const t = await startReady();
    expect(t.ui.tryNavigate('will-navigate', 'https://www.kela.fi/')).toBe(true);
    expect(t.ui.press({ code: 'F5' })).toBe(true);
  });

  it('registers every bridge command and starts the core (start-up wipe, then welcome)', async () => {
    const t = await startReady();
    expect([...t.ipc.keys()].sort()).toEqual(COMMAND_NAMES.map(commandChannel).sort());
    await settle();
    expect(t.core.snapshot().session.phase).toBe('welcome');
    expect(t.clipboard.clears).toBeGreaterThan(0);
    const sent = t.ui.sent.filter((s) => s.channel === EVENT_CHANNEL_SNAPSHOT);
    expect((sent.at(-1)?.args[0] as Snapshot).session.phase).toBe('welcome');
  });

  it('refuses the window close, and allows it after allowQuit', async () => {
    const t = await startReady();
    const refused = fakeEvent();
    t.window.emit('close', refused);
    expect(refused.defaultPrevented).toBe(true);
    t.host.allowQuit();
    expect(t.app.calls).toContain('quit');
    const allowed = fakeEvent();
    t.window.emit('close', allowed);
    expect(allowed.defaultPrevented).toBe(false);
  });

  it('lets a system shutdown (before-quit) close the window', async () => {
    const t = await startReady();
    t.app.emit('before-quit');
    const event: Preventable & { defaultPrevented: boolean } = fakeEvent();
    t.window.emit('close', event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('focuses the window when a second instance starts', async () => {
    const t = await startReady();
    t.app.emit('second-instance');
    expect(t.window.focused).toBe(1);
  });

  it('reloads the UI when its renderer dies', async () => {
    const t = await startReady();
    t.ui.emit('render-process-gone', fakeEvent(), { reason: 'oom', exitCode: 1 });
    await settle();
    expect(t.ui.loads).toEqual([UI_ENTRY_URL, UI_ENTRY_URL]);
  });

  it('exits when the start-up fails, for the supervisor to restart it', async () => {
    const t = start();
    t.modules.Menu.setApplicationMenu = () => {
      throw new Error('no display');
    };
    t.app.becomeReady();
    expect(await t.host.ready).toBeNull();
    expect(t.app.calls).toContain('exit 1');
    expect(t.log.entries).toContainEqual({ level: 'warn', event: 'host.start-failed', detail: { error: 'Error: no display' } });
  });
});

describe('a client session end to end, with fakes for Electron', () => {
  it('opens a fresh partition, shows a service, refuses an escape, and wipes it all at the end', async () => {
    const t = await startReady();
    await settle();

    // Only the UI view may call.
    await expect(t.call('startSession', { language: 'fi' }, { sender: { id: 999 }, senderFrame: { url: UI_ENTRY_URL, parent: null } })).rejects.toThrow(
      /refused/,
    );
    await t.call('startSession', { language: 'fi' });
    await settle();
    expect(t.core.snapshot().session.phase).toBe('active');

    const contentView = t.window.contentView.children[1];
    if (!contentView) throw new Error('no content view');
    expect(t.window.contentView.children).toHaveLength(2);
    const partition = String(contentView.options.webPreferences['partition']);
    expect(partition).toMatch(/^client-/);

    await t.call('setContentLayout', { bounds: { x: 0, y: 80, width: 1280, height: 640 }, visible: true });
    await t.call('acknowledgeEthics', {});
    await t.call('openService', { serviceId: 'kela' });
    const contents = contentView.webContents;
    expect(contents.loads).toEqual(['https://www.kela.fi/asiointi']);
    expect(contentView.visible).toBe(true);
    expect(contentView.bounds).toEqual({ x: 0, y: 80, width: 1280, height: 640 });

    contents.commit('https://www.kela.fi/asiointi');
    expect(t.core.snapshot().content.host).toBe('www.kela.fi');
    expect(contents.tryNavigate('will-navigate', 'https://evil.example/login')).toBe(true);
    expect(t.core.snapshot().blocked).toEqual({ host: 'evil.example', reason: 'not-allowed' });

    const session = t.partitions.get(partition);
    if (!session) throw new Error('no partition session');
    // The UI view and the content view; the storage probe's view comes only with the verification.
    expect(t.views).toHaveLength(2);
    await t.call('requestEnd');
    await t.call('confirmEnd');
    await settle();

    expect(contents.closes).toBe(1);
    expect(t.window.contentView.children).toEqual([t.uiView]);
    expect(session.calls[0]).toBe('clearData');
    expect(session.calls).toHaveLength(6);
    // The verification probed the retired partition's storage through one hidden view, made only
    // now, never shown, never in the window, closed afterwards; nothing went to the network.
    const probeViews = t.views.filter((view) => view.options.webPreferences['session'] === session);
    expect(probeViews).toHaveLength(1);
    expect(probeViews[0]?.webContents.loads).toEqual(['https://www.kela.fi/__vierella_probe__']);
    expect(probeViews[0]?.webContents.closes).toBe(1);
    expect(probeViews[0]?.visible).toBeNull();
    expect(session.networkLoads).toEqual([]);
    expect(session.protocol.calls).toEqual(['handle https', 'unhandle https']);
    expect(t.core.snapshot().session.phase).toBe('welcome');
    // Nothing in the log names more than a host.
    expect(JSON.stringify(t.log.entries)).not.toMatch(/asiointi|\/login/);
  });
});

/** Starts a client session and opens the Kela tile; returns the content view. */
async function openKela(t: Awaited<ReturnType<typeof startReady>>) {
  await settle();
  await t.call('startSession', { language: 'fi' });
  await settle();
  await t.call('setContentLayout', { bounds: { x: 0, y: 80, width: 1280, height: 640 }, visible: true });
  await t.call('acknowledgeEthics', {});
  await t.call('openService', { serviceId: 'kela' });
  const contentView = t.window.contentView.children[1];
  if (!contentView) throw new Error('no content view');
  contentView.webContents.commit('https://www.kela.fi/asiointi');
  const session = t.partitions.get(String(contentView.options.webPreferences['partition']));
  if (!session) throw new Error('no partition session');
  return { contentView, contents: contentView.webContents, session };
}

async function endSession(t: Awaited<ReturnType<typeof startReady>>) {
  await t.call('requestEnd');
  await t.call('confirmEnd');
  // The wipe touches the disk (the session folder): wait for the welcome screen, not for microtasks.
  await vi.waitFor(() => expect(t.core.snapshot().session.phase).toBe('welcome'));
}

describe('issue 5 wiring: documents, file choosers, printing, permissions, certificates, relaunch', () => {
  it('writes a download into the session folder, opens it in the viewer, and empties the folder at the end', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'vierella-host-'));
    folders.push(folder);
    const documents = createSessionDocuments({ folder: join(folder, 'session'), usbFolder: null, scannerFolder: null, maxBytes: 1_000_000 });
    const t = await startReady({ documents });
    const { session } = await openKela(t);

    const refused = session.download('https://www.kela.fi/ohjelma', 'ohjelma.exe', 'application/x-msdownload');
    expect(refused.prevented).toBe(true);
    const { item, prevented } = session.download('https://www.kela.fi/paatos?id=1', 'päätös.pdf', 'application/pdf');
    expect(prevented).toBe(false);
    const savePath = item.savePath;
    if (savePath === null) throw new Error('no save path');
    expect(savePath.startsWith(join(folder, 'session'))).toBe(true);
    await writeFile(savePath, '%PDF-1.4\n%test\n');
    item.finish('completed');
    // The core reads the file's bytes from disk: real I/O, so wait for it rather than for microtasks.
    await vi.waitFor(() => expect(t.core.snapshot().documents.items).toHaveLength(1));
    const view = t.core.snapshot().documents;
    expect(view.items).toMatchObject([{ name: 'päätös.pdf', kind: 'pdf', source: 'download' }]);
    expect(view.viewing).toBe(view.items[0]?.id);

    await endSession(t);
    expect(await readdir(join(folder, 'session')).catch(() => [])).toEqual([]);
    expect(JSON.stringify(t.log.entries)).not.toMatch(/päätös|paatos|vierella-host/);
  });

  it('hands a file chooser of the e-service to the in-kiosk picker', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'vierella-host-'));
    folders.push(folder);
    const documents = createSessionDocuments({ folder: join(folder, 'session'), usbFolder: null, scannerFolder: null, maxBytes: 1_000_000 });
    const t = await startReady({ documents });
    const { contents } = await openKela(t);
    expect(contents.debugger.attached).toBe(true);
    contents.debugger.event('Page.fileChooserOpened', { frameId: 'F', mode: 'selectSingle', backendNodeId: 3 });
    await settle();
    expect(t.core.snapshot().documents.picker).toEqual({ multiple: false });
    await t.call('cancelPicker');
    expect(t.core.snapshot().documents.picker).toBeNull();
    await endSession(t);
    expect(contents.debugger.attached).toBe(false);
  });

  it('prints the page shown and the viewer to the configured printer when printing is on', async () => {
    const config: KioskConfig = { ...DEFAULT_CONFIG, printer: { enabled: true, deviceName: 'Asiakas_HP' } };
    const t = await startReady({ config });
    const { contents } = await openKela(t);
    expect(t.core.snapshot().documents.printer).toBe(true);
    expect(await t.call('print', { target: 'page' })).toEqual({ printed: true });
    expect(contents.prints).toEqual([{ silent: true, printBackground: true, deviceName: 'Asiakas_HP' }]);
    contents.printResult = { success: false, failureReason: 'Print job failed' };
    expect(await t.call('print', { target: 'page' })).toEqual({ printed: false });
    expect(t.core.snapshot().documents.notice).toEqual({ reason: 'print-failed', host: null });
  });

  it('offers no printing when the configuration says so', async () => {
    const t = await startReady();
    await openKela(t);
    expect(t.core.snapshot().documents.printer).toBe(false);
    await expect(t.call('print', { target: 'page' })).rejects.toThrow();
  });

  it('gives client partitions the configured permissions only', async () => {
    const config: KioskConfig = { ...DEFAULT_CONFIG, permissions: [{ host: 'www.kela.fi', permissions: ['camera'] }] };
    const t = await startReady({ config });
    const { session } = await openKela(t);
    expect(session.askPermission('media', 'https://www.kela.fi/', ['video'])).toBe(true);
    expect(session.askPermission('media', 'https://www.kela.fi/', ['audio'])).toBe(false);
    expect(session.askPermission('media', 'https://tunnistus.suomi.fi/', ['video'])).toBe(false);
    // The UI's own session is never granted anything.
    expect(t.defaultSession.askPermission('media', 'https://www.kela.fi/', ['video'])).toBe(false);
  });

  it('shows the client a notice when a page is refused for its certificate', async () => {
    const t = await startReady();
    const { contents } = await openKela(t);
    emitCertificateError(contents, 'https://www.kela.fi/asiointi/lomake', 'net::ERR_CERT_DATE_INVALID');
    expect(t.core.snapshot().blocked).toEqual({ host: 'www.kela.fi', reason: 'certificate' });
  });

  it('relaunches through the quit gate at the welcome screen after the configured number of clients', async () => {
    const config: KioskConfig = { ...DEFAULT_CONFIG, relaunch: { afterClients: 1, aboveRssMb: 4096 } };
    const t = await startReady({ config });
    await openKela(t);
    expect(t.app.calls).not.toContain('relaunch');
    await endSession(t);
    expect(t.app.calls.slice(-2)).toEqual(['relaunch', 'exit 0']);
    const close = fakeEvent();
    t.window.emit('close', close);
    expect(close.defaultPrevented).toBe(false);
  });

  it('relaunches on memory above the limit, measured over all processes', async () => {
    const config: KioskConfig = { ...DEFAULT_CONFIG, relaunch: { afterClients: 1000, aboveRssMb: 256 } };
    const t = await startReady({ config });
    await openKela(t);
    expect(t.app.calls).not.toContain('relaunch');
    t.app.workingSetsKb = [200_000, 100_000];
    await endSession(t);
    expect(t.app.calls.slice(-2)).toEqual(['relaunch', 'exit 0']);
    expect(t.log.entries.filter((e) => e.event === 'host.relaunch')).toEqual([{ level: 'info', event: 'host.relaunch', detail: { clients: 1, memoryMb: 293 } }]);
  });
});
