/** The results as a table: plain text for the terminal, Markdown for bench/README.md. Pure. */
import { describeBudget, statusOf } from '../budgets';
import type { BenchResult, Unit } from './measurement';

export const TABLE_HEADER = ['Benchmark', 'Measurement', 'Value', 'Budget', 'Result'] as const;
export type TableRow = readonly [string, string, string, string, string];

/** Three significant figures at most below 100, whole numbers with thousands separators above. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const abs = Math.abs(value);
  if (abs >= 100) return Math.round(value).toLocaleString('en-US');
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function formatValue(value: number, unit: Unit): string {
  if (unit === 'times' && Number.isFinite(value)) return Math.round(value).toLocaleString('en-US');
  const number = formatNumber(value);
  if (number === 'n/a') return number;
  return unit === 'x' ? `${number}×` : `${number} ${unit}`;
}

export function tableRows(results: readonly BenchResult[]): TableRow[] {
  const rows: TableRow[] = [];
  for (const result of results) {
    for (const m of result.measurements) {
      const status = statusOf(m);
      rows.push([result.title, m.label, formatValue(m.value, m.unit), m.budget === undefined ? '' : describeBudget(m.budget, m.unit), status === 'info' ? '' : status]);
    }
    if (result.error !== undefined) rows.push([result.title, `did not finish: ${result.error}`, '', '', 'FAIL']);
  }
  return rows;
}

/** Columns padded to their widest cell; text left-aligned, values right-aligned. */
export function renderText(rows: readonly TableRow[]): string {
  const all: readonly (readonly string[])[] = [TABLE_HEADER, ...rows];
  const widths = TABLE_HEADER.map((_, column) => Math.max(...all.map((row) => [...(row[column] ?? '')].length)));
  const rightAligned = new Set([2]);
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return rightAligned.has(column) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(TABLE_HEADER), rule, ...rows.map(line)].join('\n');
}

function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderMarkdown(rows: readonly TableRow[]): string {
  const line = (row: readonly string[]): string => `| ${row.map(markdownCell).join(' | ')} |`;
  return [line(TABLE_HEADER), '| --- | --- | ---: | --- | --- |', ...rows.map(line)].join('\n');
}
