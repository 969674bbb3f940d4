import { describe, expect, it } from 'vitest';
import { BLOCK_REASONS } from '../bridge';
import { DEFAULT_CONFIG } from '../config/defaults';
import { compileAllowlist } from './allowlist';
import { decideNavigation, describeHost, isValidHostPattern, toBlockReason } from './navigation';
import type { NavigationPolicy } from './navigation';

const policy = (...allowedHosts: string[]): NavigationPolicy => ({ allowedHosts });

const EXACT = policy('kela.fi');
const WILD = policy('*.kela.fi');
const BOTH = policy('kela.fi', '*.kela.fi');

function reasonOf(url: string, p: NavigationPolicy): string {
  const decision = decideNavigation(url, p);
  return decision.allowed ? `allowed:${decision.host}` : decision.reason;
}

describe('decideNavigation: the basics', () => {
  it('allows an exactly listed https host and names it', () => {
    expect(decideNavigation('https://kela.fi/asiointi?x=1#top', EXACT)).toEqual({ allowed: true, host: 'kela.fi' });
  });

  it('refuses with one of the bridge codes, never with anything else', () => {
    const urls = ['', 'http://kela.fi/', 'https://u@kela.fi/', 'https://evil.com/', 'https://kela.fi/'];
    for (const url of urls) {
      const decision = decideNavigation(url, EXACT);
      if (!decision.allowed) expect(BLOCK_REASONS).toContain(decision.reason);
    }
    expect(urls.map((url) => decideNavigation(url, EXACT).allowed)).toEqual([false, false, false, false, true]);
  });

  it('refuses everything with an empty allowlist', () => {
    expect(reasonOf('https://kela.fi/', policy())).toBe('not-allowed');
  });
});

describe('look-alike hosts', () => {
  it.each([
    ['https://kela.fi.evil.com/', BOTH],
    ['https://evilkela.fi/', BOTH],
    ['https://kela.fi-x.com/', BOTH],
    ['https://kela.fin/', BOTH],
    ['https://kela.f/', BOTH],
    ['https://ela.fi/', BOTH],
    ['https://www-kela.fi/', BOTH],
    ['https://wwwkela.fi/', WILD],
    // Cyrillic 'а' (U+0430) in place of the Latin 'a': WHATWG turns it into punycode.
    ['https://kel\u0430.fi/', BOTH],
    ['https://xn--kel-8cd.fi/', BOTH],
    ['https://www.kel\u0430.fi/', BOTH],
    ['https://kela.fi\u0430/', BOTH],
  ])('refuses %s', (url, p) => {
    expect(reasonOf(url, p)).toBe('not-allowed');
  });

  it('refuses a homograph even when its Unicode form is displayed like the real host', () => {
    expect(describeHost('https://kel\u0430.fi/')).toBe('xn--kel-8cd.fi');
  });
});

describe('exact entries and wildcards', () => {
  it('an exact entry matches that host only, not its subdomains', () => {
    expect(reasonOf('https://kela.fi/', EXACT)).toBe('allowed:kela.fi');
    expect(reasonOf('https://www.kela.fi/', EXACT)).toBe('not-allowed');
  });

  it.each([
    ['https://www.kela.fi/', 'www.kela.fi'],
    ['https://a.b.kela.fi/', 'a.b.kela.fi'],
    ['https://x.y.z.w.kela.fi/path', 'x.y.z.w.kela.fi'],
  ])('a wildcard matches the subdomain %s at any depth', (url, host) => {
    expect(reasonOf(url, WILD)).toBe(`allowed:${host}`);
  });

  it('a wildcard does not match the bare domain', () => {
    expect(reasonOf('https://kela.fi/', WILD)).toBe('not-allowed');
  });

  it('a wildcard does not match a host that only ends with the same characters', () => {
    expect(reasonOf('https://evilkela.fi/', WILD)).toBe('not-allowed');
    expect(reasonOf('https://fi/', WILD)).toBe('not-allowed');
  });

  it('a wildcard under a subdomain does not reach up to the parent domain', () => {
    const p = policy('*.asiointi.kela.fi');
    expect(reasonOf('https://a.asiointi.kela.fi/', p)).toBe('allowed:a.asiointi.kela.fi');
    expect(reasonOf('https://www.kela.fi/', p)).toBe('not-allowed');
    expect(reasonOf('https://asiointi.kela.fi/', p)).toBe('not-allowed');
  });

  it('refuses hosts with empty labels under a wildcard', () => {
    expect(reasonOf('https://.kela.fi/', WILD)).toBe('not-allowed');
    expect(reasonOf('https://a..kela.fi/', WILD)).toBe('not-allowed');
  });

  it('works with the shipped default allowlist', () => {
    const p = policy(...DEFAULT_CONFIG.allowedHosts);
    expect(reasonOf('https://www.kela.fi/', p)).toBe('allowed:www.kela.fi');
    expect(reasonOf('https://migri.fi/', p)).toBe('allowed:migri.fi');
    expect(reasonOf('https://kela.fi/', p)).toBe('not-allowed');
    expect(reasonOf('https://www.google.com/', p)).toBe('not-allowed');
  });
});

