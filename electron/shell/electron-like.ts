/**
 * The parts of Electron the shell touches, as small structural types.
 *
 * Shell modules take these instead of Electron's classes so that tests can hand them
 * EventEmitter fakes: the Electron binary cannot run on the build machines, and importing
 * 'electron' at runtime outside Electron throws. The real objects satisfy these types, which
 * tsc checks where electron/main.ts passes them in. (Method parameters compare bivariantly, so
 * that check catches missing members and wrong shapes, not every narrower listener type.)
 */

export interface Preventable {
  preventDefault(): void;
}

/** The details object of will-navigate, will-frame-navigate and will-redirect. */
export interface NavigationDetails extends Preventable {
  readonly url: string;
  readonly isMainFrame: boolean;
}

/** A keyboard event as before-input-event reports it. */
export interface KeyInput {
  readonly type: string;
  /** Physical key (`KeyR`, `F5`): the same on every keyboard layout, unlike `key`. */
  readonly code: string;
  readonly control: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
  readonly meta: boolean;
}

/** Any input event (mouse, touch, keys) as input-event reports it. */
export interface AnyInput {
  readonly type: string;
}

export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}

export interface NavigationHistoryLike {
  canGoBack(): boolean;
  canGoForward(): boolean;
  goBack(): void;
  goForward(): void;
}

export interface WindowOpenDetails {
  readonly url: string;
}

export interface DenyResponse {
  action: 'deny';
}

export interface RenderGoneDetails {
  readonly reason: string;
}

/** Answers a certificate error: true would trust the certificate (the kiosk never does). */
export type CertificateCallback = (isTrusted: boolean) => void;

/** webContents 'certificate-error'. */
export type CertificateErrorListener = (
  event: Preventable,
  url: string,
  error: string,
  certificate: unknown,
  callback: CertificateCallback,
  isMainFrame: boolean,
) => void;

/** app 'certificate-error': the same, for any webContents (Electron hands each one's event on to the app). */
export type AppCertificateErrorListener = (
  event: Preventable & { readonly defaultPrevented?: boolean },
  webContents: unknown,
  url: string,
  error: string,
  certificate: unknown,
  callback: CertificateCallback,
  isMainFrame: boolean,
) => void;

/**
 * app 'select-client-certificate'. The callback takes an optional certificate; the kiosk only
 * ever calls it without one (no certificate is sent), which is all this type allows.
 */
export type SelectClientCertificateListener = (
  event: Preventable,
  webContents: unknown,
  url: string,
  certificateList: readonly unknown[],
  callback: () => void,
) => void;

