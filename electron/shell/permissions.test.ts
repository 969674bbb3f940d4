import { describe, expect, it } from 'vitest';
import { decidePermission, lockDownPermissions, permissionGrantsFrom, requestedMediaTypes, type PermissionGrant } from './permissions';
import { FakeSession } from './testing/fakes';

const cameraForId: PermissionGrant[] = [{ permission: 'media', hosts: ['id.example.fi'] }];

describe('decidePermission', () => {
  it('denies everything while there are no grants', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'fullscreen', 'clipboard-read', 'openExternal']) {
      expect(decidePermission(permission, 'https://www.kela.fi/', [])).toBe(false);
    }
  });

  it('grants a named permission to a named https host only', () => {
    expect(decidePermission('media', 'https://id.example.fi/start', cameraForId)).toBe(true);
    expect(decidePermission('geolocation', 'https://id.example.fi/start', cameraForId)).toBe(false);
    expect(decidePermission('media', 'https://other.example.fi/', cameraForId)).toBe(false);
    expect(decidePermission('media', 'https://evil.id.example.fi/', cameraForId)).toBe(false);
  });

  it('refuses http, credentials, other ports, missing and unparsable URLs even for a granted host', () => {
    expect(decidePermission('media', 'http://id.example.fi/', cameraForId)).toBe(false);
    expect(decidePermission('media', 'https://user:pw@id.example.fi/', cameraForId)).toBe(false);
    expect(decidePermission('media', 'https://id.example.fi:8443/', cameraForId)).toBe(false);
    expect(decidePermission('media', undefined, cameraForId)).toBe(false);
    expect(decidePermission('media', 'not a url', cameraForId)).toBe(false);
  });
});

describe('lockDownPermissions', () => {
  it('installs handlers that deny requests, checks, devices and screen capture', () => {
    const session = new FakeSession();
    lockDownPermissions(session);
    expect(session.askPermission('media', 'https://www.kela.fi/')).toBe(false);
    expect(session.askPermission('notifications', 'https://www.kela.fi/')).toBe(false);
    expect(session.permissionCheck?.(null, 'geolocation', 'https://www.kela.fi', { requestingUrl: 'https://www.kela.fi/' })).toBe(false);
    expect(session.permissionCheck?.(null, 'media', 'https://www.kela.fi', {})).toBe(false);
    expect(session.devicePermission?.({ deviceType: 'usb' })).toBe(false);
    const streams: unknown[] = [];
    session.displayMedia?.({}, (s) => streams.push(s));
    expect(streams).toEqual([null]);
  });

  it('passes the grants to the request and check handlers', () => {
    const session = new FakeSession();
    lockDownPermissions(session, cameraForId);
    expect(session.askPermission('media', 'https://id.example.fi/')).toBe(true);
    expect(session.askPermission('media', 'https://www.kela.fi/')).toBe(false);
    // The check handler falls back to the origin when Chromium gives no URL.
    expect(session.permissionCheck?.(null, 'media', 'https://id.example.fi', {})).toBe(true);
    expect(session.devicePermission?.({})).toBe(false);
  });
});

describe('permissionGrantsFrom (config permissions)', () => {
  it('maps each configured name to an Electron permission for that host, camera and microphone to one media type', () => {
    expect(
      permissionGrantsFrom([
        { host: 'tunnistus.example.fi', permissions: ['camera'] },
        { host: 'Puhelu.Example.fi:8443', permissions: ['media', 'fullscreen', 'clipboard-sanitized-write', 'microphone'] },
      ]),
    ).toEqual([
      { permission: 'media', mediaTypes: ['video'], hosts: ['tunnistus.example.fi'] },
      { permission: 'media', hosts: ['puhelu.example.fi:8443'] },
      { permission: 'fullscreen', hosts: ['puhelu.example.fi:8443'] },
      { permission: 'clipboard-sanitized-write', hosts: ['puhelu.example.fi:8443'] },
      { permission: 'media', mediaTypes: ['audio'], hosts: ['puhelu.example.fi:8443'] },
    ]);
  });

  it('writes hosts as URLs do (no default port) and drops what can never match', () => {
    expect(permissionGrantsFrom([{ host: 'id.example.fi:443', permissions: ['fullscreen', 'fullscreen'] }])).toEqual([
      { permission: 'fullscreen', hosts: ['id.example.fi'] },
    ]);
    expect(permissionGrantsFrom([{ host: '*.example.fi', permissions: ['media'] }])).toEqual([]);
    expect(permissionGrantsFrom([])).toEqual([]);
  });
});

