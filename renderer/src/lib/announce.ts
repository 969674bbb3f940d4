/**
 * Seconds at which a countdown is read out again. Announcing every second would drown a screen
 * reader user in numbers and leave no time to find the button.
 */
export const ANNOUNCE_STEPS: readonly number[] = [120, 90, 60, 45, 30, 20, 10, 5];

/**
 * The number a live region should say, given what it said last (`previous`, null when the
 * countdown has just appeared) and the seconds left now. The value changes only on appearance,
 * when time was added, or when the countdown passes one of the steps, so the live region
 * speaks only then. Passing a step counts even when ticks were skipped.
 */
export function nextAnnouncement(previous: number | null, secondsLeft: number, steps: readonly number[] = ANNOUNCE_STEPS): number {
  if (previous === null || secondsLeft > previous) return secondsLeft;
  const passedStep = steps.some((step) => secondsLeft <= step && step < previous);
  return passedStep ? secondsLeft : previous;
}
