/**
 * Benchmark 1: session turnover. From the client's tap on "Yes, end" in the end confirmation to
 * the first frame of the welcome screen ready for the next client (data-phase=welcome and Start
 * enabled), wipe and verification included; measured in the page, median of 50 runs.
 *
 * Each run: a session through the core (start, ethics acknowledged, assessment skipped), the
 * Kela fixture opened and loaded, then End session and its confirmation tapped in the UI.
 */
import { performance } from 'node:perf_hooks';
import type { SessionPhase } from '../shared/bridge';
import { BUDGETS } from './budgets';
import { WELCOME_READY, type Kiosk } from './lib/browser';
import { beginSession, FIXTURE_SERVICES, visitService } from './lib/kiosk-session';
import type { BenchOutcome } from './lib/measurement';
import { byTestId, measureTap, waitForCondition } from './lib/probe';
import { median, summarize } from './lib/stats';

/** Host-side time spent from the confirmation to the core's welcome phase, by phase. */
function recordPhases(kiosk: Kiosk): { stop(): void; take(): Partial<Record<SessionPhase, number>> } {
  let marks: Partial<Record<SessionPhase, number>> = {};
  let last: SessionPhase | null = null;
  const stop = kiosk.host.core.onSnapshot((snapshot) => {
    const phase = snapshot.session.phase;
    if (phase !== last) marks[phase] ??= performance.now();
    last = phase;
  });
  return {
    stop,
    take() {
      const taken = marks;
      marks = {};
      return taken;
    },
  };
}

export async function runTurnoverBench(kiosk: Kiosk, runs = 50): Promise<BenchOutcome> {
  const { page } = kiosk;
  const core = kiosk.host.core;
  const [kela] = FIXTURE_SERVICES;
  const turnoverMs: number[] = [];
  const hostMs: number[] = [];
  const phases = recordPhases(kiosk);
  try {
    for (let run = 0; run < runs; run++) {
      await beginSession(core);
      await visitService(core, page, kela);
      await page.locator(byTestId('toolbar-end')).click();
      await waitForCondition(page, { kind: 'present', selector: byTestId('end-confirm-yes'), enabled: true });
      phases.take();
      turnoverMs.push((await measureTap(page, byTestId('end-confirm-yes'), WELCOME_READY, 30_000)).ms);
      const marks = phases.take();
      if (marks.wiping !== undefined && marks.welcome !== undefined) hostMs.push(marks.welcome - marks.wiping);
    }
  } finally {
    phases.stop();
  }
  const summary = summarize(turnoverMs);
  return {
    measurements: [
      { key: 'turnover.median', label: `confirm → welcome ready, median of ${runs}`, value: summary.median, unit: 'ms', budget: BUDGETS.turnoverMedianMs },
      { key: 'turnover.p95', label: 'confirm → welcome ready, p95', value: summary.p95, unit: 'ms' },
      ...(hostMs.length > 0 ? [{ key: 'turnover.hostWipeVerify', label: 'of which wipe + verify in the host, median', value: median(hostMs), unit: 'ms' as const }] : []),
    ],
    notes: [
      'Tap on end-confirm-yes (pointerdown timeStamp; press and release sent together, see bench/lib/probe.ts) to the requestAnimationFrame after data-phase=welcome with Start enabled, in the page; ' +
        'each run had the Kela fixture open; wipe = CDP clearing of every origin touched, verified by reading back.',
    ],
    details: { turnoverMs, hostWipeVerifyMs: hostMs, summary },
  };
}
