/**
 * The run's outputs: bench/results.json, and the results section of bench/README.md between
 * its markers (only for a full run, so the README always shows a complete set of figures).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describeMachine, type MachineInfo } from './machine';
import type { BenchResult } from './measurement';
import { renderMarkdown, tableRows } from './table';

export interface RunReport {
  readonly machine: MachineInfo;
  /** Settings that change what is measured (session count, runs), as used. */
  readonly settings: Readonly<Record<string, number | string>>;
  readonly durationS: number;
  readonly passed: boolean;
  readonly failures: readonly string[];
  readonly results: readonly BenchResult[];
}

export function writeResultsJson(path: string, report: RunReport): void {
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

export const README_START = '<!-- bench:results:start -->';
export const README_END = '<!-- bench:results:end -->';

export function resultsSection(report: RunReport): string {
  const notes = report.results.flatMap((result) => result.notes.map((note) => `- ${result.title}: ${note}`));
  const settings = Object.entries(report.settings)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
  return [
    README_START,
    `Latest full run: ${report.passed ? 'all budgets met' : `**${report.failures.length} budget(s) broken**`}, ` +
      `${(report.durationS / 60).toFixed(1)} minutes in all (${settings}).`,
    '',
    `Machine: ${describeMachine(report.machine)}.`,
    '',
    renderMarkdown(tableRows(report.results)),
    '',
    ...notes,
    README_END,
  ].join('\n');
}

/** Replaces the text between the markers; throws when they are missing, rather than guess where. */
export function replaceResultsSection(readme: string, section: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end === -1 || end < start) throw new Error(`the README has no ${README_START} … ${README_END} section`);
  return readme.slice(0, start) + section + readme.slice(end + README_END.length);
}

export function updateReadme(path: string, report: RunReport): void {
  writeFileSync(path, replaceResultsSection(readFileSync(path, 'utf8'), resultsSection(report)));
}