describe('@ tricks and credentials', () => {
  it.each([
    // The real host is evil.com; "kela.fi" is only a user name.
    ['https://kela.fi@evil.com/', 'credentials'],
    ['https://kela.fi:443@evil.com/', 'credentials'],
    ['https://user:pw@kela.fi/', 'credentials'],
    ['https://user@kela.fi/', 'credentials'],
    ['https://:pw@kela.fi/', 'credentials'],
    ['https://evil.com%2F@kela.fi/', 'credentials'],
    ['https://www.kela.fi%40evil.com@kela.fi/', 'credentials'],
    // WHATWG treats "\" as "/" in https: URLs, so the host ends before the "\": it is evil.com.
    ['https://evil.com\\@kela.fi', 'not-allowed'],
    // Not a host at all: an encoded "@" in a host is invalid.
    ['https://evil.com%40kela.fi/', 'unparsable'],
  ])('%s → %s', (url, reason) => {
    expect(reasonOf(url, BOTH)).toBe(reason);
  });

  it('an "@" in the fragment or path does not change the host', () => {
    expect(reasonOf('https://kela.fi#@evil.com', EXACT)).toBe('allowed:kela.fi');
    expect(reasonOf('https://kela.fi/@evil.com', EXACT)).toBe('allowed:kela.fi');
    expect(reasonOf('https://evil.com/@kela.fi', EXACT)).toBe('not-allowed');
  });

  it('an empty user info ("https://@kela.fi/") carries no credentials and reaches kela.fi itself', () => {
    expect(reasonOf('https://@kela.fi/', EXACT)).toBe('allowed:kela.fi');
    expect(reasonOf('https://:@kela.fi/', EXACT)).toBe('allowed:kela.fi');
    expect(reasonOf('https://@evil.com/', EXACT)).toBe('not-allowed');
  });
});

describe('backslashes (WHATWG treats them as "/" in https: URLs)', () => {
  it.each([
    ['https:\\\\evil.com', EXACT, 'not-allowed'],
    ['https:\\\\evil.com', policy('evil.com'), 'allowed:evil.com'],
    ['https:\\\\kela.fi\\path', EXACT, 'allowed:kela.fi'],
    // The host is kela.fi; "evil.com" is only a path segment, so the browser stays on kela.fi.
    ['https://kela.fi\\evil.com', EXACT, 'allowed:kela.fi'],
    ['https://kela.fi\\evil.com', policy('evil.com'), 'not-allowed'],
    ['https://kela.fi\\.evil.com', policy('*.evil.com'), 'not-allowed'],
  ])('%s', (url, p, expected) => {
    expect(reasonOf(url, p)).toBe(expected);
  });
});

