import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/bridge';
import { isNewer, type SnapshotState } from './useSnapshot';

// Only the revision matters to isNewer; the rest of a snapshot is the core's (tested there).
const at = (revision: number): Snapshot => ({ revision }) as Snapshot;
const showing = (revision: number): SnapshotState => ({ status: 'ready', snapshot: at(revision) });

describe('which snapshot the UI shows', () => {
  it('takes the first one, and any as new or newer', () => {
    expect(isNewer(at(3), { status: 'loading' })).toBe(true);
    expect(isNewer(at(3), { status: 'error' })).toBe(true);
    expect(isNewer(at(4), showing(3))).toBe(true);
    expect(isNewer(at(3), showing(3))).toBe(true);
  });

  it('drops one older than the one shown (a late reply to getSnapshot on the browser host)', () => {
    expect(isNewer(at(2), showing(5))).toBe(false);
  });
});
