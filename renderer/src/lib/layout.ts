import type { ContentLayout } from '../../../shared/bridge';

type Bounds = ContentLayout['bounds'];

/** The bridge refuses coordinates outside this range (see ContentLayoutSchema). */
const MAX_COORDINATE = 20000;

const clamp = (value: number): number => Math.min(MAX_COORDINATE, Math.max(0, Math.round(value)));

/** The edges of an element, as DOMRect gives them. */
export type Edges = Pick<DOMRectReadOnly, 'left' | 'top' | 'right' | 'bottom'>;

/**
 * Turns a fractional DOM rect into the integer bounds the host needs. Edges are rounded (not
 * x and width separately) so the content view lines up with the slot's real edges without a
 * gap or an overlap of the toolbar; anything off-screen or absurd is clamped to what the
 * bridge accepts.
 */
export function toContentBounds(rect: Edges): Bounds {
  const left = clamp(rect.left);
  const top = clamp(rect.top);
  const right = clamp(rect.right);
  const bottom = clamp(rect.bottom);
  return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

export const ZERO_BOUNDS: Bounds = { x: 0, y: 0, width: 0, height: 0 };

/** True when both layouts would place the content view identically (no need to tell the host). */
export function sameLayout(a: ContentLayout | null, b: ContentLayout): boolean {
  if (a === null) return false;
  return (
    a.visible === b.visible &&
    a.bounds.x === b.bounds.x &&
    a.bounds.y === b.bounds.y &&
    a.bounds.width === b.bounds.width &&
    a.bounds.height === b.bounds.height
  );
}