describe('percent-encoded characters in the host', () => {
  it('an encoded dot is decoded, as the browser does, and then judged as the real host', () => {
    expect(reasonOf('https://kela%2Efi/', EXACT)).toBe('allowed:kela.fi');
    expect(reasonOf('https://kela%2efi/', EXACT)).toBe('allowed:kela.fi');
  });

  it('"evil.com%2Ekela.fi" is the host evil.com.kela.fi: outside an exact entry, inside the wildcard', () => {
    expect(reasonOf('https://evil.com%2Ekela.fi', EXACT)).toBe('not-allowed');
    expect(reasonOf('https://evil.com%2Ekela.fi', policy('evil.com'))).toBe('not-allowed');
    // A subdomain of kela.fi is under kela.fi's control, whatever its first label says.
    expect(reasonOf('https://evil.com%2Ekela.fi', WILD)).toBe('allowed:evil.com.kela.fi');
  });

  it.each(['https://kela.fi%2F.evil.com/', 'https://kela.fi%3A8443/', 'https://kela.fi%5C/', 'https://kela.fi%00/', 'https://kela.fi%20/'])(
    'refuses the encoded delimiter or control in %s as unparsable',
    (url) => {
      expect(reasonOf(url, BOTH)).toBe('unparsable');
    },
  );
});

describe('schemes other than https:', () => {
  it.each([
    'http://kela.fi/',
    'HTTP://KELA.FI/',
    'javascript:alert(1)',
    'javascript://kela.fi/%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    'file://kela.fi/share',
    'blob:https://kela.fi/0b6b5f1c-1f1d-4b8e-9d55-2f3e0e4d6a77',
    'view-source:https://kela.fi/',
    'chrome://settings',
    'chrome-extension://abcdefghijklmnop/page.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'about:srcdoc',
    'ftp://kela.fi/',
    'ws://kela.fi/',
    'wss://kela.fi/',
    'mailto:info@kela.fi',
    'filesystem:https://kela.fi/temporary/x',
    'intent://kela.fi#Intent;scheme=https;end',
    'httpss://kela.fi/',
    'kela.fi:443',
  ])('refuses %s as not-https', (url) => {
    expect(reasonOf(url, BOTH)).toBe('not-https');
  });

  it('accepts the scheme in any case and without slashes, as the browser does', () => {
    expect(reasonOf('HtTpS://kela.fi/', EXACT)).toBe('allowed:kela.fi');
    expect(reasonOf('https:kela.fi', EXACT)).toBe('allowed:kela.fi');
    expect(reasonOf('https:/kela.fi', EXACT)).toBe('allowed:kela.fi');
  });
});

describe('trailing root dot', () => {
  // "kela.fi." resolves like kela.fi but is a different host for certificates, cookies and
  // same-origin checks; refusing it is the safe choice unless an entry lists the dot.
  it.each([
    ['https://kela.fi./', EXACT],
    ['https://www.kela.fi./', WILD],
    ['https://kela.fi../', BOTH],
    ['https://kela.fi\u3002/', EXACT],
  ])('refuses %s', (url, p) => {
    expect(reasonOf(url, p)).toBe('not-allowed');
  });

  it('allows the dotted form when the entry carries the dot, and only that form', () => {
    expect(reasonOf('https://kela.fi./', policy('kela.fi.'))).toBe('allowed:kela.fi.');
    expect(reasonOf('https://kela.fi/', policy('kela.fi.'))).toBe('not-allowed');
    expect(reasonOf('https://www.kela.fi./', policy('*.kela.fi.'))).toBe('allowed:www.kela.fi.');
  });
});

