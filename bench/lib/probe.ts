/**
 * Measuring in the page: from a tap's pointerdown to the first animation frame after the DOM
 * shows the tap's result. The in-page part is plain JavaScript in a string: tsx compiles Node
 * code with keepNames, which would put a `__name` helper into any function handed to
 * page.evaluate, and the page has no such helper.
 *
 * The clock starts at the pointerdown event's timeStamp (the browser's time of the input,
 * on the page's performance.now() time line) and stops in the requestAnimationFrame callback
 * that follows the first DOM mutation after which the expected condition holds: the frame
 * that paints the result.
 *
 * The tap is a press and a release sent to the browser's input pipeline back to back (CDP
 * Input.dispatchMouseEvent), as a quick tap. Playwright's mouse.click() waits for the press to
 * be acknowledged by the browser and by its own driver before it sends the release; that
 * round trip through this Node process (which also runs the host and its UI server) took about
 * 6 ms on a quiet machine and longer when the CPU is shared, and since the UI acts on the
 * click, i.e. the release, it landed in the measured time though none of it is the UI's. The
 * press-to-release gap is measured anyway and reported beside the taps.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';

/** What the DOM shows once the tap has had its effect. */
export type Condition =
  | { readonly kind: 'present'; readonly selector: string; readonly enabled?: boolean }
  | { readonly kind: 'absent'; readonly selector: string }
  | { readonly kind: 'attribute'; readonly selector: string; readonly name: string; readonly value: string }
  | { readonly kind: 'all'; readonly of: readonly Condition[] };

export const byTestId = (id: string): string => `[data-testid="${id}"]`;

/** Whether a Condition holds now; a self-contained function expression, usable without the probe. */
const MATCHES_SOURCE = String.raw`function matches(c) {
  if (c.kind === 'all') return c.of.every(matches);
  const el = document.querySelector(c.selector);
  if (c.kind === 'absent') return el === null;
  if (el === null) return false;
  if (c.kind === 'attribute') return el.getAttribute(c.name) === c.value;
  if (el.getClientRects().length === 0) return false;
  return !c.enabled || !el.disabled;
}`;

const PROBE_SCRIPT = String.raw`
(() => {
  if (window.__vierellaBench) return;
  const matches = ${MATCHES_SOURCE};
  let pending = null;
  window.__vierellaBench = {
    matches,
    arm(target, condition, timeoutMs) {
      if (matches(condition)) throw new Error('the condition holds before the tap: ' + JSON.stringify(condition));
      pending = new Promise((resolve, reject) => {
        let downAt = null;
        let upAt = null;
        let settled = false;
        const observer = new MutationObserver(() => check());
        const cleanup = () => {
          settled = true;
          clearTimeout(timer);
          observer.disconnect();
          window.removeEventListener('pointerdown', onDown, true);
          window.removeEventListener('pointerup', onUp, true);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error((downAt === null ? 'no pointerdown on ' + target : 'the condition never held') + ' within ' + timeoutMs + ' ms'));
        }, timeoutMs);
        const check = () => {
          if (settled || downAt === null || !matches(condition)) return;
          cleanup();
          const pressMs = upAt === null ? null : upAt - downAt;
          requestAnimationFrame(() => resolve({ ms: performance.now() - downAt, pressMs }));
        };
        const onDown = (event) => {
          if (downAt !== null || !(event.target instanceof Element) || event.target.closest(target) === null) return;
          downAt = event.timeStamp;
          check();
        };
        const onUp = (event) => {
          if (downAt !== null && upAt === null) upAt = event.timeStamp;
        };
        window.addEventListener('pointerdown', onDown, true);
        window.addEventListener('pointerup', onUp, true);
        observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      // A rejection nobody awaits yet must not surface as an unhandled one.
      pending.catch(() => undefined);
      return true;
    },
    result() {
      return pending;
    },
  };
})();
`;

/** Installs the probe in the page (idempotent); call after every navigation of the UI page. */
export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE_SCRIPT);
}

/** One measured tap. */
export interface TapTiming {
  /** Pointerdown → the animation frame after the DOM shows the result. */
  readonly ms: number;
  /** Pointerdown → pointerup (null if the release came after the result): the tap's own length. */
  readonly pressMs: number | null;
}

function isMilliseconds(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function asTapTiming(value: unknown): TapTiming {
  if (typeof value === 'object' && value !== null && 'ms' in value && 'pressMs' in value) {
    const { ms, pressMs } = value;
    if (isMilliseconds(ms) && (pressMs === null || isMilliseconds(pressMs))) return { ms, pressMs };
  }
  throw new Error(`the probe returned ${JSON.stringify(value)}`);
}

/** One CDP session per page for the taps, opened at the first tap. */
const tapSessions = new WeakMap<Page, Promise<CDPSession>>();

function tapSession(page: Page): Promise<CDPSession> {
  let session = tapSessions.get(page);
  if (session === undefined) {
    session = page.context().newCDPSession(page);
    tapSessions.set(page, session);
  }
  return session;
}

/** A press and a release of the left button at (x, y), sent together (see the top of this file). */
async function tapAt(page: Page, x: number, y: number): Promise<void> {
  // Through Playwright, so its idea of where the mouse is stays right (hover states, the next move).
  await page.mouse.move(x, y);
  const session = await tapSession(page);
  const base = { x, y, button: 'left', clickCount: 1, pointerType: 'mouse' } as const;
  // Both sent before either is answered: the browser queues them in order.
  await Promise.all([
    session.send('Input.dispatchMouseEvent', { ...base, type: 'mousePressed', buttons: 1 }),
    session.send('Input.dispatchMouseEvent', { ...base, type: 'mouseReleased', buttons: 0 }),
  ]);
}

/** Waits until the condition holds in the page, checking every animation frame (no probe needed). */
export async function waitForCondition(page: Page, condition: Condition, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(`(${MATCHES_SOURCE})(${JSON.stringify(condition)})`, undefined, { polling: 'raf', timeout: timeoutMs });
}

/**
 * Taps the centre of `selector` (a real mouse press and release through the browser's input
 * pipeline) and returns milliseconds from its pointerdown to the frame that shows `condition`,
 * with the tap's own press-to-release time.
 */
export async function measureTap(page: Page, selector: string, condition: Condition, timeoutMs = 15_000): Promise<TapTiming> {
  const target: Locator = page.locator(selector);
  // Actionability (visible, stable, not covered) first, unmeasured; the tap itself is measured.
  await target.click({ trial: true, timeout: timeoutMs });
  const box = await target.boundingBox();
  if (box === null) throw new Error(`${selector} has no box`);
  await page.evaluate(`window.__vierellaBench.arm(${JSON.stringify(selector)}, ${JSON.stringify(condition)}, ${timeoutMs})`);
  await tapAt(page, box.x + box.width / 2, box.y + box.height / 2);
  return asTapTiming(await page.evaluate('window.__vierellaBench.result()'));
}
