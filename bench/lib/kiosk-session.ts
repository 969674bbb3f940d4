/**
 * A client session driven through the kiosk core, with the bridge's own commands (the ones the
 * UI sends), so the benchmarks do not depend on how the flow screens lead from one to the next.
 */
import type { Page } from 'playwright-core';
import type { SessionPhase, Snapshot } from '../../shared/bridge';
import type { KioskCore } from '../../electron/services/kiosk-core';
import { CONTENT_FRAME_NAME } from '../../e2e/browser-host/host-messages';

/** The fixture services every benchmark session visits, with the host each one shows. */
export const FIXTURE_SERVICES = [
  { id: 'kela', host: 'www.kela.test:8443' },
  { id: 'tunnistus', host: 'tunnistus.test:8443' },
] as const;

/** Resolves when the core's snapshot satisfies `predicate`; rejects on timeout or out of service. */
export function untilSnapshot(core: KioskCore, predicate: (snapshot: Snapshot) => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (snapshot: Snapshot): boolean => {
      if (snapshot.session.phase === 'outOfService') throw new Error(`out of service while waiting for ${what}`);
      return predicate(snapshot);
    };
    try {
      if (check(core.snapshot())) {
        resolve();
        return;
      }
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const timer = setTimeout(() => {
      stop();
      const { session, content } = core.snapshot();
      reject(new Error(`no ${what} within ${timeoutMs} ms (phase ${session.phase}, content ${content.host ?? 'home'}${content.loading ? ', loading' : ''})`));
    }, timeoutMs);
    const stop = core.onSnapshot((snapshot) => {
      let done: boolean;
      try {
        done = check(snapshot);
      } catch (error) {
        clearTimeout(timer);
        stop();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (!done) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

export function untilPhase(core: KioskCore, phase: SessionPhase, timeoutMs?: number): Promise<void> {
  return untilSnapshot(core, (s) => s.session.phase === phase, `phase ${phase}`, timeoutMs);
}

/** startSession, the ethics acknowledgement and the self-assessment skipped: the service tiles. */
export async function beginSession(core: KioskCore): Promise<void> {
  await untilPhase(core, 'welcome');
  await core.handle('startSession', { language: 'fi' });
  await core.handle('acknowledgeEthics', {});
  await core.handle('setAssessment', { assessment: 'skipped' });
}

function contentHostOf(page: Page): string | null {
  const url = page.frame({ name: CONTENT_FRAME_NAME })?.url();
  return url !== undefined && URL.canParse(url) ? new URL(url).host : null;
}

async function openAndWait(core: KioskCore, page: Page, service: (typeof FIXTURE_SERVICES)[number]): Promise<void> {
  await core.handle('openService', { serviceId: service.id });
  await untilSnapshot(core, (s) => s.content.host === service.host && !s.content.loading, `${service.id} loaded`);
  // The core learns of the load from the page; the frame must show the service too.
  const deadline = Date.now() + 10_000;
  while (contentHostOf(page) !== service.host) {
    if (Date.now() > deadline) throw new Error(`the content frame does not show ${service.id}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Opens a service and waits until its page has loaded in the content iframe. A load that does
 * not finish is tried once more, as a client would tap the tile again; returns how many loads
 * were retried (0 or 1) so the benchmark can report them instead of hiding them.
 */
export async function visitService(
  core: KioskCore,
  page: Page,
  service: (typeof FIXTURE_SERVICES)[number],
  onRetry?: (reason: string) => void,
): Promise<number> {
  const why = (error: unknown): string => (error instanceof Error ? error.message : String(error));
  try {
    await openAndWait(core, page, service);
    return 0;
  } catch (first) {
    onRetry?.(why(first));
    try {
      await openAndWait(core, page, service);
    } catch (second) {
      throw new Error(`${why(first)}; tried again: ${why(second)}`, { cause: second });
    }
    return 1;
  }
}

/** End session and its confirmation, then the wipe and its verification, back to welcome. */
export async function endSession(core: KioskCore): Promise<void> {
  await core.handle('requestEnd', {});
  await core.handle('confirmEnd', {});
  await untilPhase(core, 'welcome', 30_000);
}