describe('case and Unicode', () => {
  it.each([
    ['https://KELA.FI/', 'allowed:kela.fi'],
    ['https://Kela.Fi/Asiointi', 'allowed:kela.fi'],
    ['https://WWW.KELA.FI/', 'allowed:www.kela.fi'],
    // Full-width letters and the ideographic full stop map to ASCII under IDNA.
    ['https://\uff4b\uff45\uff4c\uff41.fi/', 'allowed:kela.fi'],
    ['https://kela\u3002fi/', 'allowed:kela.fi'],
  ])('%s → %s (host reported in lower case)', (url, expected) => {
    expect(reasonOf(url, BOTH)).toBe(expected);
  });

  it.each([['KELA.fi'], ['Kela.FI'], ['kela.fi:443']])('entry %s is normalised like a URL host', (entry) => {
    expect(reasonOf('https://kela.fi/', policy(entry))).toBe('allowed:kela.fi');
  });

  it('a Unicode entry matches both the Unicode and the punycode spelling of the host', () => {
    const p = policy('müller.fi', '*.Päivä.fi');
    expect(reasonOf('https://müller.fi/', p)).toBe('allowed:xn--mller-kva.fi');
    expect(reasonOf('https://xn--mller-kva.fi/', p)).toBe('allowed:xn--mller-kva.fi');
    expect(reasonOf('https://www.päivä.fi/', p)).toBe('allowed:www.xn--piv-qlac.fi');
    expect(reasonOf('https://muller.fi/', p)).toBe('not-allowed');
  });

  it('a punycode entry matches the Unicode spelling', () => {
    expect(reasonOf('https://müller.fi/', policy('xn--mller-kva.fi'))).toBe('allowed:xn--mller-kva.fi');
  });
});

describe('ports', () => {
  it.each([
    ['https://kela.fi:443/', 'allowed:kela.fi'],
    ['https://kela.fi:0443/', 'allowed:kela.fi'],
    ['https://kela.fi:/', 'allowed:kela.fi'],
    ['https://kela.fi:8443/', 'not-allowed'],
    ['https://kela.fi:80/', 'not-allowed'],
    ['https://kela.fi:0/', 'not-allowed'],
    ['https://www.kela.fi:444/', 'not-allowed'],
    ['https://kela.fi:65536/', 'unparsable'],
    ['https://kela.fi:-1/', 'unparsable'],
    ['https://kela.fi:8443x/', 'unparsable'],
  ])('without a port in the entry, %s → %s', (url, expected) => {
    expect(reasonOf(url, BOTH)).toBe(expected);
  });

  it('an entry with a port allows that port only', () => {
    const p = policy('kela.test:8443');
    expect(reasonOf('https://kela.test:8443/', p)).toBe('allowed:kela.test:8443');
    expect(reasonOf('https://KELA.test:08443/x', p)).toBe('allowed:kela.test:8443');
    expect(reasonOf('https://kela.test/', p)).toBe('not-allowed');
    expect(reasonOf('https://kela.test:8444/', p)).toBe('not-allowed');
    expect(reasonOf('https://www.kela.test:8443/', p)).toBe('not-allowed');
  });

  it('a wildcard entry with a port allows subdomains on that port only', () => {
    const p = policy('*.kela.test:8443');
    expect(reasonOf('https://www.kela.test:8443/', p)).toBe('allowed:www.kela.test:8443');
    expect(reasonOf('https://a.b.kela.test:8443/', p)).toBe('allowed:a.b.kela.test:8443');
    expect(reasonOf('https://www.kela.test/', p)).toBe('not-allowed');
    expect(reasonOf('https://www.kela.test:9443/', p)).toBe('not-allowed');
    expect(reasonOf('https://kela.test:8443/', p)).toBe('not-allowed');
  });

  it('a wildcard without a port does not allow other ports', () => {
    expect(reasonOf('https://www.kela.fi:8443/', WILD)).toBe('not-allowed');
  });
});

