/**
 * The browser host's page script, served as /__host/bridge.js and run before the UI's own
 * script. It implements `window.kiosk` (shared/bridge.ts's KioskApi) over HTTP: commands are
 * POSTs carrying this start's token, events arrive by Server-Sent Events. It also owns the
 * content iframe, driven by the host's `content` events, and locks the UI's keys and drops.
 */
import { COMMAND_NAMES, type KioskApi, type Snapshot } from '../../../shared/bridge';
import { HOST_PATHS, PAGE_LOAD_PARAM, TOKEN_HEADER, TOKEN_META, type ContentFrameState } from '../host-messages';
import { createContentFrameController } from './content-frame';
import { installInputGuard } from './input-guard';

installInputGuard(window);

const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? '';
/** New at every load of the UI page: the host tells a reloaded page from a reconnecting one. */
const pageLoad = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

async function post(path: string, payload: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify(payload ?? {}),
    cache: 'no-store',
    credentials: 'same-origin',
  });
  if (response.status === 204) return undefined;
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: string };
  if (!body.ok) throw new Error(body.error ?? `the host answered ${response.status}`);
  return body.value;
}

const snapshotListeners = new Set<(snapshot: Snapshot) => void>();
const contentFrame = createContentFrameController(document);
let pendingContent: ContentFrameState | null = null;

function applyContent(state: ContentFrameState): void {
  // The host may speak before the parser has reached <body>.
  if (document.body === null) {
    pendingContent = state;
    return;
  }
  contentFrame.apply(state);
}

document.addEventListener('DOMContentLoaded', () => {
  if (pendingContent !== null) contentFrame.apply(pendingContent);
  pendingContent = null;
});

const events = new EventSource(`${HOST_PATHS.events}?token=${encodeURIComponent(token)}&${PAGE_LOAD_PARAM}=${pageLoad}`);
events.addEventListener('snapshot', (event) => {
  const snapshot = JSON.parse((event as MessageEvent<string>).data) as Snapshot;
  for (const listener of snapshotListeners) listener(snapshot);
});
events.addEventListener('content', (event) => {
  applyContent(JSON.parse((event as MessageEvent<string>).data) as ContentFrameState);
});

// Chromium enforces the UI document's frame-src on every hop of the content iframe's
// navigations (redirects included, which Playwright's routing cannot see); tell the host.
document.addEventListener('securitypolicyviolation', (event) => {
  if (event.effectiveDirective !== 'frame-src' && !event.violatedDirective.startsWith('frame-src')) return;
  void post(HOST_PATHS.frameBlocked, { blockedUri: event.blockedURI }).catch(() => undefined);
});

const commands = Object.fromEntries(
  COMMAND_NAMES.map((name) => [name, (payload: unknown) => post(`${HOST_PATHS.commandPrefix}${name}`, payload)]),
);

const api = Object.freeze({
  ...commands,
  onSnapshot(listener: (snapshot: Snapshot) => void) {
    snapshotListeners.add(listener);
    return () => {
      snapshotListeners.delete(listener);
    };
  },
}) as unknown as KioskApi; // the map above has one function per command name, as KioskApi requires

Object.defineProperty(window, 'kiosk', { value: api, enumerable: true, configurable: false, writable: false });
