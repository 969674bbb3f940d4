/**
 * What the content surface tells the kiosk core. The surface is built before the core (the core
 * needs it), so the host hands the surface a relay and attaches the core to it afterwards.
 */
import type { NavigationPolicy } from '../../shared/policy/navigation';
import type { FileChooserRequest } from '../services/ports';
import type { DownloadEvents } from './downloads';

export interface ContentEvents extends DownloadEvents {
  policy(): NavigationPolicy;
  contentNavigated(info: { url: string; canGoBack: boolean; canGoForward: boolean }): void;
  contentLoading(loading: boolean): void;
  navigationBlocked(url: string, reason: string): void;
  contentCrashed(): void;
  activity(): void;
  fileChooserOpened(request: FileChooserRequest): void;
}

export interface ContentEventsRelay extends ContentEvents {
  attach(target: ContentEvents): void;
}

/** Until nothing is attached the allowlist is empty, so every navigation is refused. */
const NOTHING_ALLOWED: NavigationPolicy = Object.freeze({ allowedHosts: Object.freeze([]) });

export function createContentEventsRelay(): ContentEventsRelay {
  let target: ContentEvents | null = null;
  return {
    attach(next) {
      target = next;
    },
    policy: () => (target ? target.policy() : NOTHING_ALLOWED),
    contentNavigated: (info) => target?.contentNavigated(info),
    contentLoading: (loading) => target?.contentLoading(loading),
    navigationBlocked: (url, reason) => target?.navigationBlocked(url, reason),
    contentCrashed: () => target?.contentCrashed(),
    activity: () => target?.activity(),
    // Without a core there is no session folder: refused, and a finished file is not kept.
    downloadRequested: (info) => (target ? target.downloadRequested(info) : null),
    downloadFinished: (info) => (target ? target.downloadFinished(info) : Promise.resolve()),
    fileChooserOpened: (request) => {
      if (target) target.fileChooserOpened(request);
      else request.answer([]).catch(() => undefined);
    },
  };
}
