/** `audit [--limit N]`: the newest audit entries, one per line, times in UTC. */
import type { KioskStore } from '../store/store';
import { EXIT, type AdminIo } from './context';

export function formatAuditTime(at: number): string {
  return new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function runAudit(limit: number, store: KioskStore, io: AdminIo): number {
  const entries = store.audit.list({ limit });
  if (entries.length === 0) {
    io.out('The audit log is empty.');
    return EXIT.ok;
  }
  io.out('time (UTC)            action              host');
  for (const entry of entries) io.out(`${formatAuditTime(entry.at)}  ${entry.action.padEnd(18)}  ${entry.host ?? ''}`.trimEnd());
  return EXIT.ok;
}