describe('IP address hosts', () => {
  const ips = policy('127.0.0.1', '[::1]:8443', '*.kela.fi');

  it.each([
    ['https://127.0.0.1/', 'allowed:127.0.0.1'],
    // Other spellings of 127.0.0.1 normalise to it, so they are the same, listed host.
    ['https://0x7f.1/', 'allowed:127.0.0.1'],
    ['https://2130706433/', 'allowed:127.0.0.1'],
    ['https://127.1/', 'allowed:127.0.0.1'],
    ['https://0177.0.0.1/', 'allowed:127.0.0.1'],
    ['https://127.0.0.1./', 'allowed:127.0.0.1'],
    ['https://127.0.0.2/', 'not-allowed'],
    ['https://127.0.0.1:8443/', 'not-allowed'],
    ['https://[::1]:8443/', 'allowed:[::1]:8443'],
    ['https://[0:0:0:0:0:0:0:1]:8443/', 'allowed:[::1]:8443'],
    ['https://[::1]/', 'not-allowed'],
    ['https://[::2]:8443/', 'not-allowed'],
    ['https://[::ffff:127.0.0.1]/', 'not-allowed'],
    // A name ending in a non-numeric label is a domain (under kela.fi), not an IP address.
    ['https://127.0.0.1.kela.fi/', 'allowed:127.0.0.1.kela.fi'],
    // A name ending in a number must be a valid IPv4 address, or it is no host at all.
    ['https://kela.fi.127.0.0.1/', 'unparsable'],
    ['https://999.0.0.1/', 'unparsable'],
    ['https://[::1/', 'unparsable'],
  ])('%s → %s', (url, expected) => {
    expect(reasonOf(url, ips)).toBe(expected);
  });

  it('an IP entry in a non-canonical spelling is normalised too', () => {
    expect(reasonOf('https://127.0.0.1/', policy('0x7f.1'))).toBe('allowed:127.0.0.1');
    expect(reasonOf('https://[::1]/', policy('[0:0::1]'))).toBe('allowed:[::1]');
  });

  it('a wildcard never matches an IP address', () => {
    expect(reasonOf('https://10.0.0.1/', policy('*.0.0.1'))).toBe('not-allowed');
    expect(reasonOf('https://10.0.0.1/', policy('*.0.1'))).toBe('not-allowed');
    expect(reasonOf('https://[::1]/', policy('*.1', '*.[::1]'))).toBe('not-allowed');
  });

  it('an exact IP entry does not match host names that contain it', () => {
    expect(reasonOf('https://localhost/', ips)).toBe('not-allowed');
  });
});

describe('empty, garbage and hostile strings', () => {
  it.each([
    '',
    ' ',
    'kela.fi',
    'www.kela.fi/asiointi',
    '//kela.fi/',
    '/relative/path',
    'https://',
    'https:///',
    'https://:443/',
    'https:// kela.fi/',
    'https://kela .fi/',
    'https://kela.fi%/',
    'https://[kela.fi]/',
    'https://xn--/',
    'https://xn--zz.fi/',
    '\u0000',
    '%%%',
  ])('refuses %j as unparsable', (url) => {
    expect(reasonOf(url, BOTH)).toBe('unparsable');
  });

  it('refuses non-string input from untyped callers instead of throwing', () => {
    expect(decideNavigation(undefined as unknown as string, BOTH)).toEqual({ allowed: false, reason: 'unparsable' });
    expect(decideNavigation({ toString: () => 'https://kela.fi/' } as unknown as string, BOTH)).toEqual({
      allowed: false,
      reason: 'unparsable',
    });
  });

  it.each([
    // WHATWG strips leading/trailing C0 controls and spaces, and removes tabs and newlines
    // anywhere; the result is judged, which is what the browser would load.
    [' https://kela.fi/ ', 'allowed:kela.fi'],
    ['\u0000\u001fhttps://kela.fi/', 'allowed:kela.fi'],
    ['https://ke\tla.fi/', 'allowed:kela.fi'],
    ['https://kela.fi\n/', 'allowed:kela.fi'],
    ['ht\ntps://kela.fi/', 'allowed:kela.fi'],
    ['\thttps://evil.com/', 'not-allowed'],
    ['https://evil\t.com\r\n/', 'not-allowed'],
    ['https://kela.fi\u0000/', 'unparsable'],
    ['https://kela.fi\u007f/', 'unparsable'],
    ['https://kela.fi\u00a0/', 'unparsable'],
    ['java\tscript:alert(1)', 'not-https'],
    ['\u0000javascript:alert(1)', 'not-https'],
    // Invisible characters that IDNA deletes: the host is kela.fi itself.
    ['https://ke\u00adla.fi/', 'allowed:kela.fi'],
    ['https://ke\u200bla.fi/', 'allowed:kela.fi'],
  ])('whitespace and controls: %j → %s', (url, expected) => {
    expect(reasonOf(url, EXACT)).toBe(expected);
  });
});