describe('requestedMediaTypes', () => {
  it('reads what a request or a check asks for; unknown or missing types count as both', () => {
    expect(requestedMediaTypes({ mediaTypes: ['video'] })).toEqual(['video']);
    expect(requestedMediaTypes({ mediaTypes: ['video', 'audio'] })).toEqual(['video', 'audio']);
    expect(requestedMediaTypes({ mediaType: 'audio' })).toEqual(['audio']);
    expect(requestedMediaTypes({ mediaType: 'unknown' })).toEqual(['video', 'audio']);
    expect(requestedMediaTypes({ mediaTypes: [] })).toEqual(['video', 'audio']);
    expect(requestedMediaTypes({})).toEqual(['video', 'audio']);
  });
});

describe('configured grants on a client partition', () => {
  const session = new FakeSession();
  lockDownPermissions(
    session,
    permissionGrantsFrom([
      { host: 'tunnistus.example.fi', permissions: ['camera'] },
      { host: 'puhelu.example.fi', permissions: ['microphone', 'fullscreen'] },
    ]),
  );

  it('gives a granted host what it was granted, and nothing else', () => {
    expect(session.askPermission('media', 'https://tunnistus.example.fi/kuva', ['video'])).toBe(true);
    expect(session.checkPermission('media', 'https://tunnistus.example.fi/kuva', 'video')).toBe(true);
    expect(session.askPermission('fullscreen', 'https://tunnistus.example.fi/')).toBe(false);
    expect(session.askPermission('geolocation', 'https://tunnistus.example.fi/')).toBe(false);
    expect(session.askPermission('fullscreen', 'https://puhelu.example.fi/')).toBe(true);
    expect(session.askPermission('media', 'https://puhelu.example.fi/', ['audio'])).toBe(true);
  });

  it('does not let a camera grant open the microphone, nor both together', () => {
    expect(session.askPermission('media', 'https://tunnistus.example.fi/', ['audio'])).toBe(false);
    expect(session.askPermission('media', 'https://tunnistus.example.fi/', ['video', 'audio'])).toBe(false);
    expect(session.askPermission('media', 'https://tunnistus.example.fi/')).toBe(false);
    expect(session.checkPermission('media', 'https://tunnistus.example.fi/', 'audio')).toBe(false);
    expect(session.checkPermission('media', 'https://tunnistus.example.fi/', 'unknown')).toBe(false);
    expect(session.askPermission('media', 'https://puhelu.example.fi/', ['video'])).toBe(false);
  });

  it('gives other hosts nothing, and never anything over http', () => {
    expect(session.askPermission('media', 'https://www.kela.fi/', ['video'])).toBe(false);
    expect(session.askPermission('fullscreen', 'https://www.kela.fi/')).toBe(false);
    expect(session.askPermission('media', 'http://tunnistus.example.fi/', ['video'])).toBe(false);
    expect(session.checkPermission('media', 'http://tunnistus.example.fi/', 'video')).toBe(false);
    expect(session.askPermission('fullscreen', 'http://puhelu.example.fi/')).toBe(false);
  });

  it('keeps devices and screen capture shut whatever is granted', () => {
    expect(session.devicePermission?.({ deviceType: 'usb', origin: 'https://tunnistus.example.fi' })).toBe(false);
    const streams: unknown[] = [];
    session.displayMedia?.({}, (s) => streams.push(s));
    expect(streams).toEqual([null]);
  });

  it('grants both media types only to a full media grant, across grants of one host', () => {
    const both: PermissionGrant[] = [
      { permission: 'media', hosts: ['a.example.fi'], mediaTypes: ['video'] },
      { permission: 'media', hosts: ['a.example.fi'], mediaTypes: ['audio'] },
    ];
    expect(decidePermission('media', 'https://a.example.fi/', both, ['video', 'audio'])).toBe(true);
    expect(decidePermission('media', 'https://a.example.fi/', both.slice(0, 1), ['video', 'audio'])).toBe(false);
  });
});
