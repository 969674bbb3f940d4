/**
 * The document viewer's size steps. A PDF is drawn as pictures of its pages, so the kiosk's
 * text-size setting cannot enlarge it: the viewer starts at the client's text size and has its
 * own Smaller/Larger buttons. Pure functions; the viewer holds the state.
 */
import type { CSSProperties } from 'react';
import type { TextScale } from '../../../shared/content/accessibility';

export const VIEWER_ZOOMS = [1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;
export type ViewerZoom = (typeof VIEWER_ZOOMS)[number];

/**
 * A drawn page holds at most this many canvas pixels (about 16 MB of memory), and all pages of a
 * document together at most MAX_DOCUMENT_PIXELS (about 160 MB): a 50-page PDF at 300 % would
 * otherwise need gigabytes on an old service-point PC. Beyond them a page is drawn a little
 * softer, never shown smaller.
 */
export const MAX_PAGE_PIXELS = 4_000_000;
export const MAX_DOCUMENT_PIXELS = 40_000_000;

/**
 * The width a page fits at 100 %, in CSS px (or the screen's width, if narrower). In px, not rem:
 * the text size must not enlarge the pages a second time on top of the zoom it starts at.
 */
export const FIT_WIDTH_PX = 1000;

/** The pages' container: documents.css sizes it as min(100 %, --fit) × --zoom. */
export function zoomStyle(zoom: ViewerZoom): CSSProperties {
  return { '--zoom': String(zoom), '--fit': `${FIT_WIDTH_PX}px` } as CSSProperties;
}

/** A picture's width as a share of the fitted width: its own width, or the whole if it is wider. */
export function fitShare(naturalWidth: number): number {
  return naturalWidth > 0 ? Math.min(1, naturalWidth / FIT_WIDTH_PX) : 1;
}

/** The viewer opens at the client's text size: 200 % text, 200 % document. */
export function initialZoom(textScale: TextScale): ViewerZoom {
  return [...VIEWER_ZOOMS].reverse().find((zoom) => zoom <= textScale) ?? 1;
}

export function largerZoom(zoom: ViewerZoom): ViewerZoom | null {
  return VIEWER_ZOOMS[VIEWER_ZOOMS.indexOf(zoom) + 1] ?? null;
}

export function smallerZoom(zoom: ViewerZoom): ViewerZoom | null {
  const index = VIEWER_ZOOMS.indexOf(zoom);
  return index > 0 ? (VIEWER_ZOOMS[index - 1] ?? null) : null;
}

/**
 * The scale at which pdf.js draws a page of `width`×`height` points: every page is shown at the
 * fitted width times the zoom, so it is drawn at that width times the device's pixels (sharp
 * on the widest screen), bounded by MAX_PAGE_PIXELS and the page's share of MAX_DOCUMENT_PIXELS.
 */
export function pageRenderScale(page: { readonly width: number; readonly height: number }, zoom: number, devicePixelRatio: number, pages = 1): number {
  const wanted = (FIT_WIDTH_PX / page.width) * zoom * (devicePixelRatio > 0 ? devicePixelRatio : 1);
  const pixels = Math.min(MAX_PAGE_PIXELS, MAX_DOCUMENT_PIXELS / Math.max(1, pages));
  const bound = Math.sqrt(pixels / (page.width * page.height));
  return Math.min(wanted, bound);
}
