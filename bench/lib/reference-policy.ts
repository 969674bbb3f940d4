/**
 * The straightforward reference the navigation policy is measured against: parse with `URL`,
 * check the scheme and credentials, then scan the allowlist entry by entry. It is what one would
 * write first; shared/policy/navigation.ts compiles the list into sets instead.
 *
 * It expects entries in the WHATWG normal form (lower case, no default port), as the benchmark's
 * allowlist is written; it does not cover the policy's hardening (hostile host lengths, empty
 * labels, IP wildcards), so the URL mix stays clear of those.
 */
export function referenceAllowed(url: string, allowedHosts: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  const host = parsed.host;
  for (const entry of allowedHosts) {
    if (entry.startsWith('*.')) {
      if (host.endsWith(`.${entry.slice(2)}`)) return true;
    } else if (host === entry) {
      return true;
    }
  }
  return false;
}
