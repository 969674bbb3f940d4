/**
 * Bar scaling of the report's charts, drawn with CSS bars rather than a chart library. Every
 * bar has its number beside it, so the lengths only need to be right relative to each other.
 */
export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Length as a percentage of the chart's width, 0–100. */
  readonly percent: number;
}

/** A non-zero value gets at least this much, so it is visibly different from none. */
export const MIN_VISIBLE_PERCENT = 2;

export function scaleBars(rows: readonly { readonly label: string; readonly value: number }[]): Bar[] {
  const max = rows.reduce((m, row) => Math.max(m, sane(row.value)), 0);
  return rows.map((row) => {
    const value = sane(row.value);
    if (max === 0 || value === 0) return { label: row.label, value, percent: 0 };
    return { label: row.label, value, percent: Math.max(MIN_VISIBLE_PERCENT, Math.round((value / max) * 1000) / 10) };
  });
}

/** A share (0–1) as a whole percentage for the text beside it. */
export function sharePercent(share: number): number {
  if (!Number.isFinite(share) || share <= 0) return 0;
  return Math.round(Math.min(1, share) * 100);
}

function sane(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}
