import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { certificateErrorCode, refuseCertificateErrors, refuseCertificatesAppWide } from './certificates';
import { FakeWebContents, emitCertificateError, fakeEvent, recordingLog } from './testing/fakes';

const BAD = 'https://www.kela.fi/asiointi/hakemus?hetu=010101-123X';

describe('refuseCertificateErrors (the content view)', () => {
  it('refuses every certificate error, whatever the host, and logs the host and code only', () => {
    const contents = new FakeWebContents();
    const log = recordingLog();
    refuseCertificateErrors(contents, log);
    for (const error of ['net::ERR_CERT_AUTHORITY_INVALID', 'net::ERR_CERT_DATE_INVALID', 'net::ERR_CERT_COMMON_NAME_INVALID']) {
      const answer = emitCertificateError(contents, BAD, error);
      expect(answer.prevented).toBe(true);
      expect(answer.answers).toEqual([false]);
    }
    expect(log.entries.map((e) => e.detail)).toEqual([
      { host: 'www.kela.fi', error: 'ERR_CERT_AUTHORITY_INVALID' },
      { host: 'www.kela.fi', error: 'ERR_CERT_DATE_INVALID' },
      { host: 'www.kela.fi', error: 'ERR_CERT_COMMON_NAME_INVALID' },
    ]);
    expect(JSON.stringify(log.entries)).not.toContain('hetu');
  });
});

describe('refuseCertificateErrors: telling the client', () => {
  it('reports refused pages, not refused subresources, to the notice callback', () => {
    const contents = new FakeWebContents();
    const notices: string[] = [];
    refuseCertificateErrors(contents, recordingLog(), (url) => notices.push(url));
    const page = emitCertificateError(contents, BAD);
    const image = emitCertificateError(contents, 'https://cdn.example/logo.png', 'net::ERR_CERT_DATE_INVALID', { isMainFrame: false });
    expect(page.answers).toEqual([false]);
    expect(image).toMatchObject({ prevented: true, answers: [false] });
    expect(notices).toEqual([BAD]);
  });
});

describe('refuseCertificatesAppWide', () => {
  function app() {
    const emitter = new EventEmitter();
    const log = recordingLog();
    refuseCertificatesAppWide(emitter, log);
    return { emitter, log };
  }

  it('refuses certificate errors of any webContents', () => {
    const { emitter, log } = app();
    const answer = emitCertificateError(emitter, 'https://tunnistus.suomi.fi/', 'net::ERR_CERT_REVOKED', { webContents: new FakeWebContents() });
    expect(answer.prevented).toBe(true);
    expect(answer.answers).toEqual([false]);
    expect(log.entries).toEqual([
      { level: 'warn', event: 'navigation.certificate-error', detail: { host: 'tunnistus.suomi.fi', error: 'ERR_CERT_REVOKED' } },
    ]);
  });

  it('gives no second answer when the content view has answered the same event', () => {
    const contents = new FakeWebContents();
    const { emitter, log } = app();
    refuseCertificateErrors(contents, log);
    const event = fakeEvent();
    const first = emitCertificateError(contents, BAD, 'net::ERR_CERT_AUTHORITY_INVALID', { event });
    // Electron hands the webContents' event on to the app: the same event object.
    const second = emitCertificateError(emitter, BAD, 'net::ERR_CERT_AUTHORITY_INVALID', { event, webContents: contents });
    expect(first.answers).toEqual([false]);
    expect(second.answers).toEqual([]);
    expect(log.entries).toHaveLength(1);
  });

  it('never picks a client certificate from the machine', () => {
    const { emitter, log } = app();
    const event = fakeEvent();
    const picked: unknown[][] = [];
    const certificates = [{ subjectName: 'Someone Else' }, { subjectName: 'Staff member' }];
    emitter.emit('select-client-certificate', event, new FakeWebContents(), 'https://tunnistus.suomi.fi/login', certificates, (...args: unknown[]) =>
      picked.push(args),
    );
    expect(event.defaultPrevented).toBe(true);
    expect(picked).toEqual([[]]);
    expect(log.entries).toEqual([{ level: 'warn', event: 'navigation.client-certificate-refused', detail: { host: 'tunnistus.suomi.fi' } }]);
  });
});

describe('certificateErrorCode', () => {
  it('keeps Chromium error codes and nothing else', () => {
    expect(certificateErrorCode('net::ERR_CERT_AUTHORITY_INVALID')).toBe('ERR_CERT_AUTHORITY_INVALID');
    expect(certificateErrorCode('ERR_CERT_INVALID')).toBe('ERR_CERT_INVALID');
    expect(certificateErrorCode('https://evil.example/?q=secret')).toBe('unknown');
    expect(certificateErrorCode(undefined as unknown as string)).toBe('unknown');
  });
});
