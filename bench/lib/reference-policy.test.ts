import { describe, expect, it } from 'vitest';
import { decideNavigation } from '../../shared/policy/navigation';
import { firstDisagreement } from '../policy';
import { referenceAllowed } from './reference-policy';
import { buildAllowlist, buildUrlMix, URL_KINDS, URL_MIX } from './url-mix';

const list = buildAllowlist(200);
const viaPolicy = (url: string): boolean => decideNavigation(url, { allowedHosts: list.entries }).allowed;
const viaReference = (url: string): boolean => referenceAllowed(url, list.entries);

describe('the reference policy', () => {
  it('allows exact hosts and proper subdomains of wildcards over https only', () => {
    expect(viaReference('https://asiointi.palvelu-3.fi/x')).toBe(true);
    expect(viaReference('https://a.b.virasto-3.fi/')).toBe(true);
    expect(viaReference('https://asiointi.palvelu-9.fi:8443/')).toBe(true);
    expect(viaReference('https://asiointi.palvelu-9.fi/')).toBe(false);
    expect(viaReference('https://virasto-3.fi/')).toBe(false);
    expect(viaReference('https://wwwvirasto-3.fi/')).toBe(false);
    expect(viaReference('http://asiointi.palvelu-3.fi/')).toBe(false);
    expect(viaReference('https://user:pw@asiointi.palvelu-3.fi/')).toBe(false);
    expect(viaReference('not a url')).toBe(false);
  });

  it('agrees with decideNavigation on every URL of a 20,000-URL sample of the benchmark mix', () => {
    const mix = buildUrlMix(20_000, list, 99);
    expect(firstDisagreement(mix.urls, viaPolicy, viaReference)).toBe(-1);
    // The sample is worth something only if both answers occur, and often.
    const allowed = mix.urls.filter(viaPolicy).length;
    expect(allowed).toBeGreaterThan(8_000);
    expect(allowed).toBeLessThan(12_000);
  });

  it('would be caught disagreeing', () => {
    const lax = (url: string): boolean => url.startsWith('https://');
    const mix = buildUrlMix(1_000, list);
    expect(firstDisagreement(mix.urls, viaPolicy, lax)).toBeGreaterThanOrEqual(0);
  });
});

describe('the benchmark inputs', () => {
  it('build a 200-host allowlist, half exact and half wildcard', () => {
    expect(list.entries).toHaveLength(200);
    expect(list.entries.filter((entry) => entry.startsWith('*.'))).toHaveLength(100);
    expect(new Set(list.entries).size).toBe(200);
    expect(Object.isFrozen(list.entries)).toBe(true);
  });

  it('mix the kinds in their shares, the same for the same seed', () => {
    expect(Object.values(URL_MIX).reduce((a, b) => a + b, 0)).toBe(100);
    const mix = buildUrlMix(50_000, list);
    for (const kind of URL_KINDS) expect(mix.kinds[kind] / 50_000).toBeCloseTo(URL_MIX[kind] / 100, 1);
    expect(buildUrlMix(500, list).urls).toEqual(buildUrlMix(500, list).urls);
    expect(buildUrlMix(500, list, 1).urls).not.toEqual(buildUrlMix(500, list, 2).urls);
  });

  it('allow exactly the exact and wildcard kinds', () => {
    const mix = buildUrlMix(10_000, list, 5);
    expect(mix.urls.filter(viaPolicy)).toHaveLength(mix.kinds.exact + mix.kinds.wildcard);
  });
});
