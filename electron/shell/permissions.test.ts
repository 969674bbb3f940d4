import { describe, expect, it } from 'vitest';
import { decidePermission, lockDownPermissions, type PermissionGrant } from './permissions';
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
