import { useEffect, useState } from 'react';
import type { KioskApi, Snapshot } from '../../../shared/bridge';

export type SnapshotState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly snapshot: Snapshot };

/**
 * Follows the host's state: subscribes first so no change is missed, then asks for the current
 * snapshot once. The newest revision wins, not the last to arrive: Electron's IPC keeps replies
 * and events in order, but the browser host's reply and event stream are separate connections.
 */
export function useSnapshot(kiosk: KioskApi): SnapshotState {
  const [state, setState] = useState<SnapshotState>({ status: 'loading' });

  useEffect(() => {
    let subscribed = true;
    const accept = (snapshot: Snapshot): void => {
      if (!subscribed) return;
      setState((current) => (isNewer(snapshot, current) ? { status: 'ready', snapshot } : current));
    };
    const unsubscribe = kiosk.onSnapshot(accept);
    kiosk.getSnapshot({}).then(accept, () => {
      console.warn('kiosk command failed: getSnapshot');
      // An event may still have arrived; only fail when there is nothing to show.
      if (subscribed) setState((current) => (current.status === 'ready' ? current : { status: 'error' }));
    });
    return () => {
      subscribed = false;
      unsubscribe();
    };
  }, [kiosk]);

  return state;
}

/** A snapshot to show: the first, or one at least as new as the one shown. */
export function isNewer(snapshot: Snapshot, current: SnapshotState): boolean {
  return current.status !== 'ready' || snapshot.revision >= current.snapshot.revision;
}
