import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { spkiHash } from './fixtures/cert';
import { startFixtureServer, type FixtureServer } from './fixtures/server';

interface Answer {
  readonly status: number;
  readonly body: string;
  /** PEM of the certificate the server presented. */
  readonly certPem: string;
}

/** One GET over TLS to loopback with the given Host, trusting anything (only to look at the certificate). */
function get(port: number, host: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', servername: host, headers: { host }, rejectUnauthorized: false }, (res) => {
      const raw = (res.socket as TLSSocket).getPeerCertificate().raw;
      const certPem = `-----BEGIN CERTIFICATE-----\n${raw.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, certPem }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startFixtureServer', () => {
  let fixtures: FixtureServer | null = null;
  afterEach(async () => {
    await fixtures?.close();
    fixtures = null;
  });

  it('serves the fixture sites with the trusted certificate, and badcert.test with another one', async () => {
    fixtures = await startFixtureServer({ port: 0, badCertPort: 0 });
    expect(fixtures.badCertPort).not.toBeNull();
    const kela = await get(fixtures.port, 'www.kela.test');
    expect(kela.status).toBe(200);
    expect(spkiHash(kela.certPem)).toBe(fixtures.spki);
    const bad = await get(fixtures.badCertPort ?? 0, 'badcert.test');
    expect(bad.body).toContain('id="badcert"');
    expect(spkiHash(bad.certPem)).not.toBe(fixtures.spki);
  });

  it('can leave the untrusted server out', async () => {
    fixtures = await startFixtureServer({ port: 0, badCertPort: null });
    expect(fixtures.badCertPort).toBeNull();
  });
});
