/**
 * `npm run bench`: the benchmarks of issue 7 with their budgets. Runs the browser benchmarks
 * on the browser host (Debian Chromium, fixture sites on loopback) and the Node ones, prints a
 * table, writes bench/results.json (and, after a full run, the results section of
 * bench/README.md), and exits with 1 when a budget is broken or a benchmark fails.
 *
 * Environment: BENCH_SESSIONS (memory benchmark, default 1000), BENCH_ONLY (comma-separated
 * subset: startup, turnover, ui-latency, memory, policy, statistics).
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { failures } from './budgets';
import { chromiumVersion, openKiosk, startFixtures, type Kiosk } from './lib/browser';
import { machineInfo, describeMachine } from './lib/machine';
import type { BenchId, BenchOutcome, BenchResult } from './lib/measurement';
import { updateReadme, writeResultsJson, type RunReport } from './lib/report';
import { parseSettings, SettingsError, type BenchSettings } from './lib/settings';
import { renderText, tableRows } from './lib/table';
import { runMemoryBench } from './memory';
import { runPolicyBench } from './policy';
import { runStartupBench } from './startup';
import { runStatisticsBench } from './statistics';
import { runTurnoverBench } from './turnover';
import { runUiLatencyBench } from './ui-latency';

const RESULTS_PATH = fileURLToPath(new URL('./results.json', import.meta.url));
const README_PATH = fileURLToPath(new URL('./README.md', import.meta.url));

const TITLES: Record<BenchId, string> = {
  startup: '2 Start-up',
  turnover: '1 Turnover',
  'ui-latency': '6 UI responsiveness',
  memory: '3 Memory over clients',
  policy: '4 Navigation policy',
  statistics: '5 Statistics',
};

const TURNOVER_RUNS = 50;
const STARTUP_RUNS = 5;
const UI_ROUNDS_PER_PATH = 10;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function measure(id: BenchId, run: () => Promise<BenchOutcome> | BenchOutcome): Promise<BenchResult> {
  log(`▶ ${TITLES[id]}`);
  const started = performance.now();
  try {
    const outcome = await run();
    const durationMs = performance.now() - started;
    log(`  done in ${(durationMs / 1000).toFixed(1)} s`);
    return { id, title: TITLES[id], durationMs, ...outcome };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  FAILED: ${message}`);
    return { id, title: TITLES[id], durationMs: performance.now() - started, measurements: [], notes: [], error: message };
  }
}

/** A benchmark on its own fresh browser and host, so none inherits another's state. */
async function withKiosk(spki: string, run: (kiosk: Kiosk) => Promise<BenchOutcome>): Promise<BenchOutcome> {
  const kiosk = await openKiosk(spki);
  try {
    return await run(kiosk);
  } finally {
    await kiosk.close();
  }
}

async function browserBenchmarks(settings: BenchSettings): Promise<BenchResult[]> {
  const wanted = (id: BenchId): boolean => settings.only.includes(id);
  if (!['startup', 'turnover', 'ui-latency', 'memory'].some((id) => wanted(id as BenchId))) return [];
  const results: BenchResult[] = [];
  const fixtures = await startFixtures();
  try {
    const { spki } = fixtures;
    if (wanted('startup')) results.push(await measure('startup', () => runStartupBench(spki, STARTUP_RUNS)));
    if (wanted('turnover')) results.push(await measure('turnover', () => withKiosk(spki, (kiosk) => runTurnoverBench(kiosk, TURNOVER_RUNS))));
    if (wanted('ui-latency')) results.push(await measure('ui-latency', () => withKiosk(spki, (kiosk) => runUiLatencyBench(kiosk, UI_ROUNDS_PER_PATH))));
    if (wanted('memory')) results.push(await measure('memory', () => withKiosk(spki, (kiosk) => runMemoryBench(kiosk, settings.sessions, log))));
  } finally {
    await fixtures.close();
  }
  return results;
}

async function main(): Promise<number> {
  let settings: BenchSettings;
  try {
    settings = parseSettings(process.env);
  } catch (error) {
    if (error instanceof SettingsError) {
      log(error.message);
      return 2;
    }
    throw error;
  }
  const startedAt = new Date();
  const started = performance.now();
  const machine = machineInfo(await chromiumVersion(), startedAt, loadavg()[0] ?? 0);
  log(`Machine: ${describeMachine(machine)}`);

  // Browser first: the Node benchmarks' big allocations must not sit in the host's memory figures.
  const results = await browserBenchmarks(settings);
  if (settings.only.includes('policy')) results.push(await measure('policy', () => runPolicyBench()));
  if (settings.only.includes('statistics')) results.push(await measure('statistics', () => runStatisticsBench()));

  const broken = failures(results);
  const report: RunReport = {
    machine,
    settings: {
      benchmarks: settings.only.join(','),
      sessions: settings.sessions,
      turnoverRuns: TURNOVER_RUNS,
      startupRuns: STARTUP_RUNS,
      uiRoundsPerPath: UI_ROUNDS_PER_PATH,
    },
    durationS: (performance.now() - started) / 1000,
    passed: broken.length === 0,
    failures: broken,
    results,
  };

  console.log(`\n${renderText(tableRows(results))}\n`);
  for (const result of results) for (const note of result.notes) console.log(`- ${result.title}: ${note}`);
  console.log(`\nMachine: ${describeMachine(machine)}`);
  console.log(`Whole run: ${(report.durationS / 60).toFixed(1)} minutes.`);
  writeResultsJson(RESULTS_PATH, report);
  console.log(`Wrote ${RESULTS_PATH}`);
  if (settings.full) {
    updateReadme(README_PATH, report);
    console.log(`Updated the results section of ${README_PATH}`);
  }
  if (broken.length > 0) {
    console.log(`\n${broken.length} budget(s) broken:`);
    for (const line of broken) console.log(`  ${line}`);
    return 1;
  }
  console.log('\nAll budgets met.');
  return 0;
}

process.exitCode = await main();
