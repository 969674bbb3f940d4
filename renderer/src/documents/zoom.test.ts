import { describe, expect, it } from 'vitest';
import { TEXT_SCALES } from '../../../shared/content/accessibility';
import { fitShare, initialZoom, largerZoom, MAX_DOCUMENT_PIXELS, MAX_PAGE_PIXELS, pageRenderScale, smallerZoom, VIEWER_ZOOMS } from './zoom';

const A4 = { width: 595, height: 842 };

describe('the document viewer’s zoom', () => {
  it('opens at the client’s text size', () => {
    expect(TEXT_SCALES.map(initialZoom)).toEqual([1, 1.25, 1.5, 1.75, 2]);
  });

  it('steps up and down through every size and stops at the ends', () => {
    const up: number[] = [1];
    for (let z = largerZoom(1); z !== null; z = largerZoom(z)) up.push(z);
    expect(up).toEqual([...VIEWER_ZOOMS]);
    const down: number[] = [3];
    for (let z = smallerZoom(3); z !== null; z = smallerZoom(z)) down.push(z);
    expect(down).toEqual([...VIEWER_ZOOMS].reverse());
  });

  it('draws an A4 page sharp at its CSS width times the device pixels', () => {
    // Fitted to 1000 CSS px.
    expect(pageRenderScale(A4, 1, 1) * A4.width).toBeCloseTo(1000);
    expect(pageRenderScale(A4, 1.5, 1) * A4.width).toBeCloseTo(1500);
    // A narrow page (a receipt) is shown, and drawn, at the fitted width too.
    expect(pageRenderScale({ width: 200, height: 600 }, 1, 1) * 200).toBeCloseTo(1000);
    expect(pageRenderScale(A4, 1.25, 1) * A4.width).toBeCloseTo(1250);
    expect(pageRenderScale(A4, 1, 0)).toBe(pageRenderScale(A4, 1, 1));
  });

  it('bounds a page’s canvas to MAX_PAGE_PIXELS at large sizes on dense screens', () => {
    const scale = pageRenderScale(A4, 3, 2);
    expect(scale * A4.width * scale * A4.height).toBeLessThanOrEqual(MAX_PAGE_PIXELS + 1);
    expect(scale).toBeGreaterThan(pageRenderScale(A4, 1, 1));
  });

  it('shares MAX_DOCUMENT_PIXELS between the pages of a long document', () => {
    const scale = pageRenderScale(A4, 1, 1, 50);
    expect(50 * scale * A4.width * scale * A4.height).toBeLessThanOrEqual(MAX_DOCUMENT_PIXELS + 50);
    // A short one is not affected.
    expect(pageRenderScale(A4, 1, 1, 3)).toBe(pageRenderScale(A4, 1, 1));
  });

  it('keeps a small picture at its own size and fits a large one', () => {
    expect(fitShare(400)).toBe(0.4);
    expect(fitShare(4000)).toBe(1);
    expect(fitShare(0)).toBe(1);
  });
});
