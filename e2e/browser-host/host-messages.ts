/**
 * What the browser host's UI server and its injected page script say to each other besides
 * the bridge itself. Host-internal: none of this is part of shared/bridge.ts, and the renderer
 * never sees these types (the page script is bundled on its own, outside the renderer build).
 */
import type { Snapshot } from '../../shared/bridge';

export const HOST_PATHS = {
  pageScript: '/__host/bridge.js',
  events: '/__host/events',
  commandPrefix: '/__host/cmd/',
  /** The page script reports here when the UI document's CSP refused a content-frame navigation. */
  frameBlocked: '/__host/internal/frame-blocked',
} as const;

/** Query parameter of the events stream: an id the page script draws at every load of the UI page. */
export const PAGE_LOAD_PARAM = 'load';

/** The per-start secret, sent by the page script with every command. */
export const TOKEN_HEADER = 'x-kiosk-token';
/** Name of the `<meta>` the server injects into index.html to hand the token to the page script. */
export const TOKEN_META = 'kiosk-host-token';

/** `name` of the iframe that stands in for Electron's content view. */
export const CONTENT_FRAME_NAME = 'kiosk-content';
/** `name` of the short-lived iframe the wiper uses to read an origin's storage back. */
export const PROBE_FRAME_NAME = 'kiosk-probe';
/** Path the probe iframe loads; the browser host answers it itself, it never reaches the network. */
export const PROBE_PATH = '/__vierella_probe__';

export interface FrameBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The whole desired state of the content iframe; the page script reconciles the DOM to it. */
export interface ContentFrameState {
  /** Bumped by every open(): a new generation means a brand-new iframe. */
  readonly generation: number;
  readonly open: boolean;
  readonly bounds: FrameBounds;
  readonly visible: boolean;
  /** The last navigation the host asked for; the page script applies each `seq` once. */
  readonly navigation: { readonly seq: number; readonly url: string } | null;
  /**
   * The iframe's `allow` attribute: the permission grants of the configuration (camera for a
   * named host, say). Electron's content view is a top-level page and needs no delegation.
   */
  readonly allow: string;
}

export type HostMessage =
  | { readonly type: 'snapshot'; readonly snapshot: Snapshot }
  | { readonly type: 'content'; readonly state: ContentFrameState };

export interface FrameBlockedReport {
  /** What the CSP violation names: an origin at most (Chromium strips cross-origin paths). */
  readonly blockedUri: string;
}
