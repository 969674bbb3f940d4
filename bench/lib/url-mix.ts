/**
 * Inputs of the policy benchmark: a 200-host allowlist (half exact hosts, half wildcards, a few
 * with a port) and a deterministic mix of URLs a content view meets or is attacked with.
 */
import { intBetween, pick, seededRandom, type Random } from '../../shared/testing/seeded-random';

export const URL_KINDS = ['exact', 'wildcard', 'lookAlike', 'http', 'otherScheme', 'credentials', 'garbage'] as const;
export type UrlKind = (typeof URL_KINDS)[number];

/** Shares of the mix, in per cent (they sum to 100); about half of the URLs are allowed. */
export const URL_MIX: Readonly<Record<UrlKind, number>> = {
  exact: 30,
  wildcard: 22,
  lookAlike: 18,
  http: 8,
  otherScheme: 8,
  credentials: 6,
  garbage: 8,
};

export interface Allowlist {
  readonly entries: readonly string[];
  readonly exactHosts: readonly string[];
  /** Wildcard entries without `*.` (with their port, if any). */
  readonly wildcardSuffixes: readonly string[];
}

/** Every tenth entry of each half carries port 8443, as fixture and test services do. */
export function buildAllowlist(size: number): Allowlist {
  if (!Number.isInteger(size) || size < 2 || size % 2 !== 0) throw new Error('the allowlist size must be an even number ≥ 2');
  const half = size / 2;
  const port = (i: number): string => (i % 10 === 9 ? ':8443' : '');
  const exactHosts = Array.from({ length: half }, (_, i) => `asiointi.palvelu-${i}.fi${port(i)}`);
  const wildcardSuffixes = Array.from({ length: half }, (_, i) => `virasto-${i}.fi${port(i)}`);
  const entries = Object.freeze([...exactHosts, ...wildcardSuffixes.map((suffix) => `*.${suffix}`)]);
  return { entries, exactHosts, wildcardSuffixes };
}

const SUBDOMAINS = ['www', 'asiointi', 'login', 'a', 'b2', 'api', 'tunnistus', 'sso'];
const PATHS = ['/', '/hakemus', '/omat-tiedot?lang=fi', '/asiointi/viestit#uusi', '/a/b/c?x=1&y=2', '/%C3%A4'];
const OTHER_SCHEMES = [
  'javascript:alert(1)',
  'data:text/html,<h1>hi</h1>',
  'file:///etc/passwd',
  'about:blank',
  'chrome://settings',
  'blob:https://asiointi.palvelu-1.fi/4f6c1c2e',
  'mailto:someone@example.fi',
  'ws://asiointi.palvelu-1.fi/socket',
];
const GARBAGE_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789:/.?#@%[]\\ -_~';

function hostPart(hostWithPort: string): { name: string; port: string } {
  const colon = hostWithPort.lastIndexOf(':');
  return colon === -1 ? { name: hostWithPort, port: '' } : { name: hostWithPort.slice(0, colon), port: hostWithPort.slice(colon) };
}

function garbage(random: Random): string {
  const shapes = [
    () => Array.from({ length: intBetween(random, 1, 40) }, () => pick(random, [...GARBAGE_CHARS])).join(''),
    () => 'https://',
    () => 'https://[::1',
    () => `//asiointi.palvelu-${intBetween(random, 0, 99)}.fi/`,
    () => 'https://exa mple.fi/',
    () => 'https://%zz/',
    () => '',
  ];
  return pick(random, shapes)();
}

function lookAlike(random: Random, list: Allowlist): string {
  const exact = hostPart(pick(random, list.exactHosts));
  const suffix = hostPart(pick(random, list.wildcardSuffixes));
  const shapes = [
    // The allowed name as a subdomain of someone else's.
    () => `https://${exact.name}.evil.test${exact.port}/`,
    // A wildcard's apex: `*.x.fi` does not allow `x.fi`.
    () => `https://${suffix.name}${suffix.port}/`,
    // Glued to the suffix without a dot.
    () => `https://www${suffix.name}${suffix.port}/`,
    // Dots turned into dashes.
    () => `https://${exact.name.replace(/\./g, '-')}${exact.port}/`,
    // The right host on another port.
    () => `https://${exact.name}:${exact.port === '' ? '8443' : '443'}/`,
    // A trailing root dot is another host for cookies and certificates.
    () => `https://${exact.name}.${exact.port}/`,
    // A sibling service that is not on the list.
    () => `https://asiointi.palvelu-${intBetween(random, 100, 999)}.fi/`,
    // Unicode look-alike (Cyrillic а), punycoded by the parser.
    () => `https://${exact.name.replace('a', '\u0430')}${exact.port}/`,
  ];
  return pick(random, shapes)();
}

function urlOf(kind: UrlKind, random: Random, list: Allowlist): string {
  const path = pick(random, PATHS);
  switch (kind) {
    case 'exact': {
      const host = pick(random, list.exactHosts);
      // Upper case and an explicit default port are the same host once parsed.
      const shown = random() < 0.1 ? host.toUpperCase() : host;
      return `https://${shown}${random() < 0.05 && !host.includes(':') ? ':443' : ''}${path}`;
    }
    case 'wildcard': {
      const depth = intBetween(random, 1, 3);
      const labels = Array.from({ length: depth }, () => pick(random, SUBDOMAINS));
      return `https://${labels.join('.')}.${pick(random, list.wildcardSuffixes)}${path}`;
    }
    case 'lookAlike':
      return `${lookAlike(random, list)}${path.slice(1)}`;
    case 'http':
      return `http://${pick(random, list.exactHosts)}${path}`;
    case 'otherScheme':
      return pick(random, OTHER_SCHEMES);
    case 'credentials': {
      const host = pick(random, list.exactHosts);
      return pick(random, [`https://user:secret@${host}/`, `https://:secret@${host}/`, `https://${hostPart(host).name}@evil.test/`, `https://user@${host}${path}`]);
    }
    case 'garbage':
      return garbage(random);
  }
}

export interface UrlMix {
  readonly urls: readonly string[];
  readonly kinds: Readonly<Record<UrlKind, number>>;
}

/** `count` URLs in the shares of URL_MIX, shuffled, the same for the same seed. */
export function buildUrlMix(count: number, list: Allowlist, seed = 7): UrlMix {
  const random = seededRandom(seed);
  const kinds = Object.fromEntries(URL_KINDS.map((kind) => [kind, 0])) as Record<UrlKind, number>;
  const urls: string[] = [];
  for (let i = 0; i < count; i++) {
    let roll = random() * 100;
    let kind: UrlKind = 'garbage';
    for (const candidate of URL_KINDS) {
      roll -= URL_MIX[candidate];
      if (roll < 0) {
        kind = candidate;
        break;
      }
    }
    kinds[kind]++;
    urls.push(urlOf(kind, random, list));
  }
  return { urls, kinds };
}
