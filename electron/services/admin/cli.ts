/**
 * `npm run admin -- <command>`: the admin CLI on a development or maintenance machine (tsx,
 * system Node.js). The installed kiosk runs the same commands as `vierella --admin …` (see
 * bin/vierella-admin). Only here can the self-test drive the browser host, whose Playwright
 * and fixtures are development dependencies: it is loaded on demand, never bundled.
 */
import type { CheckOutcome } from './context';
import { runAdminProcess } from './process-io';

async function browserWipeCheck(): Promise<CheckOutcome> {
  const { browserWipeCheck: check } = await import('./browser-wipe-check');
  return check();
}

process.exitCode = await runAdminProcess(process.argv.slice(2), { browserWipeCheck });
