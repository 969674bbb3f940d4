import type { Snapshot } from '../../../shared/bridge';
import type { GoalId } from '../../../shared/content/assessment-model';

/**
 * The e-service (configuration id) that serves each goal of the self-assessment. Attachments
 * usually go with a Kela application (seed case 6); messages from authorities arrive in
 * Suomi.fi Messages. Health, learning and "something else" name no service of the kiosk.
 */
export const GOAL_SERVICES: { readonly [G in GoalId]?: string } = {
  benefit: 'kela',
  attachments: 'kela',
  messages: 'suomifi',
  tax: 'vero',
  immigration: 'migri',
};

/**
 * The service to open for a goal, or null when the goal names none or this kiosk does not
 * offer it (IT may have removed it from the configuration).
 */
export function serviceForGoal(goal: GoalId | null, services: Snapshot['services']): Snapshot['services'][number] | null {
  const id = goal === null ? undefined : GOAL_SERVICES[goal];
  if (id === undefined) return null;
  return services.find((service) => service.id === id) ?? null;
}
