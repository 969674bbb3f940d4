/**
 * The self-test's wipe check on the browser host: Debian Chromium driven by Playwright, the
 * fixture sites on a free loopback port, the kiosk core running a real client session. The
 * session opens the Kela fixture and its storage page (cookies, localStorage, IndexedDB), the
 * verifier must see those leftovers, the session ends through the bridge's commands, and the
 * verifier must then find nothing.
 *
 * Development and CI only: the packaged app has neither Playwright nor the fixtures, and the
 * CLI loads this module on demand so the kiosk bundle never contains it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, DEBIAN_CHROMIUM } from '../../../e2e/browser-host/chromium-flags';
import { FIXTURE_CONFIG_PATH } from '../../../e2e/browser-host/config';
import { generateFixtureCert } from '../../../e2e/browser-host/fixtures/cert';
import { startFixtureServer } from '../../../e2e/browser-host/fixtures/server';
import { CONTENT_FRAME_NAME } from '../../../e2e/browser-host/host-messages';
import { DEFAULT_RENDERER_DIR, startBrowserHost } from '../../../e2e/browser-host/index';
import { createTempProfile } from '../../../e2e/browser-host/profile';
import type { CheckOutcome } from './context';

const STEP_TIMEOUT_MS = 20_000;

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function browserWipeCheck(rendererDir: string = DEFAULT_RENDERER_DIR): Promise<CheckOutcome> {
  if (!existsSync(join(rendererDir, 'index.html'))) return { status: 'skip', detail: 'the renderer is not built (npm run build)' };

  const cert = await generateFixtureCert();
  // A free port, so the check never collides with a running preview or e2e suite on 8443.
  const fixtures = await startFixtureServer({ port: 0, cert });
  const work = mkdtempSync(join(tmpdir(), 'vierella-wipe-check-'));
  const profile = createTempProfile();
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const configPath = join(work, 'config.json');
    writeFileSync(configPath, readFileSync(FIXTURE_CONFIG_PATH, 'utf8').replaceAll(':8443', `:${fixtures.port}`));
    const origin = `https://www.kela.test:${fixtures.port}`;

    const context = await chromium.launchPersistentContext(profile.dir, {
      executablePath: DEBIAN_CHROMIUM,
      headless: true,
      args: chromiumArgs(cert.spki),
      viewport: { width: 1280, height: 800 },
    });
    cleanups.push(() => context.close());
    const page = context.pages()[0] ?? (await context.newPage());
    const host = await startBrowserHost({ context, page, fixtures: false, configPath, rendererDir });
    cleanups.unshift(() => host.close());
    await page.goto(host.uiUrl);

    const phase = () => host.core.snapshot().session.phase;
    await until(() => phase() === 'welcome', 'the welcome screen');
    await host.core.handle('startSession', { language: 'en' });
    await host.core.handle('acknowledgeEthics', {});
    await host.core.handle('openService', { serviceId: 'kela' });

    await until(() => page.frame({ name: CONTENT_FRAME_NAME })?.url().startsWith(origin) ?? false, 'the Kela fixture');
    const frame = page.frame({ name: CONTENT_FRAME_NAME });
    if (frame === null) throw new Error('no content frame');
    await frame.locator('#to-storage').click({ timeout: STEP_TIMEOUT_MS });
    await frame.locator('#storage-state', { hasText: 'planted' }).waitFor({ timeout: STEP_TIMEOUT_MS });

    const before = await host.wiper.verify({ origins: [origin] });
    if (before.clean) return { status: 'fail', detail: 'the verifier found nothing after the session planted storage' };

    await host.core.handle('requestEnd', {});
    await host.core.handle('confirmEnd', {});
    await until(() => phase() === 'welcome' || phase() === 'outOfService', 'the end of the wipe');
    if (phase() === 'outOfService') return { status: 'fail', detail: 'the kiosk went out of service: its own verification failed' };

    const after = await host.wiper.verify({ origins: [origin] });
    if (!after.clean) return { status: 'fail', detail: `left behind: ${after.findings.join(', ')}` };
    return { status: 'pass', detail: `${before.findings.length} kinds of planted storage found, none after the wipe` };
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
    await fixtures.close();
    profile.remove();
    rmSync(work, { recursive: true, force: true });
  }
}
