import { useEffect, useState } from 'react';
import type { KioskApi, Snapshot } from '../../../shared/bridge';

export type SnapshotState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly snapshot: Snapshot };

/**
 * Follows the host's state: subscribes first so no change is missed, then asks for the current
 * snapshot once. Whatever arrives last wins; the host's channel keeps replies and events in
 * order, so the last one to arrive is the newest.
 */
export function useSnapshot(kiosk: KioskApi): SnapshotState {
  const [state, setState] = useState<SnapshotState>({ status: 'loading' });

  useEffect(() => {
    let subscribed = true;
    const accept = (snapshot: Snapshot): void => {
      if (subscribed) setState({ status: 'ready', snapshot });
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
