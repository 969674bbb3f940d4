/**
 * Calls `fn` at most once per `intervalMs` (leading edge only). Activity reports only need to
 * tell the host "someone is here"; a trailing call would add nothing but another IPC message.
 */
export function createThrottle(fn: () => void, intervalMs: number, now: () => number = () => performance.now()): () => void {
  let lastCall = Number.NEGATIVE_INFINITY;
  return () => {
    const time = now();
    if (time - lastCall < intervalMs) return;
    lastCall = time;
    fn();
  };
}
