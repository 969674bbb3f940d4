/**
 * The ports a host (Electron shell, or the browser host) implements for the kiosk core.
 * Nothing here imports Electron or Playwright: adapters live in electron/shell/ and
 * e2e/browser-host/.
 */
import type { ContentLayout } from '../../shared/bridge';

/**
 * The content surface: the untrusted view that shows third-party e-services.
 * One client session = one `open()` … `close()`; every `open()` starts from a fresh,
 * in-memory storage partition.
 */
export interface ContentSurface {
  /** Create the view for a new client session, with a fresh partition. */
  open(): Promise<void>;
  /** Load an allowlisted URL (the core has already checked it against the policy). */
  load(url: string): void;
  goBack(): void;
  goForward(): void;
  reload(): void;
  /** Show nothing (the home tiles are up); keeps the view and its history. */
  clear(): void;
  setLayout(layout: ContentLayout): void;
  /**
   * The client's text size, contrast and spacing for third-party pages: a zoom factor and CSS
   * to inject. Applied now and to every page loaded until the next call or close().
   */
  setAdjustments(adjustments: ContentAdjustments): void;
  /**
   * Visit a service's logout address, out of sight, before the wipe, so the service's own
   * session ends on its server too. Resolves when the page loaded or failed; the core bounds the wait.
   */
  logout(url: string): Promise<void>;
  /** Stop and destroy the view. Safe to call when nothing is open. */
  close(): Promise<void>;
}

/** An e-service opened a file chooser; the host intercepted it (no OS dialog) and waits for the answer. */
export interface FileChooserRequest {
  readonly multiple: boolean;
  /** Hands these files to the page; an empty list cancels the chooser. */
  answer(paths: readonly string[]): Promise<void>;
}

/** The configured printer (config printer): the page shown, or the document in the viewer. */
export interface PrinterPort {
  print(target: 'page' | 'document'): Promise<void>;
}

/** Relaunching the app at a welcome-screen boundary (Electron never frees a session partition's memory). */
export interface RelaunchPort {
  /** Resident memory of the app, all its processes, in MB. */
  memoryMb(): number;
  relaunch(): void;
}

export interface ContentAdjustments {
  readonly zoom: number;
  /** CSS injected into every page of the content; '' for none. */
  readonly css: string;
}

/** What a wipe or a verification found. Findings name hosts at most, never URLs. */
export interface WipeReport {
  readonly clean: boolean;
  readonly findings: readonly string[];
}

/** What the wiper needs to know about the session it clears: origins, never paths. */
export interface WipeScope {
  readonly origins: readonly string[];
}

/** Clears everything a client session left behind, then proves it. */
export interface SessionWiper {
  wipe(scope: WipeScope): Promise<WipeReport>;
  verify(scope: WipeScope): Promise<WipeReport>;
}

/** Structured log without personal data: events are codes, details are hosts or counts. */
export interface KioskLog {
  info(event: string, detail?: Readonly<Record<string, string | number | boolean>>): void;
  warn(event: string, detail?: Readonly<Record<string, string | number | boolean>>): void;
}
