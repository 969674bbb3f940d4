import { createActor, type Actor } from 'xstate';
import type { SessionPhase, Snapshot } from '../../../shared/bridge';
import { assessmentMachine } from '../../../shared/machines/assessment';
import { ethicsMachine } from '../../../shared/machines/ethics';

export type EthicsActor = Actor<typeof ethicsMachine>;
export type AssessmentActor = Actor<typeof assessmentMachine>;

/** The renderer's flow machines of one client. */
export interface ClientFlows {
  /** Changes with every new set of flows (a React key for the flow screens). */
  readonly id: number;
  readonly ethics: EthicsActor;
  readonly assessment: AssessmentActor;
}

/** The parts of a snapshot that decide whether the flows belong to the current client. */
export interface SessionFacts {
  readonly session: Pick<Snapshot['session'], 'phase'>;
  readonly client: Pick<Snapshot['client'], 'ethicsAcknowledged'>;
}

export interface FlowKeeper {
  /**
   * The flows for this snapshot. The same flows are returned for as long as one client's
   * session lasts, whatever else changes (the language, the page, the overlays); new ones
   * start whenever a session begins or ends, so nothing of a client outlives their session.
   * Calling it again with the same facts returns the same flows (safe to call in render).
   */
  flowsFor(facts: SessionFacts): ClientFlows;
}

const IN_SESSION: ReadonlySet<SessionPhase> = new Set<SessionPhase>(['active', 'ending']);

export function isInSession(phase: SessionPhase): boolean {
  return IN_SESSION.has(phase);
}

function createFlows(id: number): ClientFlows {
  return { id, ethics: createActor(ethicsMachine).start(), assessment: createActor(assessmentMachine).start() };
}

export function createFlowKeeper(): FlowKeeper {
  let nextId = 1;
  let current = createFlows(0);
  let inSession = false;

  const replace = (): void => {
    current.ethics.stop();
    current.assessment.stop();
    current = createFlows(nextId++);
  };

  return {
    flowsFor(facts) {
      const nowInSession = isInSession(facts.session.phase);
      if (nowInSession !== inSession) {
        inSession = nowInSession;
        replace();
      } else if (current.ethics.getSnapshot().context.acknowledged && !facts.client.ethicsAcknowledged) {
        // The host forgets the acknowledgement only at a wipe, so these flows are an earlier
        // client's even if the phases in between were never rendered.
        replace();
      }
      return current;
    },
  };
}
