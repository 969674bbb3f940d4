/**
 * The navigation policy: whether the content view may show a URL. Every navigation hook of the
 * kiosk (will-navigate, will-frame-navigate, will-redirect, window.open, frame requests, and the
 * browser host's routing) asks this one pure function, so the rules cannot drift apart.
 *
 * Decisions rest on the WHATWG URL parser, the same one the browser uses, never on string
 * prefixes: what is judged is the host the browser would actually contact.
 */
import { BLOCK_REASONS } from '../bridge';
import type { BlockReason } from '../bridge';
import { allowsHost, compileAllowlist } from './allowlist';
import { parseUrl } from './whatwg-url';

export { isValidHostPattern } from './allowlist';

export interface NavigationPolicy { readonly allowedHosts: readonly string[] }
export type NavigationDecision =
  | { readonly allowed: true; readonly host: string }
  | { readonly allowed: false; readonly reason: string };

/** A refusal whose reason is one of the bridge's codes, so the UI can explain it. */
export interface NavigationRefusal {
  readonly allowed: false;
  readonly reason: BlockReason;
}

// Refusals carry no data of the URL, so they can be shared constants. ('certificate' comes from
// the hosts' certificate checks, never from the policy.)
const REFUSALS: { readonly [R in Exclude<BlockReason, 'certificate'>]: NavigationRefusal } = {
  unparsable: Object.freeze({ allowed: false, reason: 'unparsable' }),
  'not-https': Object.freeze({ allowed: false, reason: 'not-https' }),
  credentials: Object.freeze({ allowed: false, reason: 'credentials' }),
  'not-allowed': Object.freeze({ allowed: false, reason: 'not-allowed' }),
};

/**
 * Decides whether the content view may navigate to `url`.
 *
 * - only `https:`; a user name or password in the URL is refused (even an empty user name with
 *   a password), because it disguises the real host to the reader;
 * - the host must be on the allowlist: `kela.fi` matches exactly that host, `*.kela.fi` any
 *   subdomain at any depth but not `kela.fi`; an entry without a port allows only port 443,
 *   `kela.test:8443` only that port; IP addresses only when listed exactly;
 * - a trailing root dot (`kela.fi.`) is a different host for cookies and certificates, so it
 *   passes only when an entry carries the dot too.
 */
export function decideNavigation(url: string, policy: NavigationPolicy): NavigationDecision {
  // Hooks receive URLs from outside TypeScript's reach; a non-string is refused, not thrown on.
  if (typeof url !== 'string') return REFUSALS.unparsable;
  const parsed = parseUrl(url);
  if (parsed === null) return REFUSALS.unparsable;
  if (parsed.protocol !== 'https:') return REFUSALS['not-https'];
  if (parsed.username !== '' || parsed.password !== '') return REFUSALS.credentials;

  const allowlist = compileAllowlist(policy.allowedHosts);
  if (!allowsHost(allowlist, parsed.host, parsed.hostname, parsed.port)) return REFUSALS['not-allowed'];
  // For https: WHATWG already serialises the host in lower-case ASCII (IDNA, IPv6 hex alike).
  return { allowed: true, host: parsed.host };
}

/**
 * Narrows a refusal's reason to a bridge code. `NavigationDecision.reason` is a plain string, so
 * anything unexpected maps to the most general code rather than failing the bridge's schema.
 */
export function toBlockReason(reason: string): BlockReason {
  return (BLOCK_REASONS as readonly string[]).includes(reason) ? (reason as BlockReason) : 'not-allowed';
}

/**
 * The host of any parsable URL that has one (with a non-default port), lower case, or null.
 * The UI and the log name a blocked destination with this, never with the full URL: path,
 * query, fragment and credentials are dropped.
 */
export function describeHost(url: string): string | null {
  if (typeof url !== 'string') return null;
  const parsed = parseUrl(url);
  if (parsed === null || parsed.host === '') return null;
  // Non-special schemes (`foo://EVIL.com`) keep an opaque host in its original case.
  return parsed.host.toLowerCase();
}
