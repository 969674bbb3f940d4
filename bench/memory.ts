/**
 * Benchmark 3: memory over many clients. 1,000 consecutive client sessions (BENCH_SESSIONS to
 * change), each visiting the two fixture services (Kela, then Tunnistus) through the core and
 * ending with the wipe and its verification. Resident memory of the host (this Node process:
 * kiosk core, UI server, Playwright's driver) plus the browser (the Chromium process tree) is
 * sampled after session 100 and every 100 sessions after it; the budget holds the growth from
 * session 100 to the last session under 10 %.
 *
 * Before each sample both sides collect garbage (Node's gc, and CDP HeapProfiler.collectGarbage
 * on the UI page), so the samples compare what is retained, not when a collector last ran.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { BUDGETS } from './budgets';
import type { Kiosk } from './lib/browser';
import { beginSession, endSession, FIXTURE_SERVICES, visitService } from './lib/kiosk-session';
import type { BenchOutcome } from './lib/measurement';
import { browserTreeMemory } from './lib/proc-memory';
import { growthPercent, median } from './lib/stats';

export interface MemorySample {
  readonly session: number;
  readonly elapsedS: number;
  readonly hostBytes: number;
  /** The host's JavaScript heap in use after the collection: retention shows here before RSS. */
  readonly hostHeapBytes: number;
  readonly browserBytes: number;
  readonly browserProcesses: number;
  /** Entries of the browser host's in-memory log (a test aid Electron does not have). */
  readonly logEntries: number;
  /** Entries that log dropped to stay within its size. */
  readonly logDropped: number;
}

/** The sessions after which memory is sampled: the baseline (100, or a tenth of a short run), every 100, the last. */
export function sampleSessions(sessions: number, every = 100): number[] {
  if (!Number.isInteger(sessions) || sessions < 2) throw new Error('the memory benchmark needs at least 2 sessions');
  const baseline = Math.min(every, Math.max(1, Math.floor(sessions / 10)));
  const points = new Set<number>([baseline, sessions]);
  for (let s = every; s < sessions; s += every) if (s > baseline) points.add(s);
  return [...points].sort((a, b) => a - b);
}

function nodeGc(): () => void {
  // --expose-gc cannot be passed through tsx's command line portably; this turns it on at run time.
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  if (typeof gc !== 'function') return () => undefined;
  return () => (gc as () => void)();
}

const MB = 1e6;
const mb = (bytes: number): string => `${(bytes / MB).toFixed(0)} MB`;

export async function runMemoryBench(kiosk: Kiosk, sessions: number, progress: (line: string) => void): Promise<BenchOutcome> {
  const { page } = kiosk;
  const core = kiosk.host.core;
  const gc = nodeGc();
  const cdp = await kiosk.context.newCDPSession(page);
  const points = new Set(sampleSessions(sessions));
  const samples: MemorySample[] = [];
  const sessionMs: number[] = [];
  let retried = 0;
  const retryReasons: string[] = [];
  const started = performance.now();

  async function sample(session: number): Promise<MemorySample> {
    await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
    gc();
    // Let freed pages go back to the system before reading RSS.
    await new Promise((resolve) => setTimeout(resolve, 250));
    const browser = browserTreeMemory();
    const memory = process.memoryUsage();
    return {
      session,
      elapsedS: (performance.now() - started) / 1000,
      hostBytes: memory.rss,
      hostHeapBytes: memory.heapUsed,
      browserBytes: browser.bytes,
      browserProcesses: browser.processes,
      logEntries: kiosk.host.log.entries.length,
      logDropped: kiosk.host.log.dropped,
    };
  }

  try {
    for (let session = 1; session <= sessions; session++) {
      const begun = performance.now();
      try {
        await beginSession(core);
        for (const service of FIXTURE_SERVICES) {
          retried += await visitService(core, page, service, (reason) => {
            retryReasons.push(`session ${session}: ${reason}`);
            progress(`memory: session ${session} retried a load: ${reason}`);
          });
        }
        await endSession(core);
      } catch (error) {
        throw new Error(`session ${session}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      sessionMs.push(performance.now() - begun);
      if (points.has(session)) {
        const s = await sample(session);
        samples.push(s);
        progress(`memory: ${session}/${sessions} sessions, ${s.elapsedS.toFixed(0)} s, host ${mb(s.hostBytes)}, browser ${mb(s.browserBytes)} in ${s.browserProcesses} processes`);
      }
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }

  const first = samples[0];
  const last = samples.at(-1);
  if (first === undefined || last === undefined || first === last) throw new Error('fewer than two memory samples');
  const total = (s: MemorySample): number => s.hostBytes + s.browserBytes;
  const growth = growthPercent(total(first), total(last));
  const durationS = (performance.now() - started) / 1000;
  return {
    measurements: [
      { key: 'memory.growth', label: `growth, session ${first.session} → ${last.session}`, value: growth, unit: '%', budget: BUDGETS.memoryGrowthPercent },
      { key: 'memory.atBaseline', label: `host + browser after session ${first.session}`, value: total(first) / MB, unit: 'MB' },
      { key: 'memory.atEnd', label: `host + browser after session ${last.session}`, value: total(last) / MB, unit: 'MB' },
      { key: 'memory.hostGrowth', label: 'host alone, growth', value: growthPercent(first.hostBytes, last.hostBytes), unit: '%' },
      { key: 'memory.browserGrowth', label: 'browser alone, growth', value: growthPercent(first.browserBytes, last.browserBytes), unit: '%' },
      {
        key: 'memory.hostHeapPerSession',
        label: 'host JS heap retained per session',
        value: (last.hostHeapBytes - first.hostHeapBytes) / (last.session - first.session) / 1000,
        unit: 'kB',
      },
      { key: 'memory.sessionMedian', label: 'one session (2 services + wipe), median', value: median(sessionMs), unit: 'ms' },
      { key: 'memory.duration', label: `${sessions} sessions took`, value: durationS, unit: 's' },
      { key: 'memory.retriedLoads', label: 'service loads retried (not loaded in 20 s)', value: retried, unit: 'times' },
    ],
    notes: [
      `${sessions} sessions, each Kela then Tunnistus through the core, then End, wipe and verify; RSS of this Node process ` +
        '(host, UI server, Playwright) plus VmRSS summed over the Chromium process tree, after a garbage collection on both sides. ' +
        `The browser host also keeps its log in memory (${last.logEntries} entries at the end, at most ${kiosk.host.log.maxEntries}, ` +
        `${last.logDropped} dropped), which Electron does not.`,
      kiosk.playwrightRetentionLimit === null
        ? 'Playwright keeps its own mirror of every request, route, response and frame of the UI page up to 10,000 of each kind ' +
          '(this Playwright has no hook to lower that): the host figure includes them, see bench/README.md.'
        : `Playwright's mirrors of the UI page's requests, routes, responses and frames are held to ${kiosk.playwrightRetentionLimit} ` +
          'of each kind, as in the preview (e2e/browser-host/playwright-retention.ts); Electron has no Playwright.',
    ],
    details: { samples, retriedLoads: retried, retryReasons, sessionMsSummary: { median: median(sessionMs), max: Math.max(...sessionMs) }, durationS },
  };
}
