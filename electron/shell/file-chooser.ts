/**
 * An e-service's file chooser (<input type="file">) must never open the OS dialog: it would show
 * the kiosk's whole file system to the client. The content's webContents is driven over the
 * Chrome DevTools Protocol instead: Page.setInterceptFileChooserDialog stops the dialog and
 * reports Page.fileChooserOpened, the in-kiosk picker answers, DOM.setFileInputFiles hands the
 * files to the page.
 *
 * Chromium reports a chooser to the DevTools target of the frame's process: an out-of-process
 * iframe (a payment or identification frame, say) is a target of its own. Target.setAutoAttach
 * (flatten) attaches to each such frame, and every attached frame is intercepted the same way,
 * nested ones included; commands go to the frame's sessionId. (Verified with fakes only: the
 * Electron binary cannot run on the build machines.)
 *
 * The debugger attachment does not count as open DevTools (webContents.isDevToolsOpened stays
 * false); DevTools themselves are disabled in the content view.
 *
 * Electron has no session-level hook for file choosers: if the debugger cannot be attached,
 * nothing else stops the dialog. That is logged as a warning for IT.
 */
import type { FileChooserRequest, KioskLog } from '../services/ports';
import type { DebuggerLike, WebContentsLike } from './electron-like';

export const CDP_PROTOCOL_VERSION = '1.3';

/** Attaching again after Chromium dropped the debugger, at most this often per view. */
const MAX_REATTACH = 3;

export interface FileChooserInterception {
  /** Stops intercepting (the view is closing). */
  detach(): void;
}

interface FileChooserOpenedParams {
  readonly mode: 'selectSingle' | 'selectMultiple';
  /** Absent for pickers not tied to an input element (the File System Access API). */
  readonly backendNodeId?: number;
}

function isFileChooserOpened(params: unknown): params is FileChooserOpenedParams {
  if (typeof params !== 'object' || params === null) return false;
  const { mode, backendNodeId } = params as Record<string, unknown>;
  return (mode === 'selectSingle' || mode === 'selectMultiple') && (backendNodeId === undefined || typeof backendNodeId === 'number');
}

/** Target.attachedToTarget: the new session and the kind of target (never its URL). */
function attachedFrameSession(params: unknown): string | null {
  if (typeof params !== 'object' || params === null) return null;
  const { sessionId, targetInfo } = params as { sessionId?: unknown; targetInfo?: { type?: unknown } };
  return typeof sessionId === 'string' && sessionId !== '' && targetInfo?.type === 'iframe' ? sessionId : null;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}

export function interceptFileChoosers(
  contents: Pick<WebContentsLike, 'debugger' | 'isDestroyed'>,
  onOpened: (request: FileChooserRequest) => void,
  log: KioskLog,
): FileChooserInterception {
  const cdp: DebuggerLike = contents.debugger;
  let detaching = false;
  let reattached = 0;

  /** undefined: the webContents' own target; otherwise an attached frame's flat session. */
  const send = (method: string, params: Record<string, unknown>, sessionId: string | undefined) =>
    sessionId === undefined ? cdp.sendCommand(method, params) : cdp.sendCommand(method, params, sessionId);

  /**
   * Not awaited: Electron may hold a command sent before the first navigation until that
   * navigation, and the view must open without waiting. One session runs its commands in order.
   */
  function intercept(sessionId: string | undefined): void {
    const steps: [string, Record<string, unknown>][] = [
      ['Page.enable', {}],
      ['Page.setInterceptFileChooserDialog', { enabled: true }],
      // A chooser needs a click, so a frame runs for that short while before it is intercepted.
      ['Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }],
    ];
    for (const [method, params] of steps) {
      send(method, params, sessionId).catch((error: unknown) => {
        if (!detaching && !contents.isDestroyed()) log.warn('upload.intercept-failed', { method, frame: sessionId !== undefined, error: errorName(error) });
      });
    }
  }

  function chooserOpened(params: FileChooserOpenedParams, sessionId: string | undefined): void {
    const { backendNodeId } = params;
    if (backendNodeId === undefined) {
      // Nothing to hand files to; intercepted, the picker simply never opens.
      log.info('upload.picker-refused');
      return;
    }
    onOpened({
      multiple: params.mode === 'selectMultiple',
      async answer(paths) {
        // No files is a cancel: the input keeps what it had, as after a cancelled OS dialog.
        if (paths.length === 0) return;
        await send('DOM.setFileInputFiles', { files: [...paths], backendNodeId }, sessionId);
      },
    });
  }

  function attach(): boolean {
    try {
      cdp.attach(CDP_PROTOCOL_VERSION);
    } catch (error) {
      log.warn('upload.intercept-unavailable', { error: errorName(error) });
      return false;
    }
    intercept(undefined);
    return true;
  }

  cdp.on('message', (_event, method, params, rawSessionId) => {
    if (detaching) return;
    const sessionId = rawSessionId === '' ? undefined : rawSessionId;
    if (method === 'Page.fileChooserOpened' && isFileChooserOpened(params)) chooserOpened(params, sessionId);
    else if (method === 'Target.attachedToTarget') {
      const frameSession = attachedFrameSession(params);
      if (frameSession !== null) intercept(frameSession);
    }
  });
  cdp.on('detach', (_event, reason) => {
    if (detaching || contents.isDestroyed()) return;
    // Chromium dropped the client (reason is a short code, not a URL): until re-attached, a chooser would open the OS dialog.
    log.warn('upload.intercept-lost', { reason: String(reason).slice(0, 40) });
    if (reattached < MAX_REATTACH) {
      reattached += 1;
      attach();
    }
  });

  attach();

  return {
    detach() {
      if (detaching) return;
      detaching = true;
      try {
        if (!contents.isDestroyed() && cdp.isAttached()) cdp.detach();
      } catch (error) {
        log.info('upload.detach-failed', { error: errorName(error) });
      }
    },
  };
}
