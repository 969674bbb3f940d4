/**
 * The audit log of staff actions: codes and times, and a host name for a temporary allow.
 * Values are checked here with clear errors before the schema's CHECKs, which stay as the
 * last line of defence.
 */
import type { Database } from 'better-sqlite3';
import { auditHost, AuditHostError, isAuditAction, isHostAction, type AuditAction } from '../staff/audit';

export interface AuditEntry {
  readonly id: number;
  /** ms since the epoch */
  readonly at: number;
  readonly action: AuditAction;
  readonly host: string | null;
}

export interface AuditListOptions {
  /** Inclusive bounds in ms since the epoch. */
  readonly from?: number;
  readonly to?: number;
  /** 1 … MAX_AUDIT_LIST */
  readonly limit: number;
}

export const MAX_AUDIT_LIST = 10_000;

export interface AuditLog {
  /** Appends an entry. `host` is required for a temporary allow and refused for every other action. */
  append(action: AuditAction, host?: string): AuditEntry;
  /** Entries newest first. */
  list(options: AuditListOptions): AuditEntry[];
}

interface AuditRow {
  id: number;
  at: number;
  action: string;
  host: string | null;
}

export function createAuditLog(db: Database, now: () => number): AuditLog {
  const insert = db.prepare<[number, string, string | null], AuditRow>('INSERT INTO audit_log (at, action, host) VALUES (?, ?, ?) RETURNING id, at, action, host');
  const select = db.prepare<{ from: number; to: number; limit: number }, AuditRow>(
    'SELECT id, at, action, host FROM audit_log WHERE at BETWEEN :from AND :to ORDER BY at DESC, id DESC LIMIT :limit',
  );
  return {
    append(action, host) {
      if (!isAuditAction(action)) throw new TypeError('unknown audit action');
      if (isHostAction(action) !== (host !== undefined)) {
        throw new AuditHostError(isHostAction(action) ? `${action} needs a host` : `${action} takes no host`);
      }
      const row = insert.get(Math.trunc(now()), action, host === undefined ? null : auditHost(host));
      if (!row) throw new Error('the audit entry was not stored');
      return toEntry(row);
    },
    list({ from = 0, to = Number.MAX_SAFE_INTEGER, limit }) {
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AUDIT_LIST) throw new RangeError(`limit must be 1…${MAX_AUDIT_LIST}`);
      return select.all({ from: Math.trunc(from), to: Math.trunc(to), limit }).map(toEntry);
    },
  };
}

function toEntry(row: AuditRow): AuditEntry {
  // The schema's CHECK admits only known actions.
  return { id: row.id, at: row.at, action: row.action as AuditAction, host: row.host };
}
