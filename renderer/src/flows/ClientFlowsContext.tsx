import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { Snapshot } from '../../../shared/bridge';
import { createFlowKeeper, type ClientFlows } from './flows-keeper';

const ClientFlowsContext = createContext<ClientFlows | null>(null);

/**
 * Holds the client's flow machines (ethics, self-assessment) for the whole UI: the screens,
 * the toolbar's guidelines button and the guidelines dialog all drive the same actors. They
 * live as long as the client's session, not as long as a screen, so switching the language
 * or opening a page keeps the client's place (see flows-keeper.ts).
 */
export function ClientFlowsProvider({ snapshot, children }: { readonly snapshot: Snapshot; readonly children: ReactNode }) {
  const [keeper] = useState(createFlowKeeper);
  const flows = keeper.flowsFor(snapshot);
  const hostAcknowledged = snapshot.client.ethicsAcknowledged;

  // The host is the authority on the acknowledgement (it refuses services before it): the
  // machine follows it, which also resumes a reloaded UI view past the intro.
  useEffect(() => {
    if (hostAcknowledged && !flows.ethics.getSnapshot().context.acknowledged) flows.ethics.send({ type: 'ACKNOWLEDGE' });
  }, [flows, hostAcknowledged]);

  return <ClientFlowsContext value={flows}>{children}</ClientFlowsContext>;
}

export function useClientFlows(): ClientFlows {
  const flows = useContext(ClientFlowsContext);
  if (flows === null) throw new Error('useClientFlows outside ClientFlowsProvider');
  return flows;
}
