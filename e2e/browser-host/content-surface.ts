/**
 * The browser host's ContentSurface: an iframe in the UI page stands in for Electron's content
 * WebContentsView. The surface keeps the iframe's desired state and publishes it to the page
 * script (which creates, moves, hides and navigates the iframe); Playwright confirms removal
 * through a driver bound at attach time. Back/forward come from the surface's own in-memory
 * history of the session, never from the iframe's (which it shares with the UI page).
 */
import type { ContentLayout } from '../../shared/bridge';
import type { ContentAdjustments, ContentSurface } from '../../electron/services/ports';
import { SessionHistory } from './history';
import type { ContentFrameState, FrameBounds } from './host-messages';

/** What only Playwright can do for the surface: make sure the iframe is really gone. */
export interface ContentFrameDriver {
  removeContentFrame(): Promise<void>;
  /** Applies text size, contrast and spacing to the document now in the content frame. */
  adjustContentFrame(adjustments: ContentAdjustments): Promise<void>;
  /** Resolves once the content frame has loaded this URL (or gave up on it). */
  waitForContentLoad(url: string): Promise<void>;
}

const NO_BOUNDS: FrameBounds = { x: 0, y: 0, width: 0, height: 0 };

/**
 * A page refused again this soon after it was shown again is leaving on its own (a meta refresh
 * or a script redirect): showing it once more would only loop. Electron keeps such a page on
 * screen, as it never reloads it; the browser host shows nothing instead.
 */
export const RESTORE_LOOP_MS = 2000;

export interface SurfaceOptions {
  /** Milliseconds clock, for telling a redirect loop from two refusals of the client's. */
  readonly now?: () => number;
  /** The content iframe's `allow` attribute (see ContentFrameState.allow). */
  readonly frameAllow?: string;
}

/** What restore() did: showed the current page again, or nothing (see RESTORE_LOOP_MS). */
export type RestoreOutcome = 'restored' | 'blank';

export class BrowserHostSurface implements ContentSurface {
  private readonly history = new SessionHistory();
  private readonly listeners = new Set<(state: ContentFrameState) => void>();
  private driver: ContentFrameDriver | null = null;
  private layoutVisible = false;
  /** True while the home tiles are up (or nothing was loaded yet): the iframe is hidden. */
  private cleared = true;
  private seq = 0;
  private adjustments: ContentAdjustments = { zoom: 1, css: '' };
  private current: ContentFrameState;
  private readonly now: () => number;
  private lastRestoreAt = Number.NEGATIVE_INFINITY;

  constructor(options: SurfaceOptions = {}) {
    this.now = options.now ?? (() => Date.now());
    this.current = { generation: 0, open: false, bounds: NO_BOUNDS, visible: false, navigation: null, allow: options.frameAllow ?? '' };
  }

  get state(): ContentFrameState {
    return this.current;
  }

  get isOpen(): boolean {
    return this.current.open;
  }

  /** Calls `listener` with the current state now and with every change. */
  onState(listener: (state: ContentFrameState) => void): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** What every page of the content gets once loaded (the attach code applies it per page). */
  get contentAdjustments(): ContentAdjustments {
    return this.adjustments;
  }

  setAdjustments(adjustments: ContentAdjustments): void {
    this.adjustments = adjustments;
    if (this.current.open) void this.driver?.adjustContentFrame(adjustments);
  }

  bindDriver(driver: ContentFrameDriver | null): void {
    this.driver = driver;
  }

  async open(): Promise<void> {
    this.history.clear();
    this.cleared = true;
    this.lastRestoreAt = Number.NEGATIVE_INFINITY;
    this.update({ generation: this.current.generation + 1, open: true, navigation: null });
  }

  load(url: string): void {
    if (!this.current.open) return;
    this.history.startNew();
    this.navigate(url);
  }

  goBack(): void {
    const url = this.history.back();
    if (url !== null) this.navigate(url);
  }

  goForward(): void {
    const url = this.history.forward();
    if (url !== null) this.navigate(url);
  }

  reload(): void {
    const url = this.history.reload();
    if (url !== null) this.navigate(url);
  }

  clear(): void {
    this.cleared = true;
    this.update({});
  }

  setLayout(layout: ContentLayout): void {
    this.layoutVisible = layout.visible;
    this.update({ bounds: { ...layout.bounds } });
  }

  /**
   * The logout page in the (hidden) iframe; the driver waits until it committed or failed. The
   * core bounds the wait.
   */
  async logout(url: string): Promise<void> {
    if (!this.current.open) return;
    this.cleared = true;
    this.seq += 1;
    this.update({ navigation: { seq: this.seq, url } });
    await this.driver?.waitForContentLoad(url);
  }

  async close(): Promise<void> {
    this.history.clear();
    this.cleared = true;
    this.update({ open: false, navigation: null });
    await this.driver?.removeContentFrame();
  }

  /** A main-frame navigation of the content committed; returns what the core wants to know. */
  committed(url: string): { canGoBack: boolean; canGoForward: boolean } {
    this.history.committed(url);
    return { canGoBack: this.history.canGoBack, canGoForward: this.history.canGoForward };
  }

  /**
   * After a refused navigation Chromium leaves an error page in the iframe; Electron would have
   * stayed on the page. Show the current entry again (or nothing if there is none).
   */
  restore(): RestoreOutcome {
    if (!this.current.open) return 'blank';
    const at = this.now();
    const looping = at - this.lastRestoreAt < RESTORE_LOOP_MS;
    this.lastRestoreAt = at;
    const url = looping ? null : this.history.reload();
    this.navigate(url ?? 'about:blank');
    return url === null ? 'blank' : 'restored';
  }

  /**
   * The UI page was loaded again (a reload, or a recovery): its new iframe starts empty, so show
   * the session's current page in it, as it was (hidden if the home tiles are up).
   */
  resume(): void {
    if (!this.current.open) return;
    const url = this.history.reload();
    // Nothing committed yet: the last navigation asked for is still the one to show.
    if (url === null) return;
    this.seq += 1;
    this.update({ navigation: { seq: this.seq, url } });
  }

  private navigate(url: string): void {
    this.cleared = false;
    this.seq += 1;
    this.update({ navigation: { seq: this.seq, url } });
  }

  private update(change: Partial<ContentFrameState>): void {
    const next = { ...this.current, ...change };
    this.current = { ...next, visible: next.open && this.layoutVisible && !this.cleared };
    for (const listener of this.listeners) listener(this.current);
  }
}
