import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FIXTURE_HOSTS, generateFixtureCert, spkiHash } from './fixtures/cert';

/** Chromium's documented recipe for --ignore-certificate-errors-spki-list, run with openssl. */
function opensslSpki(certPem: string): string {
  const publicKey = execFileSync('openssl', ['x509', '-pubkey', '-noout'], { input: certPem });
  const der = execFileSync('openssl', ['pkey', '-pubin', '-outform', 'der'], { input: publicKey });
  return execFileSync('openssl', ['dgst', '-sha256', '-binary'], { input: der }).toString('base64');
}

describe('fixture certificate', () => {
  it('hashes the SPKI exactly as the openssl recipe does', async () => {
    const cert = await generateFixtureCert();
    expect(cert.spki).toBe(spkiHash(cert.cert));
    expect(cert.spki).toBe(opensslSpki(cert.cert));
    expect(Buffer.from(cert.spki, 'base64')).toHaveLength(32);
  });

  it('is fresh at every start and names every fixture host', async () => {
    const [a, b] = await Promise.all([generateFixtureCert(), generateFixtureCert()]);
    expect(a.spki).not.toBe(b.spki);
    const x509 = new X509Certificate(a.cert);
    for (const host of FIXTURE_HOSTS) expect(x509.checkHost(host)).toBe(host);
    expect(x509.checkHost('www.evil.example')).toBeUndefined();
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(new Date(x509.validTo).getTime()).toBeGreaterThan(Date.now());
  });
});
