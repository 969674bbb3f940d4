/**
 * The UI document's Content-Security-Policy. Playwright's routing never sees redirects, but
 * Chromium checks the embedding document's `frame-src` on every hop of every navigation of the
 * content iframe, so the allowlist is also written there: a redirect to a refused host is
 * stopped by the browser itself.
 */
import type { NavigationPolicy } from '../../shared/policy/navigation';

// The grammar of shared/config's HostPatternSchema minus IPv6 literals, which CSP cannot name:
// such entries fall out here, so the browser refuses them (closed, not open).
const CSP_HOST_PATTERN = /^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?$/;

/** CSP source expressions for the allowlist: `kela.fi` → `https://kela.fi` (port 443 only), alike for `*.` and ports. */
export function frameSourcesFor(policy: NavigationPolicy): string[] {
  return policy.allowedHosts.filter((pattern) => CSP_HOST_PATTERN.test(pattern)).map((pattern) => `https://${pattern.toLowerCase()}`);
}

export function uiContentSecurityPolicy(frameSources: readonly string[]): string {
  const frames = frameSources.length > 0 ? frameSources.join(' ') : "'none'";
  return `frame-src ${frames}; frame-ancestors 'none'; object-src 'none'; base-uri 'self'`;
}
