import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/bridge';
import { DEFAULT_CONFIG } from '../../../shared/config/defaults';
import { GOAL_IDS, SERVICE_GOALS } from '../../../shared/content/assessment-model';
import { GOAL_SERVICES, serviceForGoal } from './goal-services';

const service = (id: string): Snapshot['services'][number] => ({
  id,
  name: { fi: id, sv: id, en: id },
  description: { fi: id, sv: id, en: id },
  host: `${id}.example`,
});
const ALL = ['kela', 'suomifi', 'vero', 'migri'].map(service);

describe('serviceForGoal', () => {
  it('maps each e-service goal to its service', () => {
    expect(serviceForGoal('benefit', ALL)?.id).toBe('kela');
    expect(serviceForGoal('attachments', ALL)?.id).toBe('kela');
    expect(serviceForGoal('messages', ALL)?.id).toBe('suomifi');
    expect(serviceForGoal('tax', ALL)?.id).toBe('vero');
    expect(serviceForGoal('immigration', ALL)?.id).toBe('migri');
  });

  it('gives no service for goals the kiosk has none for, or no goal', () => {
    for (const goal of ['health', 'learn', 'other'] as const) expect(serviceForGoal(goal, ALL), goal).toBeNull();
    expect(serviceForGoal(null, ALL)).toBeNull();
  });

  it('gives no service when this kiosk does not offer it', () => {
    expect(serviceForGoal('tax', ALL.filter((s) => s.id !== 'vero'))).toBeNull();
    expect(serviceForGoal('benefit', [])).toBeNull();
  });

  it('maps only goals that name an e-service', () => {
    for (const goal of Object.keys(GOAL_SERVICES)) expect(SERVICE_GOALS, goal).toContain(goal);
    expect(GOAL_IDS).toEqual(expect.arrayContaining(Object.keys(GOAL_SERVICES)));
  });

  it('points at services of the shipped configuration', () => {
    const shipped = new Set(DEFAULT_CONFIG.services.map((s) => s.id));
    for (const [goal, id] of Object.entries(GOAL_SERVICES)) expect(shipped.has(id ?? ''), `${goal} → ${id}`).toBe(true);
  });
});
