/**
 * Compiles allowlist entries (`kela.fi`, `*.kela.fi`, `kela.test:8443`, `[::1]`, `127.0.0.1`)
 * into sets, so that a navigation decision costs one URL parse plus a few set lookups.
 *
 * Entries go through the same WHATWG host parser as the URLs they are matched against, so case,
 * Unicode (IDNA → punycode), default ports and IPv4/IPv6 spellings compare in one normal form.
 */
import { parseUrl } from './whatwg-url';

/**
 * DNS names are at most 253 characters (without the root dot). Longer hosts cannot be resolved,
 * and refusing them up front keeps the suffix walk below bounded for hostile inputs.
 */
const MAX_HOSTNAME_LENGTH = 253;

/**
 * Characters an entry must not contain: the URL parser would silently drop them (tab, newline),
 * treat them as delimiters (`/ \ ? # @`), or decode them (`%`), so the entry would not mean what
 * it says. Spaces and other controls are never part of a host.
 */
const DELIMITERS = '/\\?#@%';

function hasForbiddenChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || DELIMITERS.includes(text.charAt(i))) return true;
  }
  return false;
}

export interface CompiledAllowlist {
  /** Exact `host[:port]` entries in WHATWG normal form. */
  readonly exact: ReadonlySet<string>;
  /** Wildcard entries without their `*.` prefix: `kela.fi`, `kela.test:8443`. */
  readonly wildcardSuffixes: ReadonlySet<string>;
}

export type HostPattern =
  | { readonly kind: 'exact'; readonly host: string }
  | { readonly kind: 'wildcard'; readonly suffix: string };

/** An IP host after WHATWG parsing: IPv6 is bracketed, IPv4 is always four decimal parts. */
export function isIpHost(hostname: string): boolean {
  return hostname.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname);
}

function withoutRootDot(hostname: string): string {
  return hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
}

function hasEmptyLabel(hostname: string): boolean {
  const name = withoutRootDot(hostname);
  return name === '' || name.startsWith('.') || name.includes('..');
}

/** Whether a host name is short enough to be a real DNS name (hostile-length inputs are not). */
export function isPlausibleHostLength(hostname: string): boolean {
  return withoutRootDot(hostname).length <= MAX_HOSTNAME_LENGTH;
}

/** Normalises one allowlist entry, or returns null for an entry that can never match. */
export function parseHostPattern(entry: string): HostPattern | null {
  const wildcard = entry.startsWith('*.');
  const rest = wildcard ? entry.slice(2) : entry;
  if (rest === '' || rest.includes('*') || hasForbiddenChar(rest)) return null;

  const parsed = parseUrl(`https://${rest}/`);
  // The href check rejects anything that parsed into more than a host and port.
  if (parsed === null || parsed.href !== `https://${parsed.host}/`) return null;
  if (hasEmptyLabel(parsed.hostname) || !isPlausibleHostLength(parsed.hostname)) return null;

  if (!wildcard) return { kind: 'exact', host: parsed.host };
  // A wildcard over an IP address has no meaning (and `*.0.1` would parse as an IPv4 address).
  if (isIpHost(parsed.hostname)) return null;
  return { kind: 'wildcard', suffix: parsed.host };
}

/** Whether an entry is usable; invalid entries are ignored by the policy, never an error. */
export function isValidHostPattern(entry: string): boolean {
  return parseHostPattern(entry) !== null;
}

// Keyed by the array, not the policy object, so callers that wrap the same configured list in
// a fresh policy object per call still compile it once. The lists are treated as immutable.
const compiled = new WeakMap<readonly string[], CompiledAllowlist>();

export function compileAllowlist(entries: readonly string[]): CompiledAllowlist {
  const cached = compiled.get(entries);
  if (cached !== undefined) return cached;

  const exact = new Set<string>();
  const wildcardSuffixes = new Set<string>();
  for (const entry of entries) {
    // A non-string would come from an unvalidated caller; it simply never matches.
    const pattern = typeof entry === 'string' ? parseHostPattern(entry) : null;
    if (pattern?.kind === 'exact') exact.add(pattern.host);
    else if (pattern?.kind === 'wildcard') wildcardSuffixes.add(pattern.suffix);
  }
  const result: CompiledAllowlist = { exact, wildcardSuffixes };
  compiled.set(entries, result);
  return result;
}

/**
 * Whether a parsed https host is allowed. `hostname` and `port` are the WHATWG URL's fields
 * (port empty for the default port); `host` is their combination as the URL serialises it.
 */
export function allowsHost(allowlist: CompiledAllowlist, host: string, hostname: string, port: string): boolean {
  if (!isPlausibleHostLength(hostname)) return false;
  if (allowlist.exact.has(host)) return true;
  if (allowlist.wildcardSuffixes.size === 0 || isIpHost(hostname) || hasEmptyLabel(hostname)) return false;

  const portSuffix = port === '' ? '' : `:${port}`;
  // Walk the proper suffixes after each dot: a.b.kela.fi → b.kela.fi → kela.fi → fi. The host
  // itself is never tried, so `*.kela.fi` does not match `kela.fi`.
  for (let dot = hostname.indexOf('.'); dot !== -1; dot = hostname.indexOf('.', dot + 1)) {
    if (allowlist.wildcardSuffixes.has(hostname.slice(dot + 1) + portSuffix)) return true;
  }
  return false;
}
