import { describe, expect, it } from 'vitest';
import type { SessionPhase } from '../../../shared/bridge';
import { createFlowKeeper, type SessionFacts } from './flows-keeper';

const facts = (phase: SessionPhase, ethicsAcknowledged = false): SessionFacts => ({ session: { phase }, client: { ethicsAcknowledged } });

describe('createFlowKeeper', () => {
  it('keeps the same flows through one session', () => {
    const keeper = createFlowKeeper();
    const flows = keeper.flowsFor(facts('active'));
    expect(keeper.flowsFor(facts('active'))).toBe(flows);
    expect(keeper.flowsFor(facts('ending'))).toBe(flows);
    expect(keeper.flowsFor(facts('active'))).toBe(flows);
  });

  it('keeps the client in their place when the language or anything else changes', () => {
    const keeper = createFlowKeeper();
    const flows = keeper.flowsFor(facts('active'));
    flows.ethics.send({ type: 'ACKNOWLEDGE' });
    flows.assessment.send({ type: 'BEGIN' });
    flows.assessment.send({ type: 'ANSWER', questionId: 'goal', value: 'tax' });
    flows.assessment.send({ type: 'NEXT' });
    flows.assessment.send({ type: 'NEXT' });

    // A language switch is a new snapshot with the same session: same phase, same client.
    const afterSwitch = keeper.flowsFor({ session: { phase: 'active' }, client: { ethicsAcknowledged: true } });
    expect(afterSwitch).toBe(flows);
    expect(afterSwitch.assessment.getSnapshot().value).toBe('question');
    expect(afterSwitch.assessment.getSnapshot().context.index).toBe(2);
    expect(afterSwitch.assessment.getSnapshot().context.answers).toEqual({ goal: 'tax' });
  });

  it('starts fresh flows for the next client', () => {
    const keeper = createFlowKeeper();
    const first = keeper.flowsFor(facts('active'));
    first.ethics.send({ type: 'ACKNOWLEDGE' });
    first.assessment.send({ type: 'BEGIN' });
    const wiping = keeper.flowsFor(facts('wiping'));
    expect(wiping).not.toBe(first);
    expect(first.assessment.getSnapshot().status).toBe('stopped');
    expect(keeper.flowsFor(facts('welcome'))).toBe(wiping);

    const next = keeper.flowsFor(facts('active'));
    expect(next).not.toBe(wiping);
    expect(next.id).not.toBe(first.id);
    expect(next.ethics.getSnapshot().context.acknowledged).toBe(false);
    expect(next.assessment.getSnapshot().value).toBe('offer');
  });

  it('drops an earlier client\'s flows even when the phases between sessions were never seen', () => {
    const keeper = createFlowKeeper();
    const first = keeper.flowsFor(facts('active', true));
    first.ethics.send({ type: 'ACKNOWLEDGE' });
    first.assessment.send({ type: 'BEGIN' });
    const next = keeper.flowsFor(facts('active', false));
    expect(next).not.toBe(first);
    expect(next.assessment.getSnapshot().value).toBe('offer');
  });

  it('does not drop flows the host has not confirmed yet', () => {
    const keeper = createFlowKeeper();
    const flows = keeper.flowsFor(facts('active', false));
    flows.assessment.send({ type: 'BEGIN' });
    expect(keeper.flowsFor(facts('active', false))).toBe(flows);
  });
});
