import { describe, expect, it } from 'vitest';
import { frameSourcesFor, uiContentSecurityPolicy } from './csp';

describe('frameSourcesFor', () => {
  it('turns allowlist patterns into https-only CSP sources with the same host and port rules', () => {
    expect(frameSourcesFor({ allowedHosts: ['www.kela.test:8443', '*.kela.fi', 'Migri.fi', '10.0.0.5'] })).toEqual([
      'https://www.kela.test:8443',
      'https://*.kela.fi',
      'https://migri.fi',
      'https://10.0.0.5',
    ]);
  });

  it('leaves out what CSP cannot express, so the browser refuses it rather than allowing more', () => {
    expect(frameSourcesFor({ allowedHosts: ['[::1]:8443', 'kela.fi.', 'a b', "'unsafe-inline'", 'x;script-src *'] })).toEqual([]);
  });
});

describe('uiContentSecurityPolicy', () => {
  it('allows framing only the sources given, and no framing of the UI itself', () => {
    const policy = uiContentSecurityPolicy(['https://www.kela.test:8443']);
    expect(policy).toContain('frame-src https://www.kela.test:8443;');
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("frames nothing when the allowlist is empty ('none', not an empty directive)", () => {
    expect(uiContentSecurityPolicy([])).toContain("frame-src 'none';");
  });
});
