/**
 * Benchmark 6: UI responsiveness. For taps on the main screens, the time from the tap's
 * pointerdown to the first animation frame that shows its result (measured in the page, see
 * lib/probe.ts); the slowest tap of each screen is held to 100 ms, the median is shown beside it.
 *
 * Rounds alternate between two client paths, because "begin the self-assessment" leads into
 * the questions and away from the tiles:
 * - skip round: welcome language → Start → (ethics through the core) → skip assessment →
 *   service tile → toolbar Home → accessibility panel → End session → "No, continue";
 * - begin round: welcome language → Start → (ethics through the core) → begin assessment.
 * Every session then ends through the core. The first round of each kind is a warm-up and
 * is not counted (first paints of a screen, lazy code, JIT).
 */
import type { Page } from 'playwright-core';
import { BUDGETS } from './budgets';
import { WELCOME_READY, type Kiosk } from './lib/browser';
import { endSession, FIXTURE_SERVICES, untilSnapshot } from './lib/kiosk-session';
import type { BenchOutcome, Measurement } from './lib/measurement';
import { byTestId, measureTap, waitForCondition, type Condition } from './lib/probe';
import { summarize } from './lib/stats';

/** The taps measured, in the order the table lists them. */
export const TAPS = [
  'welcome: language',
  'welcome: Start',
  'assessment offer: skip',
  'assessment offer: begin',
  'home: service tile',
  'content: toolbar Home',
  'home: accessibility panel',
  'home: End session',
  'end confirmation: No',
] as const;
export type TapName = (typeof TAPS)[number];

const present = (id: string): Condition => ({ kind: 'present', selector: byTestId(id) });
const absent = (id: string): Condition => ({ kind: 'absent', selector: byTestId(id) });

class Recorder {
  readonly samples = new Map<TapName, number[]>(TAPS.map((tap) => [tap, []]));
  /** Pointerdown → pointerup of every counted tap: the taps' own length, not the UI's. */
  readonly pressMs: number[] = [];
  constructor(
    private readonly page: Page,
    public counting: boolean,
  ) {}

  async tap(name: TapName, testId: string, condition: Condition): Promise<void> {
    const { ms, pressMs } = await measureTap(this.page, byTestId(testId), condition);
    if (!this.counting) return;
    this.samples.get(name)?.push(ms);
    if (pressMs !== null) this.pressMs.push(pressMs);
  }
}

async function welcomeTaps(recorder: Recorder, kiosk: Kiosk): Promise<void> {
  // After a wipe the welcome screen is in the default language (fi); Swedish is a visible change.
  await recorder.tap('welcome: language', 'language-sv', { kind: 'attribute', selector: 'html', name: 'lang', value: 'sv' });
  await recorder.tap('welcome: Start', 'start-session', present('ethics-intro'));
  await kiosk.host.core.handle('acknowledgeEthics', {});
  await waitForCondition(kiosk.page, present('assessment-offer'));
}

async function skipRound(recorder: Recorder, kiosk: Kiosk): Promise<void> {
  const { page } = kiosk;
  const core = kiosk.host.core;
  const [kela] = FIXTURE_SERVICES;
  await welcomeTaps(recorder, kiosk);
  await recorder.tap('assessment offer: skip', 'assessment-skip', present(`service-tile-${kela.id}`));
  await recorder.tap('home: service tile', `service-tile-${kela.id}`, present('current-host'));
  await untilSnapshot(core, (s) => s.content.host === kela.host && !s.content.loading, 'Kela loaded');
  await recorder.tap('content: toolbar Home', 'toolbar-home', present(`service-tile-${kela.id}`));
  await recorder.tap('home: accessibility panel', 'accessibility-open', present('accessibility-panel'));
  await page.keyboard.press('Escape');
  await waitForCondition(page, absent('accessibility-panel'));
  await recorder.tap('home: End session', 'toolbar-end', present('end-confirm-no'));
  await recorder.tap('end confirmation: No', 'end-confirm-no', absent('end-confirm-no'));
}

async function beginRound(recorder: Recorder, kiosk: Kiosk): Promise<void> {
  await welcomeTaps(recorder, kiosk);
  await recorder.tap('assessment offer: begin', 'assessment-begin', { kind: 'present', selector: '[data-testid^="assessment-question-"]' });
}

export async function runUiLatencyBench(kiosk: Kiosk, roundsPerPath = 10): Promise<BenchOutcome> {
  const recorder = new Recorder(kiosk.page, false);
  for (let round = 0; round < 2 * (roundsPerPath + 1); round++) {
    // Rounds 0 and 1 (one of each path) warm up.
    recorder.counting = round >= 2;
    await (round % 2 === 0 ? skipRound(recorder, kiosk) : beginRound(recorder, kiosk));
    await endSession(kiosk.host.core);
    await waitForCondition(kiosk.page, WELCOME_READY);
  }

  const measurements: Measurement[] = [];
  const perTap: Record<string, ReturnType<typeof summarize>> = {};
  for (const tap of TAPS) {
    const samples = recorder.samples.get(tap) ?? [];
    if (samples.length === 0) throw new Error(`no samples for ${tap}`);
    const summary = summarize(samples);
    perTap[tap] = summary;
    measurements.push({ key: `ui.${tap}.max`, label: `${tap}: slowest of ${summary.count}`, value: summary.max, unit: 'ms', budget: BUDGETS.uiTapMs });
    measurements.push({ key: `ui.${tap}.median`, label: `${tap}: median`, value: summary.median, unit: 'ms' });
  }
  const press = recorder.pressMs.length > 0 ? summarize(recorder.pressMs) : null;
  if (press !== null) measurements.push({ key: 'ui.press.max', label: `of which the tap itself (pointerdown → pointerup), longest of ${press.count}`, value: press.max, unit: 'ms' });
  return {
    measurements,
    notes: [
      `Pointerdown (a real mouse press at the element's centre, released at once: press and release go to the browser together, ` +
        `not a driver round trip apart, see bench/lib/probe.ts) → requestAnimationFrame after the DOM shows the result; ` +
        `${roundsPerPath} rounds of each client path after one warm-up round each. Taps that need the host (Start, tile, Home, End) ` +
        'include the bridge round trip (HTTP command, Server-Sent Events snapshot).',
    ],
    details: { samplesMs: Object.fromEntries(recorder.samples), perTap, pressMs: recorder.pressMs },
  };
}
