import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../shared/config/defaults';
import { DEFAULT_PREFS } from '../../shared/content/accessibility';
import { silentLog } from './console-log';
import { createStaffServices } from './staff-services';
import { openStore } from './store/store';

describe('staff services over a real store', () => {
  it('checks the PIN, audits, and turns a session into one anonymous event the report counts', async () => {
    const store = openStore(':memory:');
    const services = createStaffServices({ store, config: DEFAULT_CONFIG, log: silentLog, timeZone: 'Europe/Helsinki' });
    await services.workerAuth.setPin('2468');
    expect(await services.staff.verifyPin('2468')).toEqual({ ok: true });
    expect((await services.staff.verifyPin('0000')).ok).toBe(false);
    services.staff.audit('allow.temporary', 'www.vero.fi');

    const startedAt = Date.UTC(2026, 11, 2, 8, 0, 0);
    services.recordSession(
      {
        startedAt,
        language: 'en',
        assessment: { route: 'authority', withStaff: false, goal: 'immigration', level: 2, needCategory: 'service', referralId: 'migri' },
        accessibility: DEFAULT_PREFS,
        assistUsed: true,
        endedBy: 'client',
        outcome: 'referred',
        referralId: 'kela',
      },
      startedAt + 7 * 60_000,
    );
    const report = services.staff.report('2026-12-01', '2026-12-31');
    expect(report.total).toBe(1);
    expect(report.byOutcome.find((c) => c.key === 'referred')?.sessions).toBe(1);
    expect(report.byReferral.find((c) => c.key === 'authority')?.sessions).toBe(1);
    expect(report.perDay.find((d) => d.day === '2026-12-02')?.sessions).toBe(1);
    const actions = store.audit.list({ limit: 10 }).map((e) => e.action);
    expect(actions).toContain('allow.temporary');
    expect(actions).toContain('assist.enter');
    expect(actions).toContain('assist.pin-failed');
    store.close();
  });
});
