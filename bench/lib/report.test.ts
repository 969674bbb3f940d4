import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../budgets';
import type { MachineInfo } from './machine';
import { README_END, README_START, replaceResultsSection, resultsSection, type RunReport } from './report';

const machine: MachineInfo = {
  os: 'Linux 6.1',
  arch: 'x64',
  cpuModel: 'Test CPU',
  cpuCount: 2,
  totalMemoryBytes: 8 * 2 ** 30,
  node: 'v20.20.2',
  chromium: '156.0.8078.114',
  date: '2026-01-02T03:04:05.000Z',
  loadAverage: 0.5,
};

const report: RunReport = {
  machine,
  settings: { sessions: 1000 },
  durationS: 600,
  passed: false,
  failures: ['turnover: median = 620 ms, budget ≤ 500 ms'],
  results: [
    {
      id: 'turnover',
      title: '1 Turnover',
      durationMs: 1,
      measurements: [{ key: 'turnover.median', label: 'median', value: 620, unit: 'ms', budget: BUDGETS.turnoverMedianMs }],
      notes: ['how it was measured'],
    },
  ],
};

describe('the README results section', () => {
  it('states the outcome, the machine, the table and the notes between the markers', () => {
    const section = resultsSection(report);
    expect(section.startsWith(README_START)).toBe(true);
    expect(section.endsWith(README_END)).toBe(true);
    expect(section).toContain('**1 budget(s) broken**, 10.0 minutes in all (sessions=1000)');
    expect(section).toContain('Machine: Linux 6.1 (x64), 2 × Test CPU, 8.0 GiB RAM, Node v20.20.2, Chromium 156.0.8078.114');
    expect(section).toContain('| 1 Turnover | median | 620 ms | ≤ 500 ms | FAIL |');
    expect(section).toContain('- 1 Turnover: how it was measured');
  });

  it('replaces only what is between the markers', () => {
    const readme = `# Title\n\nintro\n${README_START}\nold\n${README_END}\n\nafter\n`;
    expect(replaceResultsSection(readme, `${README_START}\nnew\n${README_END}`)).toBe(`# Title\n\nintro\n${README_START}\nnew\n${README_END}\n\nafter\n`);
  });

  it('refuses a README without the markers', () => {
    expect(() => replaceResultsSection('# Title\n', 'x')).toThrow(/section/);
  });
});
