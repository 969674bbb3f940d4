/**
 * Bounds what Playwright keeps of a long-lived page. Playwright mirrors every request it
 * routes or reports (Request, Route, Response) and every frame the page ever had, detached
 * ones included, as a server-side dispatcher plus a client-side object; it releases them only
 * when the page closes, or, for each kind, drops the oldest tenth once that kind passes
 * 10,000 objects (its "dispatcher GC", packages/playwright-core/src/server/dispatchers/
 * dispatcher.ts, maxDispatchersForBucket). There is no public API to dispose them.
 *
 * The browser host's UI page lives as long as the kiosk: on the memory benchmark that is
 * about 8 requests and 3 frames a client session, some 200 kB of the host's JavaScript heap
 * per session, growing until the 10,000 mark (about session 1,250). The host itself never
 * looks at a request, route or frame again once its handler has returned, so a far lower
 * threshold loses nothing. The only way to set it is the hook Playwright's own tests use,
 * `setMaxDispatchersForTest`, exported from its core bundle; it applies to every kind alike
 * (also JSHandle and ElementHandle, 100,000 by default), in the whole process.
 *
 * Electron has no Playwright; this is for the long-running browser-host processes (the
 * preview and the benchmarks), not for the e2e suite, whose test code holds handles of its own.
 */
import { createRequire } from 'node:module';

/**
 * The most objects of one kind Playwright keeps: about 60 sessions of the memory benchmark's
 * requests and 170 of its frames, a few MB in all. Past it Playwright drops the oldest tenth of
 * that kind; a request or frame still in use is not among them: a handler answers its route
 * in milliseconds (450 newer requests would have to come first), and one client session would
 * need some 450 newer frames before its content frame's turn came.
 */
export const PLAYWRIGHT_RETENTION_LIMIT = 500;

type SetMaxDispatchers = (limit: number | undefined) => void;

function findHook(): SetMaxDispatchers | null {
  try {
    // Not in Playwright's typed API: the module is the package's exported core bundle.
    const bundle: unknown = createRequire(import.meta.url)('playwright-core/lib/coreBundle');
    if (typeof bundle !== 'object' || bundle === null || !('server' in bundle)) return null;
    const { server } = bundle;
    if (typeof server !== 'object' || server === null || !('setMaxDispatchersForTest' in server)) return null;
    const hook = server.setMaxDispatchersForTest;
    return typeof hook === 'function' ? (hook as SetMaxDispatchers) : null;
  } catch {
    return null;
  }
}

/**
 * Lowers Playwright's per-kind threshold in this process to `limit`. Returns false when the
 * installed Playwright has no such hook (any more): then nothing changed, and the caller
 * should say so rather than let a memory figure look as if it had.
 */
export function limitPlaywrightRetention(limit: number = PLAYWRIGHT_RETENTION_LIMIT): boolean {
  if (!Number.isInteger(limit) || limit < 10) throw new RangeError(`limit must be an integer of at least 10, not ${limit}`);
  const hook = findHook();
  if (hook === null) return false;
  hook(limit);
  return true;
}

/** Back to Playwright's own thresholds (for tests). */
export function resetPlaywrightRetention(): boolean {
  const hook = findHook();
  if (hook === null) return false;
  hook(undefined);
  return true;
}
