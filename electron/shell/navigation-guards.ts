/**
 * Navigation guards. Every hook of the content view asks the one pure policy function,
 * `decideNavigation` (shared/policy/navigation.ts), so the rules cannot drift apart; the UI view
 * may only ever show app://kiosk.
 */
import { decideNavigation, describeHost, type NavigationPolicy } from '../../shared/policy/navigation';
import type { KioskLog } from '../services/ports';
import { isAppUrl } from './app-protocol';
import type { NavigationDetails, SessionLike, WebContentsLike } from './electron-like';

export interface ContentGuardDeps {
  /** The allowlist in force now (the core's). */
  readonly policy: () => NavigationPolicy;
  /** A main-frame navigation of the content was refused: the client gets the notice. */
  readonly onBlocked: (url: string, reason: string) => void;
  readonly log: KioskLog;
  /** Milliseconds clock, for collapsing one refusal reported by several hooks. */
  readonly now?: () => number;
}

type GuardedContents = Pick<WebContentsLike, 'on' | 'setWindowOpenHandler'>;

/** Several hooks (will-frame-navigate, will-navigate, webRequest) can see the same refusal. */
const DUPLICATE_WINDOW_MS = 1000;

/** Main-frame refusals reach the core once, even when two hooks refuse the same navigation. */
function blockedReporter(deps: ContentGuardDeps): (url: string, reason: string) => void {
  const now = deps.now ?? (() => Date.now());
  let last: { url: string; at: number } | null = null;
  return (url, reason) => {
    const at = now();
    if (last !== null && last.url === url && at - last.at < DUPLICATE_WINDOW_MS) return;
    last = { url, at };
    deps.onBlocked(url, reason);
  };
}

function refuseSubframe(deps: ContentGuardDeps, url: string, reason: string): void {
  deps.log.info('navigation.subframe-refused', { host: describeHost(url) ?? '(none)', reason });
}

/**
 * Guards the content view's webContents and its partition session: will-navigate,
 * will-frame-navigate (all frames), will-redirect, window.open (always denied; an allowed URL
 * opens in the same view), <webview> (never), and frame requests at the network layer.
 * `load` loads a URL into the same content view (window.open's replacement).
 */
export function guardContent(
  contents: GuardedContents,
  session: Pick<SessionLike, 'webRequest'>,
  load: (url: string) => void,
  deps: ContentGuardDeps,
): void {
  const reportBlocked = blockedReporter(deps);

  const guard = (details: NavigationDetails) => {
    const decision = decideNavigation(details.url, deps.policy());
    if (decision.allowed) return;
    details.preventDefault();
    if (details.isMainFrame) reportBlocked(details.url, decision.reason);
    else refuseSubframe(deps, details.url, decision.reason);
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);

  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideNavigation(url, deps.policy());
    if (decision.allowed) {
      // After the handler has returned: Electron is still inside the window-open call.
      queueMicrotask(() => load(url));
    } else if (url !== '' && url !== 'about:blank') {
      // Scripts often open about:blank and write to it; that is no destination worth a notice.
      reportBlocked(url, decision.reason);
    }
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => event.preventDefault());

  // Network layer, in case a navigation slips past the webContents events (history, main-process loads).
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'], types: ['mainFrame', 'subFrame'] }, (details, callback) => {
    const isMainFrame = details.resourceType === 'mainFrame';
    if (!isMainFrame && details.resourceType !== 'subFrame') {
      callback({});
      return;
    }
    const decision = decideNavigation(details.url, deps.policy());
    if (decision.allowed) {
      callback({});
      return;
    }
    if (isMainFrame) reportBlocked(details.url, decision.reason);
    else refuseSubframe(deps, details.url, decision.reason);
    callback({ cancel: true });
  });
}

/** The UI view shows app://kiosk and nothing else: no navigation away, no windows, no <webview>. */
export function guardUi(contents: GuardedContents, log: KioskLog): void {
  const keepInApp = (details: NavigationDetails) => {
    if (isAppUrl(details.url)) return;
    details.preventDefault();
    log.warn('ui.navigation-refused', { host: describeHost(details.url) ?? '(none)' });
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-frame-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * For every webContents Electron creates (app 'web-contents-created'), before the view-specific
 * guards: no popup windows and no <webview>, whatever it is. The views' own handlers replace the
 * window-open handler afterwards with one that is just as strict.
 */
export function hardenWebContents(contents: GuardedContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
