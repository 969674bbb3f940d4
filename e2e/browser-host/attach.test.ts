import { describe, expect, it } from 'vitest';
import { cspRefusalReason } from './attach';

const policy = { allowedHosts: ['www.kela.test:8443', 'tunnistus.test:8443'] };

describe('cspRefusalReason', () => {
  it('names the reason the navigation policy gives for a host the CSP refused', () => {
    expect(cspRefusalReason('https://www.evil.test:8443', policy)).toBe('not-allowed');
    expect(cspRefusalReason('http://www.kela.test:8080', policy)).toBe('not-https');
  });

  it('calls everything without a host (data:, blob: come as "" or a bare scheme) not https', () => {
    expect(cspRefusalReason('', policy)).toBe('not-https');
    expect(cspRefusalReason('data', policy)).toBe('not-https');
    expect(cspRefusalReason('blob', policy)).toBe('not-https');
  });

  it('never says an allowed destination was fine: the browser refused it, so it was not allowed here', () => {
    expect(cspRefusalReason('https://www.kela.test:8443', policy)).toBe('not-allowed');
  });
});
