import type { Snapshot } from '../../../shared/bridge';
import type { AssessmentResult } from '../../../shared/content/assessment-model';
import { serviceForGoal } from './goal-services';

/** The one big thing the result screen asks the client to do. */
export type NextStep =
  | { readonly kind: 'open'; readonly service: Snapshot['services'][number] }
  | { readonly kind: 'askStaff' }
  | { readonly kind: 'services' };

/**
 * - goAhead: open the goal's service, or show the services when the goal names none here;
 * - askStaff, and onBehalf (counter service and e-Authorizations are arranged with staff):
 *   go to the desk;
 * - the referral routes (authority, learning, identification): the cards say where to go
 *   later; here and now the client can still use the services.
 */
export function nextStepFor(result: Pick<AssessmentResult, 'route' | 'serviceGoal'>, services: Snapshot['services']): NextStep {
  switch (result.route) {
    case 'goAhead': {
      const service = serviceForGoal(result.serviceGoal, services);
      return service === null ? { kind: 'services' } : { kind: 'open', service };
    }
    case 'askStaff':
    case 'onBehalf':
      return { kind: 'askStaff' };
    case 'authority':
    case 'learning':
    case 'identification':
      return { kind: 'services' };
  }
}
