import { isValidAnchors } from '../../../shared/machines/assist';
import type { AnchorPhase, TimeAnchors } from '../../../shared/machines/assist';
import type { TimeStrategy } from '../../../shared/content/worker-guidance';

/** The anchors typed in the form, or null when they are not whole minutes in the allowed order. */
export function parseAnchors(midpoint: string, goal: string): TimeAnchors | null {
  const toMinutes = (text: string): number | null => (/^\s*\d{1,3}\s*$/.test(text) ? Number(text.trim()) : null);
  const midpointMinutes = toMinutes(midpoint);
  const goalMinutes = toMinutes(goal);
  if (midpointMinutes === null || goalMinutes === null) return null;
  const anchors = { midpointMinutes, goalMinutes };
  return isValidAnchors(anchors) ? anchors : null;
}

/** Before the midpoint there is time to spare; from then on time is short. */
export function strategyFor(phase: AnchorPhase): TimeStrategy {
  return phase === 'beforeMidpoint' ? 'moreTime' : 'timeShort';
}