/** What a Chrome DevTools Protocol client sees of a webContents (`webContents.debugger`). */
export interface DebuggerLike {
  attach(protocolVersion?: string): void;
  detach(): void;
  isAttached(): boolean;
  /** `sessionId` addresses a target attached with Target.setAutoAttach({ flatten: true }). */
  sendCommand(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<unknown>;
  /** `sessionId` is '' for the webContents' own target. */
  on(event: 'message', listener: (event: unknown, method: string, params: unknown, sessionId: string) => void): unknown;
  on(event: 'detach', listener: (event: unknown, reason: string) => void): unknown;
}

/** The options of `webContents.print` the kiosk uses. */
export interface PrintOptions {
  silent: boolean;
  printBackground: boolean;
  /** undefined: the system's default printer. */
  deviceName?: string;
}

/** A webContents, seen through the events and calls the shell uses. */
export interface WebContentsLike {
  readonly id: number;
  readonly navigationHistory: NavigationHistoryLike;
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (details: NavigationDetails) => void): unknown;
  on(event: 'will-attach-webview' | 'will-prevent-unload', listener: (event: Preventable) => void): unknown;
  on(event: 'before-input-event', listener: (event: Preventable, input: KeyInput) => void): unknown;
  on(event: 'input-event', listener: (event: unknown, input: AnyInput) => void): unknown;
  on(event: 'did-navigate', listener: (event: unknown, url: string) => void): unknown;
  on(event: 'did-navigate-in-page', listener: (event: unknown, url: string, isMainFrame: boolean) => void): unknown;
  on(event: 'did-start-loading' | 'did-stop-loading' | 'dom-ready', listener: () => void): unknown;
  on(event: 'render-process-gone', listener: (event: unknown, details: RenderGoneDetails) => void): unknown;
  on(event: 'certificate-error', listener: CertificateErrorListener): unknown;
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => DenyResponse): void;
  loadURL(url: string): Promise<void>;
  reload(): void;
  stop(): void;
  close(): void;
  isDestroyed(): boolean;
  getZoomFactor(): number;
  setZoomFactor(factor: number): void;
  insertCSS(css: string, options?: { cssOrigin?: 'user' | 'author' }): Promise<string>;
  removeInsertedCSS(key: string): Promise<void>;
  send(channel: string, ...args: unknown[]): void;
  readonly debugger: DebuggerLike;
  print(options: PrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  /** Runs a script in the page's main world; resolves with its (awaited) result once the page has loaded. */
  executeJavaScript(code: string): Promise<unknown>;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ViewLike {
  readonly webContents: WebContentsLike;
  setBounds(bounds: Rect): void;
  setVisible(visible: boolean): void;
}

/** The container view of a window (`BaseWindow.contentView`). */
export interface ContainerViewLike<V> {
  addChildView(view: V): void;
  removeChildView(view: V): void;
}

export interface PermissionDetails {
  readonly requestingUrl?: string;
  /** Permission requests for `media`: what the page asks for. */
  readonly mediaTypes?: readonly string[];
  /** Permission checks for `media`: 'video', 'audio' or 'unknown'. */
  readonly mediaType?: string;
}

export interface RequestDetails {
  readonly url: string;
  readonly resourceType: string;
}

export interface RequestFilter {
  urls: string[];
  types?: ('mainFrame' | 'subFrame')[];
}

export type DownloadState = 'completed' | 'cancelled' | 'interrupted';

/** An Electron DownloadItem, as will-download hands it over. */
export interface DownloadItemLike {
  getURL(): string;
  /** The name the server suggested: the client's, never logged. */
  getFilename(): string;
  getMimeType(): string;
  /** Set before will-download returns, so Electron writes there and never asks where to save. */
  setSavePath(path: string): void;
  cancel(): void;
  once(event: 'done', listener: (event: unknown, state: DownloadState) => void): unknown;
}

/** Answers one request of a handled scheme (`protocol.handle`). */
export type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export interface SessionProtocolLike {
  /** For a built-in scheme such as https this intercepts every request of the session; it throws when the scheme is handled already. */
  handle(scheme: string, handler: ProtocolHandler): void;
  unhandle(scheme: string): void;
  isProtocolHandled(scheme: string): boolean;
}

/** A session (the default one or a client partition), seen through what the shell uses. */
export interface SessionLike {
  setPermissionRequestHandler(
    handler:
      | ((webContents: unknown, permission: string, callback: (granted: boolean) => void, details: PermissionDetails) => void)
      | null,
  ): void;
  setPermissionCheckHandler(
    handler: ((webContents: unknown, permission: string, requestingOrigin: string, details: PermissionDetails) => boolean) | null,
  ): void;
  setDevicePermissionHandler(handler: ((details: unknown) => boolean) | null): void;
  setDisplayMediaRequestHandler(handler: ((request: unknown, callback: (streams: null) => void) => void) | null): void;
  readonly webRequest: {
    onBeforeRequest(
      filter: RequestFilter,
      listener: ((details: RequestDetails, callback: (response: { cancel?: boolean }) => void) => void) | null,
    ): void;
  };
  on(event: 'will-download', listener: (event: Preventable, item: DownloadItemLike) => void): unknown;
  /** The session's own protocol handlers (`session.protocol`): they apply to this session only. */
  readonly protocol: SessionProtocolLike;
  readonly cookies: { get(filter: Record<string, never>): Promise<readonly { readonly domain?: string }[]> };
  readonly serviceWorkers: { getAllRunning(): Readonly<Record<number, { readonly scope: string }>> };
  clearData(): Promise<void>;
  clearStorageData(): Promise<void>;
  clearCache(): Promise<void>;
  clearAuthCache(): Promise<void>;
  clearHostResolverCache(): Promise<void>;
  clearCodeCaches(options: { urls?: string[] }): Promise<void>;
}

/** Electron 45's clipboard (promise-based reads); `selection` exists on Linux only. */
export interface ClipboardLike {
  clear(): void;
  read(): Promise<readonly { readonly types: readonly string[] }[]>;
  readText(): Promise<string>;
  readonly selection?: ClipboardLike;
}
