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
 */
import type { Locator, Page } from 'playwright-core';

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
        let settled = false;
        const observer = new MutationObserver(() => check());
        const cleanup = () => {
          settled = true;
          clearTimeout(timer);
          observer.disconnect();
          window.removeEventListener('pointerdown', onDown, true);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error((downAt === null ? 'no pointerdown on ' + target : 'the condition never held') + ' within ' + timeoutMs + ' ms'));
        }, timeoutMs);
        const check = () => {
          if (settled || downAt === null || !matches(condition)) return;
          cleanup();
          requestAnimationFrame(() => resolve(performance.now() - downAt));
        };
        const onDown = (event) => {
          if (downAt !== null || !(event.target instanceof Element) || event.target.closest(target) === null) return;
          downAt = event.timeStamp;
          check();
        };
        window.addEventListener('pointerdown', onDown, true);
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

function asMilliseconds(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`the probe returned ${String(value)}`);
  return value;
}

/** Waits until the condition holds in the page, checking every animation frame (no probe needed). */
export async function waitForCondition(page: Page, condition: Condition, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(`(${MATCHES_SOURCE})(${JSON.stringify(condition)})`, undefined, { polling: 'raf', timeout: timeoutMs });
}

/**
 * Taps the centre of `selector` (a real mouse press and release through the browser's input
 * pipeline) and returns milliseconds from its pointerdown to the frame that shows `condition`.
 */
export async function measureTap(page: Page, selector: string, condition: Condition, timeoutMs = 15_000): Promise<number> {
  const target: Locator = page.locator(selector);
  // Actionability (visible, stable, not covered) first, unmeasured; the tap itself is measured.
  await target.click({ trial: true, timeout: timeoutMs });
  const box = await target.boundingBox();
  if (box === null) throw new Error(`${selector} has no box`);
  await page.evaluate(`window.__vierellaBench.arm(${JSON.stringify(selector)}, ${JSON.stringify(condition)}, ${timeoutMs})`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return asMilliseconds(await page.evaluate('window.__vierellaBench.result()'));
}
