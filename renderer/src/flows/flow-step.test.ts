import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/bridge';
import { DEFAULT_PREFS } from '../../../shared/content/accessibility';
import { flowStep, type AssessmentState } from './flow-step';

const client = (patch: Partial<Snapshot['client']> = {}): Snapshot['client'] => ({
  ethicsAcknowledged: true,
  assessment: null,
  accessibility: DEFAULT_PREFS,
  ...patch,
});
const SUMMARY = { route: 'goAhead', withStaff: false, goal: 'tax', level: 1, needCategory: null, referralId: null } as const;
const STATES: readonly AssessmentState[] = ['offer', 'question', 'result', 'skipped', 'done'];

describe('flowStep', () => {
  it('shows the ethics intro until the host has the acknowledgement, whatever the machine says', () => {
    for (const state of STATES) expect(flowStep(client({ ethicsAcknowledged: false }), null, state)).toBe('ethics');
  });

  it('offers the questions after the ethics step', () => {
    expect(flowStep(client(), null, 'offer')).toBe('offer');
  });

  it('follows the machine through the questions and the result', () => {
    expect(flowStep(client(), null, 'question')).toBe('question');
    expect(flowStep(client(), null, 'result')).toBe('result');
    // The host already has the summary while the client reads the result, or revises it.
    expect(flowStep(client({ assessment: SUMMARY }), null, 'result')).toBe('result');
    expect(flowStep(client({ assessment: SUMMARY }), null, 'question')).toBe('question');
  });

  it('shows the services once the flow is over', () => {
    expect(flowStep(client({ assessment: 'skipped' }), null, 'skipped')).toBe('services');
    expect(flowStep(client({ assessment: SUMMARY }), null, 'done')).toBe('services');
  });

  it('resumes at the services when a reloaded view has fresh machines but the host has an answer', () => {
    expect(flowStep(client({ assessment: 'skipped' }), null, 'offer')).toBe('services');
    expect(flowStep(client({ assessment: SUMMARY }), null, 'offer')).toBe('services');
  });

  it('shows an open page rather than the flow', () => {
    expect(flowStep(client(), 'www.kela.fi', 'question')).toBe('services');
    expect(flowStep(client(), 'www.kela.fi', 'offer')).toBe('services');
  });
});
