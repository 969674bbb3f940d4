import type { KioskConfig } from '../../shared/config/schema';
import type { NavigationPolicy } from '../../shared/policy/navigation';

/**
 * The allowlist in force for a configuration: every service's own host (with its port, if any)
 * plus the extra hosts IT listed. Built once per configuration and frozen, so the policy's
 * compiled form can be cached by identity.
 */
export function buildNavigationPolicy(config: KioskConfig): NavigationPolicy {
  const hosts = new Set<string>();
  for (const service of config.services) hosts.add(new URL(service.url).host);
  for (const pattern of config.allowedHosts) hosts.add(pattern);
  return Object.freeze({ allowedHosts: Object.freeze([...hosts]) });
}
