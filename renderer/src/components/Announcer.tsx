import { useState } from 'react';
import { nextAnnouncement } from '../lib/announce';

/**
 * A polite live region that reads a countdown out only at sensible steps (see announce.ts).
 * Mounted together with its dialog, so a fresh dialog starts a fresh announcement.
 */
export function Announcer({ secondsLeft, render }: { readonly secondsLeft: number; readonly render: (seconds: number) => string }) {
  const [announced, setAnnounced] = useState<number>(secondsLeft);
  // Derived state, updated during render (React's pattern for "adjust state on prop change").
  const next = nextAnnouncement(announced, secondsLeft);
  if (next !== announced) setAnnounced(next);

  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {render(next)}
    </p>
  );
}
