/**
 * The init script that reports the client's input inside the content iframe (and frames in
 * it) to the host, which forwards it to the core as activity. It is plain text rather than a
 * serialised function: the TypeScript loaders in use may add helpers to compiled functions
 * that do not exist in the page.
 */
/** The same inputs as the Electron shell counts (pointer moves alone do not: a bumped mouse is no client). */
export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** At most one report a second from each frame; the core throttles again. */
export const ACTIVITY_THROTTLE_MS = 1000;

export function activityScript(binding: string): string {
  return `(() => {
  if (window.top === window) return;
  const report = window[${JSON.stringify(binding)}];
  // The untrusted page should not find the binding; if this fails it can only keep its own session alive.
  try { delete window[${JSON.stringify(binding)}]; } catch {}
  if (typeof report !== 'function') return;
  let last = 0;
  const onInput = (event) => {
    if (!event.isTrusted) return;
    const now = Date.now();
    if (now - last < ${ACTIVITY_THROTTLE_MS}) return;
    last = now;
    Promise.resolve(report()).catch(() => {});
  };
  for (const type of ${JSON.stringify(ACTIVITY_EVENTS)}) {
    window.addEventListener(type, onInput, { capture: true, passive: true });
  }
})();`;
}