describe('very long inputs', () => {
  it('allows a long path on an allowed host', () => {
    expect(reasonOf(`https://kela.fi/${'a'.repeat(2_000_000)}`, EXACT)).toBe('allowed:kela.fi');
  });

  it('refuses a host longer than DNS allows, even under a wildcard', () => {
    // Speed is measured by `npm run bench`, not here; this only pins the length rule.
    const host = `${'a.'.repeat(100_000)}kela.fi`;
    expect(reasonOf(`https://${host}/`, WILD)).toBe('not-allowed');
  });

  it('still allows a subdomain at the DNS length limit', () => {
    const label = 'a'.repeat(63);
    const host = `${label}.${label}.${label}.${'b'.repeat(53)}.kela.fi`; // 253 characters
    expect(host).toHaveLength(253);
    expect(reasonOf(`https://${host}/`, WILD)).toBe(`allowed:${host}`);
    expect(reasonOf(`https://c${host}/`, WILD)).toBe('not-allowed');
  });

  it('refuses a very long garbage string as unparsable', () => {
    expect(reasonOf('x'.repeat(1_000_000), BOTH)).toBe('unparsable');
  });
});

describe('allowlist entries', () => {
  it.each([
    ['kela.fi', true],
    ['*.kela.fi', true],
    ['kela.test:8443', true],
    ['*.kela.test:8443', true],
    ['127.0.0.1', true],
    ['[::1]', true],
    ['[::1]:8443', true],
    ['müller.fi', true],
    ['KELA.FI', true],
    ['kela.fi.', true],
    ['', false],
    ['*', false],
    ['*.', false],
    ['**.kela.fi', false],
    ['*.*.kela.fi', false],
    ['www.*.kela.fi', false],
    ['kela*.fi', false],
    ['.kela.fi', false],
    ['*..kela.fi', false],
    ['kela..fi', false],
    ['*.127.0.0.1', false],
    ['*.[::1]', false],
    ['::1', false],
    ['https://kela.fi', false],
    ['kela.fi/', false],
    ['kela.fi/path', false],
    ['kela.fi\\evil.com', false],
    ['evil.com@kela.fi', false],
    ['user:pw@kela.fi', false],
    ['kela.fi?', false],
    ['kela.fi#', false],
    ['kela%2Efi', false],
    ['kela.fi:abc', false],
    ['kela.fi:65536', false],
    [' kela.fi', false],
    ['kela.fi ', false],
    ['ke\tla.fi', false],
    ['kela.fi\n', false],
    ['kela fi', false],
    [`${'a.'.repeat(130)}fi`, false],
  ])('entry %j valid: %s', (entry, valid) => {
    expect(isValidHostPattern(entry)).toBe(valid);
  });

  it('invalid entries never match, not even the host they seem to name, and do not spoil the others', () => {
    const p = policy('kela.fi/path', 'evil.com@kela.fi', ' kela.fi', 'ke\tla.fi', '*', '', 'www.kela.fi');
    expect(reasonOf('https://kela.fi/', p)).toBe('not-allowed');
    expect(reasonOf('https://evil.com/', p)).toBe('not-allowed');
    expect(reasonOf('https://anything.example/', p)).toBe('not-allowed');
    expect(reasonOf('https://www.kela.fi/', p)).toBe('allowed:www.kela.fi');
  });

  it('ignores non-string entries from an unvalidated caller', () => {
    const p = policy(...([null, 42, 'kela.fi'] as unknown as string[]));
    expect(reasonOf('https://kela.fi/', p)).toBe('allowed:kela.fi');
  });
});

