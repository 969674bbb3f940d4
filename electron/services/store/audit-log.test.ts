import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AuditHostError, type AuditAction } from '../staff/audit';
import { MAX_AUDIT_LIST } from './audit-log';
import { openStore } from './store';
import { tempDbPaths } from './testing';

const newPath = tempDbPaths();

describe('audit log', () => {
  it('appends entries with the time of the clock and lists them newest first', () => {
    let clock = 100;
    const store = openStore(':memory:', { now: () => clock });
    const entries: [AuditAction, string?][] = [['app.start'], ['assist.enter'], ['allow.temporary', 'Www.Kela.FI'], ['assist.exit']];
    for (const [action, host] of entries) {
      store.audit.append(action, host);
      clock += 10;
    }
    expect(store.audit.list({ limit: 10 })).toEqual([
      { id: 4, at: 130, action: 'assist.exit', host: null },
      { id: 3, at: 120, action: 'allow.temporary', host: 'www.kela.fi' },
      { id: 2, at: 110, action: 'assist.enter', host: null },
      { id: 1, at: 100, action: 'app.start', host: null },
    ]);
    store.close();
  });

  it('filters by an inclusive time range and limits the count', () => {
    let clock = 0;
    const store = openStore(':memory:', { now: () => clock });
    for (let i = 0; i < 10; i++) {
      clock = i * 1000;
      store.audit.append('report.viewed');
    }
    expect(store.audit.list({ from: 3000, to: 6000, limit: 100 }).map((e) => e.at)).toEqual([6000, 5000, 4000, 3000]);
    expect(store.audit.list({ from: 3000, limit: 2 }).map((e) => e.at)).toEqual([9000, 8000]);
    expect(store.audit.list({ to: 1000, limit: 100 }).map((e) => e.at)).toEqual([1000, 0]);
    expect(() => store.audit.list({ limit: 0 })).toThrow(RangeError);
    expect(() => store.audit.list({ limit: MAX_AUDIT_LIST + 1 })).toThrow(RangeError);
    store.close();
  });

  it('keeps entries across a reopen', () => {
    const path = newPath();
    const store = openStore(path, { now: () => 42 });
    store.audit.append('pin.set');
    store.close();
    const reopened = openStore(path);
    expect(reopened.audit.list({ limit: 1 })).toEqual([{ id: 1, at: 42, action: 'pin.set', host: null }]);
    reopened.close();
  });

  it('requires a host for a temporary allow and refuses one for anything else', () => {
    const store = openStore(':memory:');
    expect(() => store.audit.append('allow.temporary')).toThrow(AuditHostError);
    expect(() => store.audit.append('assist.enter', 'www.kela.fi')).toThrow(AuditHostError);
    expect(() => store.audit.append('allow.temporary', 'https://www.kela.fi/hakemus?hetu=010101-123N')).toThrow(AuditHostError);
    expect(() => store.audit.append('nonsense' as AuditAction)).toThrow(/unknown audit action/);
    expect(store.audit.list({ limit: 10 })).toEqual([]);
    store.close();
  });

  it('cannot be rewritten', () => {
    const path = newPath();
    const store = openStore(path);
    store.audit.append('assist.lockout');
    store.close();
    const db = new Database(path);
    expect(() => db.prepare("UPDATE audit_log SET action = 'assist.enter'").run()).toThrow(/audit entries cannot be changed/);
    db.close();
  });
});
