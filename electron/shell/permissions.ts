/**
 * Web permissions (camera, geolocation, notifications, USB, screen capture …): denied unless a
 * grant names both the permission and the host. A later issue fills the grants from the
 * configuration (for example the camera for an identification service); today there are none.
 */
import type { SessionLike } from './electron-like';

export interface PermissionGrant {
  /** Electron's permission name, e.g. `media` or `fullscreen`. */
  readonly permission: string;
  /** Exact hosts (with a port when not 443) that may use it. */
  readonly hosts: readonly string[];
}

/** Pure decision: only an https page on a granted host gets a granted permission. */
export function decidePermission(permission: string, requestingUrl: string | undefined, grants: readonly PermissionGrant[]): boolean {
  if (grants.length === 0 || !requestingUrl) return false;
  let url: URL;
  try {
    url = new URL(requestingUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
  return grants.some((grant) => grant.permission === permission && grant.hosts.includes(url.host));
}

type PermissionSession = Pick<
  SessionLike,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setDisplayMediaRequestHandler'
>;

/** Installs the deny-by-default handlers on a session (every client partition, and the UI's default session). */
export function lockDownPermissions(session: PermissionSession, grants: readonly PermissionGrant[] = []): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(decidePermission(permission, details.requestingUrl, grants));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    decidePermission(permission, details.requestingUrl ?? requestingOrigin, grants),
  );
  // USB, HID and serial devices: never, whatever the page.
  session.setDevicePermissionHandler(() => false);
  // Screen capture would let a page record the kiosk (and the next client's screen): no streams, ever.
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