describe('compiling the allowlist', () => {
  it('compiles a list once and reuses it for every policy object wrapping that list', () => {
    const hosts = ['kela.fi', '*.vero.fi'];
    const first = compileAllowlist(hosts);
    expect(compileAllowlist(hosts)).toBe(first);
    decideNavigation('https://kela.fi/', { allowedHosts: hosts });
    decideNavigation('https://kela.fi/', { allowedHosts: hosts });
    expect(compileAllowlist(hosts)).toBe(first);
    expect([...first.exact]).toEqual(['kela.fi']);
    expect([...first.wildcardSuffixes]).toEqual(['vero.fi']);
  });

  it('keeps different lists apart', () => {
    expect(reasonOf('https://kela.fi/', policy('kela.fi'))).toBe('allowed:kela.fi');
    expect(reasonOf('https://kela.fi/', policy('vero.fi'))).toBe('not-allowed');
  });

  it('decides many URLs against a 200-host allowlist consistently (speed is for npm run bench)', () => {
    const hosts = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? `palvelu${i}.fi` : `*.palvelu${i}.fi`));
    const p = policy(...hosts);
    const urls = Array.from({ length: 10_000 }, (_, i) =>
      i % 3 === 0 ? `https://www.palvelu${i % 200}.fi/sivu/${i}` : `https://a.b.c.d.evil${i}.example/${i}`,
    );
    let allowed = 0;
    for (const url of urls) if (decideNavigation(url, p).allowed) allowed++;
    // Only odd indices are wildcards, and i % 3 === 0 with i % 200 odd happens for a sixth of URLs.
    expect(allowed).toBe(urls.filter((_, i) => i % 3 === 0 && (i % 200) % 2 === 1).length);
  });
});

describe('toBlockReason', () => {
  it.each(BLOCK_REASONS.map((reason) => [reason]))('keeps %s', (reason) => {
    expect(toBlockReason(reason)).toBe(reason);
  });

  it('maps anything else to the most general code', () => {
    expect(toBlockReason('something-else')).toBe('not-allowed');
    expect(toBlockReason('')).toBe('not-allowed');
  });

  it('narrows an actual refusal to the code it carries', () => {
    const decision = decideNavigation('http://kela.fi/', EXACT);
    expect(decision.allowed ? null : toBlockReason(decision.reason)).toBe('not-https');
  });
});

describe('describeHost', () => {
  it.each([
    ['https://www.kela.fi/asiointi/hakemus?henkilotunnus=010101-123N#x', 'www.kela.fi'],
    ['https://user:salasana@evil.com/', 'evil.com'],
    ['https://KELA.FI:443/', 'kela.fi'],
    ['https://kela.test:8443/x', 'kela.test:8443'],
    ['https://[::1]:8443/', '[::1]:8443'],
    ['https://0x7f.1/', '127.0.0.1'],
    ['https://kel\u0430.fi/', 'xn--kel-8cd.fi'],
    ['http://evil.com:80/', 'evil.com'],
    ['http://evil.com:8080/', 'evil.com:8080'],
    ['ftp://files.example/', 'files.example'],
    ['foo://EVIL.com/x', 'evil.com'],
    ['file://server/share', 'server'],
    ['https://kela.fi\\evil.com', 'kela.fi'],
  ])('%s → %s', (url, host) => {
    expect(describeHost(url)).toBe(host);
  });

  it.each([
    '',
    'not a url',
    'about:blank',
    'javascript:alert(1)',
    'data:text/html,hi',
    'file:///etc/passwd',
    'blob:https://kela.fi/0b6b5f1c-1f1d-4b8e-9d55-2f3e0e4d6a77',
    'mailto:info@kela.fi',
    'https://',
  ])('returns null for %j', (url) => {
    expect(describeHost(url)).toBeNull();
  });

  it('never returns any part of the URL but the host', () => {
    const host = describeHost('https://matti:secret@www.kela.fi/polku?hetu=010101-123N#frag');
    expect(host).toBe('www.kela.fi');
    expect(host).not.toMatch(/matti|secret|polku|hetu|frag/);
  });

  it('returns null for non-string input', () => {
    expect(describeHost(undefined as unknown as string)).toBeNull();
  });
});
