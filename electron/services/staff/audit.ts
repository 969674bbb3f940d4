/**
 * The audit log's vocabulary: what staff and the kiosk did, as codes. An entry is a code, a
 * time and, for a temporary allow only, a host name; never who the client was or what they did.
 *
 * The database holds the same list in a CHECK constraint (store/migrations). Adding a code
 * therefore needs a migration that rebuilds audit_log; a store test fails until it exists.
 */
import { describeHost } from '../../../shared/policy/navigation';

export const AUDIT_ACTIONS = [
  'app.start',
  'assist.enter',
  'assist.exit',
  'assist.pin-failed',
  'assist.lockout',
  'pin.set',
  'pin.reset',
  'allow.temporary',
  'wipe.failed',
  'wipe.recovered',
  'config.invalid',
  'config.applied',
  'report.viewed',
  'stats.exported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The actions that name a host, and must: the host the worker allowed for this client session. */
export const HOST_ACTIONS = ['allow.temporary'] as const satisfies readonly AuditAction[];
export type HostAction = (typeof HOST_ACTIONS)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export function isHostAction(action: AuditAction): action is HostAction {
  return (HOST_ACTIONS as readonly string[]).includes(action);
}

/** A host value the audit log refused; the message never repeats the value (it could be anything). */
export class AuditHostError extends Error {
  override readonly name = 'AuditHostError';
}

/** The longest DNS name plus a port suffix (`:65535`). */
export const MAX_AUDIT_HOST_LENGTH = 253 + 6;

/** Lower-case labels of letters, digits and dashes, optionally with a port: what the schema's CHECK admits too. */
const AUDIT_HOST = /^(?=.{1,259}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::[0-9]{1,5})?$/;

/**
 * The host as the audit log stores it, the way the navigation policy names hosts
 * (`describeHost`): lower case, international names in their ASCII form, a default port dropped.
 * Anything that is more than a host is refused rather than trimmed, because trimming would
 * store part of something that was never meant for the log: a path, a query, credentials,
 * a scheme, white space, or an IPv6 literal (never a temporary-allow target at a service point).
 */
export function auditHost(value: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_AUDIT_HOST_LENGTH) {
    throw new AuditHostError('a host name of 1–253 characters is required');
  }
  if (/[/\\?#@\s[\]]/.test(value)) {
    throw new AuditHostError('only a host name is allowed: no scheme, path, query, credentials or spaces');
  }
  const host = describeHost(`https://${value}`);
  if (host === null || !AUDIT_HOST.test(host)) {
    throw new AuditHostError('not a valid host name (e.g. www.kela.fi or kela.test:8443)');
  }
  return host;
}
