import { describe, expect, it } from 'vitest';
import { ContentLayoutSchema } from '../../../shared/bridge';
import { sameLayout, toContentBounds, ZERO_BOUNDS } from './layout';

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('toContentBounds', () => {
  it('keeps integer rects as they are', () => {
    expect(toContentBounds(rect(0, 88, 1280, 800))).toEqual({ x: 0, y: 88, width: 1280, height: 712 });
  });

  it('rounds the edges, not the size, so the view meets the toolbar exactly', () => {
    // Toolbar bottom at 88.6: the slot starts at 89 and still ends at the window bottom.
    expect(toContentBounds(rect(0.4, 88.6, 1279.6, 800.2))).toEqual({ x: 0, y: 89, width: 1280, height: 711 });
  });

  it('clamps negative and huge coordinates into what the bridge accepts', () => {
    const bounds = toContentBounds(rect(-20, -5.5, 30000, 25000));
    expect(bounds).toEqual({ x: 0, y: 0, width: 20000, height: 20000 });
    expect(ContentLayoutSchema.safeParse({ bounds, visible: true }).success).toBe(true);
  });

  it('never reports a negative size', () => {
    expect(toContentBounds(rect(100, 100, 50, 40))).toEqual({ x: 100, y: 100, width: 0, height: 0 });
  });

  it('produces bounds the bridge schema accepts for fractional input', () => {
    const bounds = toContentBounds(rect(12.25, 140.75, 1003.5, 799.49));
    expect(Number.isInteger(bounds.x) && Number.isInteger(bounds.width)).toBe(true);
    expect(ContentLayoutSchema.safeParse({ bounds, visible: false }).success).toBe(true);
  });
});

describe('sameLayout', () => {
  const layout = { bounds: { x: 0, y: 80, width: 1280, height: 720 }, visible: true };

  it('is false when nothing was sent yet', () => {
    expect(sameLayout(null, layout)).toBe(false);
  });

  it('is true for equal layouts', () => {
    expect(sameLayout(layout, { bounds: { ...layout.bounds }, visible: true })).toBe(true);
  });

  it('notices a change of visibility or of any edge', () => {
    expect(sameLayout(layout, { ...layout, visible: false })).toBe(false);
    expect(sameLayout(layout, { ...layout, bounds: { ...layout.bounds, y: 81 } })).toBe(false);
    expect(sameLayout(layout, { ...layout, bounds: { ...layout.bounds, height: 700 } })).toBe(false);
    expect(sameLayout(layout, { ...layout, bounds: ZERO_BOUNDS })).toBe(false);
  });
});
