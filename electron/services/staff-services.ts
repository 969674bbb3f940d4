/**
 * The store-backed services the kiosk core uses besides its ports: the worker's PIN check,
 * the audit log, the staff report, and the one anonymous event per client session. Both hosts
 * (Electron main and the browser host) build them here, so they behave the same.
 */
import type { KioskConfig } from '../../shared/config/schema';
import type { KioskCoreDeps, StaffPort } from './kiosk-core';
import type { KioskLog } from './ports';
import { createWorkerAuth, type WorkerAuth } from './staff/worker-auth';
import { supportEventFor } from './stats/support-event-for';
import type { KioskStore } from './store/store';

export interface StaffServices {
  readonly workerAuth: WorkerAuth;
  readonly staff: StaffPort;
  readonly recordSession: NonNullable<KioskCoreDeps['recordSession']>;
}

export function createStaffServices(options: {
  readonly store: KioskStore;
  readonly config: KioskConfig;
  readonly log: KioskLog;
  readonly now?: () => number;
  /** IANA zone of the service point for the statistics' day and hour; the process's zone when absent. */
  readonly timeZone?: string;
}): StaffServices {
  const { store, config, log } = options;
  const workerAuth = createWorkerAuth({ store, lockout: config.assist.pinLockout, ...(options.now ? { now: options.now } : {}) });
  const staff: StaffPort = {
    verifyPin: (pin) => workerAuth.verify(pin),
    recordExit: () => workerAuth.recordExit(),
    audit: (action, host) => {
      store.audit.append(action, host);
    },
    report: (from, to) => store.supportEvents.report(from, to),
  };
  const recordSession: StaffServices['recordSession'] = (facts, endedAt) => {
    const event = supportEventFor(facts, endedAt, {
      directory: config.referrals,
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    });
    store.supportEvents.insert(event);
    log.info('stats.recorded', { outcome: event.outcome });
  };
  return { workerAuth, staff, recordSession };
}
