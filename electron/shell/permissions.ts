/**
 * Web permissions (camera, geolocation, notifications, USB, screen capture …): denied unless a
 * grant names both the permission and the host. IT's configuration (config `permissions`) fills
 * the grants, for example the camera for an identification service.
 */
import type { KioskConfig } from '../../shared/config/schema';
import { parseHostPattern } from '../../shared/policy/allowlist';
import type { PermissionDetails, SessionLike } from './electron-like';

export type MediaType = 'video' | 'audio';
const ALL_MEDIA: readonly MediaType[] = ['video', 'audio'];

export interface PermissionGrant {
  /** Electron's permission name, e.g. `media` or `fullscreen`. */
  readonly permission: string;
  /** Exact hosts (with a port when not 443) that may use it. */
  readonly hosts: readonly string[];
  /** `media` only: the kinds of device it covers; absent means camera and microphone. */
  readonly mediaTypes?: readonly MediaType[];
}

/**
 * The media types a request or check is about. Unknown or missing types count as both, so
 * only a grant for the whole `media` permission covers them.
 */
export function requestedMediaTypes(details: Pick<PermissionDetails, 'mediaTypes' | 'mediaType'>): readonly MediaType[] {
  const asked = details.mediaTypes ?? (details.mediaType === undefined ? [] : [details.mediaType]);
  if (asked.length === 0 || asked.some((type) => type !== 'video' && type !== 'audio')) return ALL_MEDIA;
  return asked as readonly MediaType[];
}

/** Pure decision: only an https page on a granted host gets a granted permission (and for `media`, every device kind it asks for). */
export function decidePermission(
  permission: string,
  requestingUrl: string | undefined,
  grants: readonly PermissionGrant[],
  mediaTypes: readonly MediaType[] = ALL_MEDIA,
): boolean {
  if (grants.length === 0 || !requestingUrl) return false;
  let url: URL;
  try {
    url = new URL(requestingUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
  const matching = grants.filter((grant) => grant.permission === permission && grant.hosts.includes(url.host));
  if (permission !== 'media') return matching.length > 0;
  const granted = new Set(matching.flatMap((grant) => grant.mediaTypes ?? ALL_MEDIA));
  return matching.length > 0 && mediaTypes.every((type) => granted.has(type));
}

/** What each configuration name means in Electron's terms. */
const GRANTS_BY_NAME: Readonly<Record<KioskConfig['permissions'][number]['permissions'][number], Omit<PermissionGrant, 'hosts'>>> = {
  media: { permission: 'media' },
  camera: { permission: 'media', mediaTypes: ['video'] },
  microphone: { permission: 'media', mediaTypes: ['audio'] },
  fullscreen: { permission: 'fullscreen' },
  'clipboard-sanitized-write': { permission: 'clipboard-sanitized-write' },
};

/** The configuration's grants as Electron permission grants; hosts in the URL parser's normal form. */
export function permissionGrantsFrom(config: KioskConfig['permissions']): PermissionGrant[] {
  const grants: PermissionGrant[] = [];
  for (const entry of config) {
    const pattern = parseHostPattern(entry.host);
    // The schema refuses wildcards and invalid hosts; a grant that slipped through covers nothing.
    if (pattern?.kind !== 'exact') continue;
    for (const name of new Set(entry.permissions)) grants.push({ ...GRANTS_BY_NAME[name], hosts: [pattern.host] });
  }
  return grants;
}

type PermissionSession = Pick<
  SessionLike,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setDisplayMediaRequestHandler'
>;

/** Installs the deny-by-default handlers on a session (every client partition, and the UI's default session). */
export function lockDownPermissions(session: PermissionSession, grants: readonly PermissionGrant[] = []): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(decidePermission(permission, details.requestingUrl, grants, requestedMediaTypes(details)));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    decidePermission(permission, details.requestingUrl ?? requestingOrigin, grants, requestedMediaTypes(details)),
  );
  // USB, HID and serial devices: never, whatever the page.
  session.setDevicePermissionHandler(() => false);
  // Screen capture would let a page record the kiosk (and the next client's screen): no streams, ever.
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
