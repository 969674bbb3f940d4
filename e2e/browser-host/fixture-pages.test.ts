import { describe, expect, it } from 'vitest';
import { BADCERT_HOST, DEFAULT_BADCERT_PORT, escapeUrls } from './fixtures/escape-pages';
import { sniffDocument } from '../../shared/policy/documents';
import { DECISION_PDF, DOCUMENTS_PATH, FIXTURE_FILES, LOGOUT_PATH } from './fixtures/document-pages';
import { PLANTED, renderFixture, type FixtureRequest } from './fixtures/pages';
import { DOWNLOAD_PATH, PLANT, PLANT_PATH, SEEN_IDS, SERVICE_WORKER_PATH, SERVICE_WORKER_SCOPE } from './fixtures/plant-page';

function get(host: string, path: string, cookieHeader = ''): ReturnType<typeof renderFixture> & { body: string } {
  const req: FixtureRequest = { host, path, port: 8443, cookieHeader };
  const answer = renderFixture(req);
  return { ...answer, body: typeof answer.body === 'string' ? answer.body : answer.body.toString('latin1') };
}

function bytes(host: string, path: string): Uint8Array {
  const body = renderFixture({ host, path, port: 8443, cookieHeader: '' }).body;
  return typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
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

  it('offer every way out on the escape page, each with its id', () => {
    const body = get('www.kela.test', '/escapes').body;
    const urls = escapeUrls(8443);
    expect(urls.badcert).toBe(`https://${BADCERT_HOST}:${DEFAULT_BADCERT_PORT}/`);
    for (const id of ['open-evil', 'open-tunnistus', 'open-written', 'blank-evil', 'post-submit', 'to-meta-refresh', 'to-script-redirect', 'assign-evil', 'replace-evil', 'top-evil', 'to-data', 'open-data', 'to-javascript', 'top-javascript', 'to-file', 'to-blob-own', 'to-blob-foreign', 'to-view-source', 'to-chrome', 'to-http', 'to-badcert', 'drag-evil', 'field']) {
      expect(body, id).toContain(`id="${id}"`);
    }
    expect(body).toContain(`<form id="post-evil" method="post" action="${urls.evil}collect">`);
    expect(body).toContain('href="http://www.kela.test:8080/"');
    expect(body).toContain(`href="${urls.badcert}"`);
    // Script values are JSON, with no way to close the script element early.
    expect(body).not.toMatch(/<\/script>[\s\S]*<\/script>/);
  });

  it('redirect by meta refresh (in <head>) and by script', () => {
    const meta = get('www.kela.test', '/meta-refresh').body;
    expect(meta.indexOf('http-equiv="refresh" content="0; url=https://www.evil.test:8443/"')).toBeLessThan(meta.indexOf('</head>'));
    expect(get('www.kela.test', '/script-redirect').body).toContain('location.replace("https://www.evil.test:8443/")');
  });

  it('serve the plant page, its service worker and its download with the right headers', () => {
    const plant = get('www.kela.test', PLANT_PATH);
    for (const id of SEEN_IDS) expect(plant.body).toContain(`id="${id}"`);
    expect(plant.body).toContain('<dd id="seen-http-cookie">none</dd>');
    expect(String(plant.headers['set-cookie'])).toMatch(/^plant_http=plant-http; .*Secure; HttpOnly; SameSite=None$/);
    expect(get('www.kela.test', PLANT_PATH, `plant_http=${PLANT.httpCookie}`).body).toContain(`<dd id="seen-http-cookie">${PLANT.httpCookie}</dd>`);
    expect(get('www.kela.test', PLANT_PATH, 'plant_http=<i>').body).toContain('<dd id="seen-http-cookie">other</dd>');
    expect(plant.body).toContain(`register('${SERVICE_WORKER_PATH}', { scope: '${SERVICE_WORKER_SCOPE}' })`);

    const worker = get('www.kela.test', SERVICE_WORKER_PATH);
    expect(worker.headers['content-type']).toMatch(/^text\/javascript/);
    expect(worker.body).toContain(`caches.open('${PLANT.swCacheName}')`);

    const download = get('www.kela.test', DOWNLOAD_PATH);
    expect(download.headers).toMatchObject({ 'content-type': 'application/pdf', 'content-disposition': expect.stringMatching(/^attachment; filename="/) });
    expect(download.body.startsWith('%PDF-1.4')).toBe(true);
  });

  it('offer documents whose bytes say what they are, and one whose name lies', () => {
    expect(sniffDocument(bytes('www.kela.test', FIXTURE_FILES.pdf.path))).toBe('pdf');
    expect(sniffDocument(bytes('www.kela.test', FIXTURE_FILES.image.path))).toBe('png');
    expect(sniffDocument(bytes('www.kela.test', FIXTURE_FILES.archive.path))).toBeNull();
    expect(sniffDocument(bytes('www.kela.test', FIXTURE_FILES.fakePdf.path))).toBeNull();
    for (const file of Object.values(FIXTURE_FILES)) {
      expect(get('www.kela.test', file.path).headers).toMatchObject({ 'content-type': file.type, 'content-disposition': `attachment; filename="${file.name}"` });
    }
    const page = get('www.kela.test', DOCUMENTS_PATH).body;
    for (const id of ['upload-one', 'upload-many', 'camera', 'microphone', 'download-pdf']) expect(page).toContain(`id="${id}"`);
    expect(get('www.kela.test', LOGOUT_PATH).body).toContain('id="logged-out"');
  });

  it('draw a real PDF with a cross-reference table at the right offsets', () => {
    const pdf = DECISION_PDF;
    const xref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    for (const [index, offset] of [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((m, i) => [i + 1, Number(m[1])] as const)) {
      expect(pdf.slice(offset).startsWith(`${index} 0 obj`)).toBe(true);
    }
  });

  it('answer the untrusted-certificate host with a page that must never show', () => {
    expect(get(BADCERT_HOST, '/').body).toContain('id="badcert"');
  });
});

