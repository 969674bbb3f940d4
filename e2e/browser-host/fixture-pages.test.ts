import { describe, expect, it } from 'vitest';
import { PLANTED, renderFixture, type FixtureRequest } from './fixtures/pages';

function get(host: string, path: string, cookieHeader = ''): ReturnType<typeof renderFixture> {
  const req: FixtureRequest = { host, path, port: 8443, cookieHeader };
  return renderFixture(req);
}

describe('fixture sites', () => {
  it('serve by host name, and allow framing', () => {
    expect(get('www.kela.test', '/').body).toContain('Kela fixture service');
    expect(get('tunnistus.test', '/').body).toContain('id="tunnistus"');
    expect(get('www.evil.test', '/').body).toContain('id="evil"');
    expect(get('unknown.test', '/').status).toBe(421);
    for (const host of ['www.kela.test', 'tunnistus.test', 'www.evil.test']) {
      const headers = Object.keys(get(host, '/').headers).map((h) => h.toLowerCase());
      expect(headers).not.toContain('x-frame-options');
      expect(headers).not.toContain('content-security-policy');
    }
  });

  it('link from kela to the evil host and to identification, on the running port', () => {
    const body = get('www.kela.test', '/').body;
    expect(body).toContain('href="https://www.evil.test:8443/"');
    expect(body).toContain('href="https://tunnistus.test:8443/"');
    expect(get('www.kela.test', '/redirect-evil')).toMatchObject({ status: 302, headers: { location: 'https://www.evil.test:8443/' } });
  });

  it('the storage page reports the HttpOnly cookie it cannot read itself, and sets it', () => {
    const fresh = get('www.kela.test', '/storage');
    expect(fresh.body).toContain('<dd id="seen-http-cookie">none</dd>');
    expect(String(fresh.headers['set-cookie'])).toMatch(/^fixture_http=http-planted; .*Secure; HttpOnly; SameSite=None$/);
    const again = get('www.kela.test', '/storage', `a=b; fixture_http=${PLANTED.httpCookie}`);
    expect(again.body).toContain(`<dd id="seen-http-cookie">${PLANTED.httpCookie}</dd>`);
    // A cookie value is never echoed as such: only the planted value or 'other'.
    expect(get('www.kela.test', '/storage', 'fixture_http=<b>x</b>').body).toContain('<dd id="seen-http-cookie">other</dd>');
  });
});
