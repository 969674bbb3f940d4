/**
 * Benchmark 2: start-up, from starting the host to the welcome screen interactive (Start
 * visible and enabled), median of a few runs; and the renderer's JavaScript as shipped, gzip:
 * the budget holds for what start-up loads; the document viewer's pdf.js, loaded only when a
 * client opens a PDF, is reported beside it.
 *
 * Each run launches a fresh Chromium: a host registers a binding on its browser context that
 * cannot be taken back, so hosts cannot share one. The clock starts after the launch, at
 * startBrowserHost (the kiosk's own start: core, UI server, routing), and runs through
 * page.goto until the welcome screen can take a tap; the browser launch is reported beside it.
 */
import { performance } from 'node:perf_hooks';
import { startBrowserHost } from '../e2e/browser-host/index';
import { BUDGETS } from './budgets';
import { launchBrowser, WELCOME_READY } from './lib/browser';
import type { BenchOutcome } from './lib/measurement';
import { waitForCondition } from './lib/probe';
import { rendererBuildFreshness, rendererJsSize } from './lib/renderer-build';
import { median } from './lib/stats';

export async function runStartupBench(spki: string, runs = 5): Promise<BenchOutcome> {
  const freshness = rendererBuildFreshness();
  const size = rendererJsSize();
  const startMs: number[] = [];
  const launchMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const launchedAt = performance.now();
    const browser = await launchBrowser(spki);
    try {
      const hostStart = performance.now();
      launchMs.push(hostStart - launchedAt);
      const host = await startBrowserHost({ context: browser.context, page: browser.page, fixtures: false });
      try {
        await browser.page.goto(host.uiUrl);
        await waitForCondition(browser.page, WELCOME_READY);
        startMs.push(performance.now() - hostStart);
      } finally {
        await host.close();
      }
    } finally {
      await browser.close();
    }
  }
  const notes = [
    `Median of ${runs} runs, a fresh Chromium each (launch not included in the start-up figure, shown beside it); ` +
      `interactive = data-phase=welcome and Start visible and enabled, checked every animation frame.`,
    `Renderer JavaScript loaded at start-up (what index.html names): ${size.startup.files} file(s), ${(size.startup.rawBytes / 1000).toFixed(0)} kB raw, gzip level 9 (kB = 1,000 bytes); ` +
      `loaded only when a PDF is opened (pdf.js and its worker): ${size.onDemand.files} file(s), ${(size.onDemand.gzipBytes / 1000).toFixed(0)} kB gzip; build of ${freshness.builtAt}.`,
  ];
  if (freshness.stale) notes.push('WARNING: renderer/ or shared/ changed after the build in out/renderer: run npm run build and measure again.');
  return {
    measurements: [
      { key: 'startup.welcomeInteractive', label: 'host start → welcome interactive', value: median(startMs), unit: 'ms', budget: BUDGETS.startupMs },
      { key: 'startup.browserLaunch', label: 'Chromium launch (not in the above)', value: median(launchMs), unit: 'ms' },
      { key: 'startup.rendererJsGzip', label: 'renderer JavaScript at start-up, gzip', value: size.startup.gzipBytes / 1000, unit: 'kB', budget: BUDGETS.rendererJsGzipKb },
      { key: 'startup.rendererJsOnDemandGzip', label: 'renderer JavaScript on demand (PDF viewer), gzip', value: size.onDemand.gzipBytes / 1000, unit: 'kB' },
    ],
    notes,
    details: { startMs, launchMs, rendererJs: size, rendererBuild: freshness },
  };
}
