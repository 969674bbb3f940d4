/**
 * `npm run preview`: the UNLOCKED preview on the browser host, a training and demo mode for
 * staff. It launches Debian Chromium through playwright-core (headed in an app window when a
 * display is available, headless otherwise), serves the built renderer and the fixture sites,
 * and runs until Ctrl+C. It is not the locked-down Electron kiosk: no input blocking, no OS
 * lockdown, and the window can be closed like any other.
 *
 * Options: --ui-port <n> (default: a free port), --headless, --verbose (echo the kiosk log).
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createConsoleLog } from '../../electron/services/console-log';
import { DEMO_WORKER_PIN } from './index';
import { DEBIAN_CHROMIUM, chromiumArgs } from './chromium-flags';
import { generateFixtureCert } from './fixtures/cert';
import { startBrowserHost } from './index';
import { limitPlaywrightRetention } from './playwright-retention';
import { createTempProfile } from './profile';

const { values } = parseArgs({
  options: {
    'ui-port': { type: 'string' },
    headless: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
  strict: true,
});

const uiPort = values['ui-port'] === undefined ? 0 : Number(values['ui-port']);
if (!Number.isInteger(uiPort) || uiPort < 0 || uiPort > 65535) {
  console.error(`--ui-port must be a port number, not ${values['ui-port'] ?? ''}`);
  process.exit(2);
}
const headed = Boolean(process.env.DISPLAY) && !values.headless;

// The preview's UI page lives for every client: keep Playwright from mirroring all its requests and frames.
if (!limitPlaywrightRetention()) console.warn('This Playwright cannot bound what it keeps of the UI page: memory grows with every client.');

const cert = await generateFixtureCert();
const profile = createTempProfile();
const context = await chromium.launchPersistentContext(profile.dir, {
  executablePath: DEBIAN_CHROMIUM,
  headless: !headed,
  args: [...chromiumArgs(cert.spki), ...(headed ? ['--app=about:blank', '--start-maximized'] : [])],
  viewport: headed ? null : { width: 1280, height: 800 },
});
const page = context.pages()[0] ?? (await context.newPage());
const host = await startBrowserHost({
  context,
  page,
  fixtures: { cert },
  uiPort,
  ...(values.verbose ? { echoLog: createConsoleLog() } : {}),
});
await page.goto(host.uiUrl);

console.log(
  [
    '',
    '  Vierellä: UNLOCKED PREVIEW (browser host)',
    '  This is NOT the locked-down Electron kiosk: training and demo use only.',
    '',
    `  UI:       ${host.uiUrl}`,
    `  Browser:  ${headed ? 'a Chromium app window on this display' : 'headless Chromium (no DISPLAY, or --headless): the UI runs unseen'}`,
    '            Navigation is guarded only inside that Chromium, not in a browser you open the address in.',
    '  Services: fixture e-service sites on https://*.test:8443 (loopback only)',
    `  Staff:    assist-mode PIN ${DEMO_WORKER_PIN} (demo store in memory; nothing is kept)`,
    '',
    '  Press Ctrl+C to stop.',
    '',
  ].join('\n'),
);

let stopping: Promise<void> | null = null;
/** Idempotent: closing the context below fires its 'close' event, which calls this again. */
function stop(): Promise<void> {
  stopping ??= (async () => {
    await host.close().catch(() => undefined);
    await context.close().catch(() => undefined);
    profile.remove();
    process.exit(0);
  })();
  return stopping;
}

process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
// Closing the app window ends the preview too.
context.on('close', () => void stop());
