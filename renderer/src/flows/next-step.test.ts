import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/bridge';
import { routeFor } from '../../../shared/content/assessment-model';
import { nextStepFor } from './next-step';

const service = (id: string): Snapshot['services'][number] => ({
  id,
  name: { fi: id, sv: id, en: id },
  description: { fi: id, sv: id, en: id },
  host: `${id}.example`,
});
const SERVICES = ['kela', 'suomifi', 'vero', 'migri'].map(service);

describe('nextStepFor', () => {
  it('opens the goal\'s service when the client can go ahead', () => {
    const step = nextStepFor(routeFor({ goal: 'tax', level: '1', strongAuth: 'yes' }), SERVICES);
    expect(step.kind === 'open' && step.service.id).toBe('vero');
  });

  it('opens Kela for attachments, with staff nearby', () => {
    const result = routeFor({ goal: 'attachments', strongAuth: 'yes' });
    expect(result.withStaff).toBe(true);
    const step = nextStepFor(result, SERVICES);
    expect(step.kind === 'open' && step.service.id).toBe('kela');
  });

  it('shows the services when the goal names none, or the kiosk lacks it', () => {
    expect(nextStepFor(routeFor({ goal: 'health', strongAuth: 'yes' }), SERVICES)).toEqual({ kind: 'services' });
    expect(nextStepFor(routeFor({}), SERVICES)).toEqual({ kind: 'services' });
    expect(nextStepFor(routeFor({ goal: 'tax' }), SERVICES.filter((s) => s.id !== 'vero'))).toEqual({ kind: 'services' });
  });

  it('sends the client to the desk for the staff routes', () => {
    expect(nextStepFor(routeFor({ goal: 'benefit', level: '3', strongAuth: 'yes' }), SERVICES)).toEqual({ kind: 'askStaff' });
    expect(nextStepFor(routeFor({ level: '4' }), SERVICES)).toEqual({ kind: 'askStaff' });
  });

  it('shows the services under the referral routes', () => {
    expect(nextStepFor(routeFor({ goal: 'tax', unsure: ['service'], strongAuth: 'yes' }), SERVICES)).toEqual({ kind: 'services' });
    expect(nextStepFor(routeFor({ goal: 'learn' }), SERVICES)).toEqual({ kind: 'services' });
    expect(nextStepFor(routeFor({ goal: 'benefit', strongAuth: 'no' }), SERVICES)).toEqual({ kind: 'services' });
  });
});
