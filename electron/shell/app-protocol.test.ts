import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  UI_CONTENT_SECURITY_POLICY,
  UI_ENTRY_URL,
  contentTypeFor,
  createAppProtocolHandler,
  isAppUrl,
  resolveAppFile,
} from './app-protocol';

const root = resolve('/srv/kiosk/out/renderer');

describe('resolveAppFile', () => {
  it.each([
    ['app://kiosk/index.html', 'index.html'],
    ['app://kiosk/', 'index.html'],
    ['app://kiosk', 'index.html'],
    ['app://kiosk/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['app://kiosk/assets/', 'assets/index.html'],
    ['app://kiosk/fonts/Inter%20Var.woff2', 'fonts/Inter Var.woff2'],
    ['app://kiosk/index.html?x=1#top', 'index.html'],
    // WHATWG resolves dot segments before we see the path, so these stay inside.
    ['app://kiosk/assets/../index.html', 'index.html'],
    ['app://kiosk/../../etc/passwd', 'etc/passwd'],
    ['app://kiosk/%2e%2e/%2E%2E/etc/passwd', 'etc/passwd'],
    ['app://kiosk//etc/passwd', 'etc/passwd'],
  ])('serves %s from inside the root', (url, relative) => {
    expect(resolveAppFile(root, url)).toBe(join(root, relative));
  });

  it.each([
    ['an encoded slash', 'app://kiosk/..%2f..%2fetc%2fpasswd'],
    ['an encoded slash after a name', 'app://kiosk/assets%2F..%2F..%2Fsecret'],
    ['an encoded backslash', 'app://kiosk/..%5c..%5cwindows%5cwin.ini'],
    ['a raw backslash', 'app://kiosk/..\\..\\secret'],
    ['an absolute path encoded as one segment', 'app://kiosk/%2Fetc%2Fpasswd'],
    ['a Windows drive', 'app://kiosk/C:%5Cwindows'],
    ['a NUL byte', 'app://kiosk/index.html%00.png'],
    ['broken percent-encoding', 'app://kiosk/%E0%A4%A'],
    ['another host of the scheme', 'app://evil/index.html'],
    ['credentials', 'app://user@kiosk/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://kiosk/index.html'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('recognises only app://kiosk', () => {
    expect(isAppUrl(UI_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://kiosk/somewhere#x')).toBe(true);
    expect(isAppUrl('app://kiosk.evil/')).toBe(false);
    expect(isAppUrl('https://kiosk/')).toBe(false);
    expect(isAppUrl('app://x@kiosk/')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});

describe('scheme privileges', () => {
  it('registers app as standard, secure and fetchable, without CORS reads by other origins', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, bypassCSP: false },
      },
    ]);
  });
});

describe('the content security policy', () => {
  const directives = new Map(
    UI_CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it("defaults to 'self' and never allows eval or inline scripts", () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(UI_CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('shuts plugins, frames, base changes and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });
});

describe('createAppProtocolHandler', () => {
  const files = new Map<string, string>([
    [join(root, 'index.html'), '<!doctype html><title>Vierellä</title>'],
    [join(root, 'assets', 'app.js'), 'console.log(1)'],
  ]);
  const read: string[] = [];
  const handler = createAppProtocolHandler({
    root,
    readFile: async (file) => {
      read.push(file);
      const text = files.get(file);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
  });

  it('serves index.html with a CSP header and its content type', async () => {
    const response = await handler(new Request('app://kiosk/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(UI_CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Vierellä');
  });

  it('serves scripts as JavaScript (module scripts need the right type)', async () => {
    const response = await handler(new Request('app://kiosk/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files and for escapes, without reading outside the root', async () => {
    read.length = 0;
    expect((await handler(new Request('app://kiosk/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://kiosk/..%2f..%2fetc%2fpasswd'))).status).toBe(404);
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
    expect(read).toEqual([join(root, 'missing.js')]);
  });

  it('serves only reads', async () => {
    expect((await handler(new Request('app://kiosk/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handler(new Request('app://kiosk/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('contentTypeFor', () => {
  it('knows the built assets and falls back to a download-safe type', () => {
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/a.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/a.unknown')).toBe('application/octet-stream');
  });
});
