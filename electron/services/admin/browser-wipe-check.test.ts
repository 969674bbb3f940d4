/**
 * The self-test's browser-host wipe check, for real: Debian Chromium, the fixture sites and the
 * kiosk core (CI installs Chromium; .ci/run). Slow (a browser start), so one run.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../build/ensure-built';
import { browserWipeCheck } from './browser-wipe-check';
import { DEBIAN_CHROMIUM } from './self-test';

describe('browserWipeCheck', () => {
  beforeAll(async () => {
    await ensureBuilt();
  }, 300_000);

  it('finds what a session planted, and nothing after the kiosk wiped it', async () => {
    expect(existsSync(DEBIAN_CHROMIUM)).toBe(true);
    const outcome = await browserWipeCheck();
    expect(outcome).toEqual({ status: 'pass', detail: expect.stringMatching(/^\d+ kinds of planted storage found, none after the wipe$/) as unknown });
  }, 120_000);

  it('skips where the renderer was never built', async () => {
    expect(await browserWipeCheck('/nonexistent/renderer')).toEqual({ status: 'skip', detail: 'the renderer is not built (npm run build)' });
  });
});
