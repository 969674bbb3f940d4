/**
 * EventEmitter fakes of the Electron objects the shell uses, for unit tests: the Electron binary
 * cannot run here. They implement the structural types of electron-like.ts and record calls.
 */
import { EventEmitter } from 'node:events';
import type {
  ClipboardLike,
  DebuggerLike,
  DenyResponse,
  DownloadItemLike,
  DownloadState,
  KeyInput,
  NavigationHistoryLike,
  PermissionDetails,
  PrintOptions,
  ProtocolHandler,
  Rect,
  RequestDetails,
  RequestFilter,
  SessionLike,
  SessionProtocolLike,
  ViewLike,
  WebContentsLike,
  WindowOpenDetails,
} from '../electron-like';
import type { KioskLog } from '../../services/ports';
import { PROBE_SCRIPT } from '../storage-probe';

export interface FakeEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
}

export function fakeEvent(): FakeEvent {
  let prevented = false;
  return {
    preventDefault() {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

export class FakeHistory implements NavigationHistoryLike {
  entries: string[] = [];
  index = -1;
  canGoBack(): boolean {
    return this.index > 0;
  }
  canGoForward(): boolean {
    return this.index < this.entries.length - 1;
  }
  goBack(): void {
    if (this.canGoBack()) this.index -= 1;
  }
  goForward(): void {
    if (this.canGoForward()) this.index += 1;
  }
  push(url: string): void {
    this.entries = [...this.entries.slice(0, this.index + 1), url];
    this.index = this.entries.length - 1;
  }
}

export interface SentCommand {
  readonly method: string;
  readonly params?: Record<string, unknown>;
  readonly sessionId?: string;
}

/** webContents.debugger: records commands; answers them with `{}` unless a method is set to fail. */
export class FakeDebugger extends EventEmitter implements DebuggerLike {
  attached = false;
  readonly commands: SentCommand[] = [];
  /** attach() throws while set (another client attached, say). */
  attachError: Error | null = null;
  /** Methods whose command rejects. */
  readonly failing = new Set<string>();
  attach(_protocolVersion?: string): void {
    if (this.attachError) throw this.attachError;
    if (this.attached) throw new Error('Debugger is already attached to the target');
    this.attached = true;
  }
  detach(): void {
    if (!this.attached) throw new Error('No target to detach');
    this.attached = false;
  }
  isAttached(): boolean {
    return this.attached;
  }
  sendCommand(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<unknown> {
    if (!this.attached) return Promise.reject(new Error('No target available'));
    this.commands.push({ method, ...(params === undefined ? {} : { params }), ...(sessionId === undefined ? {} : { sessionId }) });
    return this.failing.has(method) ? Promise.reject(new Error(`${method} failed`)) : Promise.resolve({});
  }
  /** A protocol event, as Electron emits it ('' for the webContents' own session). */
  event(method: string, params: unknown, sessionId = ''): void {
    this.emit('message', fakeEvent(), method, params, sessionId);
  }
  /** Chromium ended the debugging session by itself. */
  lose(reason = 'target closed'): void {
    this.attached = false;
    this.emit('detach', fakeEvent(), reason);
  }
}

let nextId = 1;

/** What a page of one origin still sees in its session, as the storage probe's script counts it. */
export interface StoredCounts {
  local: number;
  session: number;
  idb: number;
  caches: number;
  workers: number;
}

export class FakeWebContents extends EventEmitter implements WebContentsLike {
  readonly id = nextId++;
  /** Every script run in the page, in order. */
  readonly scripts: string[] = [];
  /** executeJavaScript rejects with this while set (a crashed or closed page). */
  scriptError: Error | null = null;
  /** executeJavaScript never settles while set (a hung renderer). */
  scriptHangs = false;
  /** loadURL never settles while set. */
  loadHangs = false;
  /**
   * The webContents' session, when its view was given one (`webPreferences.session`): loads then
   * go through the session's webRequest listener and https handler, as in Chromium, and the
   * storage probe's script reads the session's stored counts.
   */
  constructor(readonly session: FakeSession | null = null) {
    super();
  }
  readonly navigationHistory = new FakeHistory();
  readonly loads: string[] = [];
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly debugger = new FakeDebugger();
  /** Every print call; `printResult` is what the callback reports. */
  readonly prints: PrintOptions[] = [];
  printResult: { success: boolean; failureReason: string } | 'never' = { success: true, failureReason: '' };
  windowOpenHandler: ((details: WindowOpenDetails) => DenyResponse) | null = null;
  loadError: Error | null = null;
  zoomFactor = 1;
  reloads = 0;
  stops = 0;
  closes = 0;
  destroyed = false;

  setWindowOpenHandler(handler: (details: WindowOpenDetails) => DenyResponse): void {
    this.windowOpenHandler = handler;
  }
  loadURL(url: string): Promise<void> {
    this.loads.push(url);
    if (this.loadHangs) return new Promise<void>(() => undefined);
    if (this.loadError) return Promise.reject(this.loadError);
    return this.session ? this.session.navigate(url) : Promise.resolve();
  }
  executeJavaScript(code: string): Promise<unknown> {
    this.scripts.push(code);
    if (this.scriptHangs) return new Promise<unknown>(() => undefined);
    if (this.scriptError) return Promise.reject(this.scriptError);
    if (code !== PROBE_SCRIPT) return Promise.resolve(undefined);
    const page = new URL(this.loads.at(-1) ?? 'about:blank');
    const stored = this.session?.stored.get(page.origin);
    return Promise.resolve({ origin: page.origin, path: page.pathname, local: 0, session: 0, idb: 0, caches: 0, workers: 0, ...stored });
  }
  reload(): void {
    this.reloads += 1;
  }
  stop(): void {
    this.stops += 1;
  }
  close(): void {
    this.closes += 1;
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getZoomFactor(): number {
    return this.zoomFactor;
  }
  setZoomFactor(factor: number): void {
    this.zoomFactor = factor;
  }
  /** CSS in force on the page, by key, as Chromium keeps it. */
  readonly insertedCss = new Map<string, string>();
  private cssKeys = 0;
  insertCSS(css: string): Promise<string> {
    const key = `css-${(this.cssKeys += 1)}`;
    this.insertedCss.set(key, css);
    return Promise.resolve(key);
  }
  removeInsertedCSS(key: string): Promise<void> {
    this.insertedCss.delete(key);
    return Promise.resolve();
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  print(options: PrintOptions, callback: (success: boolean, failureReason: string) => void): void {
    this.prints.push(options);
    const result = this.printResult;
    if (result !== 'never') setTimeout(() => callback(result.success, result.failureReason), 0);
  }

  /** Emits a will-* navigation event; returns whether a listener prevented it. */
  tryNavigate(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string, isMainFrame = true): boolean {
    const details = Object.assign(fakeEvent(), { url, isMainFrame });
    this.emit(event, details);
    return details.defaultPrevented;
  }

  /** A page calls window.open(url). */
  openWindow(url: string): DenyResponse {
    if (!this.windowOpenHandler) throw new Error('no window open handler');
    return this.windowOpenHandler({ url });
  }

  /** A key press; returns whether it was blocked. */
  press(input: Partial<KeyInput> & { code: string }): boolean {
    const event = fakeEvent();
    this.emit('before-input-event', event, { type: 'keyDown', control: false, shift: false, alt: false, meta: false, ...input });
    return event.defaultPrevented;
  }

  /** A committed main-frame navigation, as Chromium reports it. */
  commit(url: string): void {
    this.navigationHistory.push(url);
    this.emit('did-navigate', fakeEvent(), url, 200, 'OK');
  }
}

export interface CertificateAnswer {
  /** Whether a listener called preventDefault (took the decision). */
  readonly prevented: boolean;
  /** Every answer given through the callback (the kiosk must give exactly one: false). */
  readonly answers: boolean[];
}

/**
 * Emits 'certificate-error' as Electron does: on a webContents `(event, url, error, cert,
 * callback, isMainFrame)`, on the app with the webContents second. Several listeners share one
 * event object, as when Electron hands a webContents' event on to the app.
 */
export function emitCertificateError(
  target: EventEmitter,
  url: string,
  error = 'net::ERR_CERT_AUTHORITY_INVALID',
  options: { readonly webContents?: unknown; readonly event?: FakeEvent; readonly isMainFrame?: boolean } = {},
): CertificateAnswer {
  const event = options.event ?? fakeEvent();
  const answers: boolean[] = [];
  const callback = (isTrusted: boolean) => void answers.push(isTrusted);
  const certificate = { subjectName: 'badcert.example', fingerprint: 'sha256/AAAA' };
  const isMainFrame = options.isMainFrame ?? true;
  if ('webContents' in options) target.emit('certificate-error', event, options.webContents, url, error, certificate, callback, isMainFrame);
  else target.emit('certificate-error', event, url, error, certificate, callback, isMainFrame);
  return {
    get prevented() {
      return event.defaultPrevented;
    },
    answers,
  };
}

export class FakeView implements ViewLike {
  readonly webContents: FakeWebContents;
  bounds: Rect | null = null;
  visible: boolean | null = null;
  constructor(readonly options: { webPreferences: Readonly<Record<string, unknown>> }) {
    const session = options.webPreferences['session'];
    this.webContents = new FakeWebContents(session instanceof FakeSession ? session : null);
  }
  setBounds(bounds: Rect): void {
    this.bounds = bounds;
  }
  setVisible(visible: boolean): void {
    this.visible = visible;
  }
}

export class FakeContainer<V> {
  readonly children: V[] = [];
  addChildView(view: V): void {
    this.children.push(view);
  }
  removeChildView(view: V): void {
    const i = this.children.indexOf(view);
    if (i >= 0) this.children.splice(i, 1);
  }
}

/** `session.protocol`: one handler per scheme; handle throws for a scheme handled already, as Electron does. */
export class FakeSessionProtocol implements SessionProtocolLike {
  readonly handlers = new Map<string, ProtocolHandler>();
  /** handle, unhandle, in order. */
  readonly calls: string[] = [];
  failHandle = false;
  handle(scheme: string, handler: ProtocolHandler): void {
    this.calls.push(`handle ${scheme}`);
    if (this.failHandle || this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }
  unhandle(scheme: string): void {
    this.calls.push(`unhandle ${scheme}`);
    this.handlers.delete(scheme);
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }
}

type RequestHandler = Parameters<SessionLike['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<SessionLike['setPermissionCheckHandler']>[0];
type DeviceHandler = Parameters<SessionLike['setDevicePermissionHandler']>[0];
type DisplayHandler = Parameters<SessionLike['setDisplayMediaRequestHandler']>[0];
type BeforeRequest = (details: RequestDetails, callback: (response: { cancel?: boolean }) => void) => void;

export class FakeSession extends EventEmitter implements SessionLike {
  permissionRequest: RequestHandler = null;
  permissionCheck: CheckHandler = null;
  devicePermission: DeviceHandler = null;
  displayMedia: DisplayHandler = null;
  beforeRequest: { filter: RequestFilter; listener: BeforeRequest } | null = null;
  /** Every clearing call, in order. */
  readonly calls: string[] = [];
  /** Clearing calls that reject. */
  readonly failing = new Set<string>();
  cookieList: { domain?: string }[] = [];
  workers: Record<number, { scope: string }> = {};
  readonly protocol = new FakeSessionProtocol();
  /** What pages of each origin still see (by origin); nothing at all by default. */
  readonly stored = new Map<string, Partial<StoredCounts>>();
  /** Main-frame loads that no handler answered: in Chromium they would have gone to the network. */
  readonly networkLoads: string[] = [];
  /** Answers of the https handler to main-frame loads, by URL. */
  readonly served: { url: string; status: number }[] = [];

  setPermissionRequestHandler(handler: RequestHandler): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: CheckHandler): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: DeviceHandler): void {
    this.devicePermission = handler;
  }
  setDisplayMediaRequestHandler(handler: DisplayHandler): void {
    this.displayMedia = handler;
  }
  readonly webRequest = {
    onBeforeRequest: (filter: RequestFilter, listener: BeforeRequest | null) => {
      this.beforeRequest = listener ? { filter, listener } : null;
    },
  };
  readonly cookies = { get: async (_filter: Record<string, never>) => this.cookieList };
  readonly serviceWorkers = { getAllRunning: () => this.workers };

  private step(name: string): Promise<void> {
    this.calls.push(name);
    return this.failing.has(name) ? Promise.reject(new Error(`${name} broke on https://secret.example/path`)) : Promise.resolve();
  }
  clearData(): Promise<void> {
    return this.step('clearData');
  }
  clearStorageData(): Promise<void> {
    return this.step('clearStorageData');
  }
  clearCache(): Promise<void> {
    return this.step('clearCache');
  }
  clearAuthCache(): Promise<void> {
    return this.step('clearAuthCache');
  }
  clearHostResolverCache(): Promise<void> {
    return this.step('clearHostResolverCache');
  }
  clearCodeCaches(options: { urls?: string[] }): Promise<void> {
    return this.step(`clearCodeCaches(${JSON.stringify(options)})`);
  }

  /**
   * A main-frame load of a webContents on this session: the webRequest listener first, then the
   * handler of the URL's scheme, else the network. Rejects as Chromium's loadURL does on a
   * cancelled request; an HTTP error status still loads (it is a document all the same).
   */
  async navigate(url: string): Promise<void> {
    if (this.beforeRequest && this.request(url, 'mainFrame').cancel) throw Object.assign(new Error('ERR_BLOCKED_BY_CLIENT'), { code: 'ERR_BLOCKED_BY_CLIENT' });
    const scheme = new URL(url).protocol.replace(/:$/, '');
    const handler = this.protocol.handlers.get(scheme);
    if (!handler) {
      this.networkLoads.push(url);
      return;
    }
    const response = await handler(new Request(url));
    this.served.push({ url, status: response.status });
  }

  /** A frame request through webRequest; returns the listener's answer. */
  request(url: string, resourceType: string): { cancel?: boolean } {
    if (!this.beforeRequest) throw new Error('no onBeforeRequest listener');
    let answer: { cancel?: boolean } | null = null;
    this.beforeRequest.listener({ url, resourceType }, (response) => {
      answer = response;
    });
    if (answer === null) throw new Error('the listener did not answer');
    return answer;
  }

  /** A permission request; resolves to what the handler granted. */
  askPermission(permission: string, requestingUrl: string, mediaTypes?: readonly string[]): boolean {
    if (!this.permissionRequest) throw new Error('no permission request handler');
    let granted: boolean | null = null;
    const details: PermissionDetails = { requestingUrl, ...(mediaTypes ? { mediaTypes } : {}) };
    this.permissionRequest(null, permission, (g) => {
      granted = g;
    }, details);
    if (granted === null) throw new Error('the handler did not answer');
    return granted;
  }

  /** A permission check (navigator.permissions.query, device labels): what the handler answers. */
  checkPermission(permission: string, requestingUrl: string, mediaType?: string): boolean {
    if (!this.permissionCheck) throw new Error('no permission check handler');
    return this.permissionCheck(null, permission, new URL(requestingUrl).origin, { requestingUrl, ...(mediaType ? { mediaType } : {}) });
  }

  /** A download starts; returns the item and whether it was cancelled. */
  download(url: string, filename = 'file.pdf', mimeType = 'application/pdf'): { item: FakeDownloadItem; prevented: boolean } {
    const event = fakeEvent();
    const item = new FakeDownloadItem(url, filename, mimeType);
    this.emit('will-download', event, item);
    return { item, prevented: event.defaultPrevented };
  }
}

export class FakeDownloadItem extends EventEmitter implements DownloadItemLike {
  savePath: string | null = null;
  cancels = 0;
  constructor(
    private readonly url: string,
    private readonly filename: string,
    private readonly mimeType: string,
  ) {
    super();
  }
  getURL(): string {
    return this.url;
  }
  getFilename(): string {
    return this.filename;
  }
  getMimeType(): string {
    return this.mimeType;
  }
  setSavePath(path: string): void {
    this.savePath = path;
  }
  cancel(): void {
    this.cancels += 1;
    this.finish('cancelled');
  }
  /** The download reaches a terminal state, as Electron reports it. */
  finish(state: DownloadState): void {
    this.emit('done', fakeEvent(), state);
  }
}

export class FakeClipboard implements ClipboardLike {
  types: string[] = [];
  text = '';
  clears = 0;
  failClear = false;
  selection?: FakeClipboard;
  clear(): void {
    this.clears += 1;
    if (this.failClear) throw new Error('clipboard busy');
    this.types = [];
    this.text = '';
  }
  async read(): Promise<{ types: string[] }[]> {
    return this.types.length === 0 ? [] : [{ types: [...this.types] }];
  }
  async readText(): Promise<string> {
    return this.text;
  }
  write(text: string): void {
    this.types = ['text/plain'];
    this.text = text;
  }
}

export interface LogEntry {
  level: 'info' | 'warn';
  event: string;
  detail?: Readonly<Record<string, string | number | boolean>>;
}

export function recordingLog(): KioskLog & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  return {
    entries,
    info: (event, detail) => void entries.push({ level: 'info', event, ...(detail ? { detail } : {}) }),
    warn: (event, detail) => void entries.push({ level: 'warn', event, ...(detail ? { detail } : {}) }),
  };
}
