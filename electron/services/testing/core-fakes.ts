/**
 * Fakes and a set-up for the kiosk core's tests: a content surface, a wiper and staff services
 * that record what the core asked of them, and a simulated clock.
 */
import { SimulatedClock } from 'xstate';
import type { ContentLayout, Snapshot } from '../../../shared/bridge';
import type { KioskConfig } from '../../../shared/config/schema';
import { DEFAULT_CONFIG } from '../../../shared/config/defaults';
import type { VerifyPinResult } from '../../../shared/machines/assist';
import { silentLog } from '../console-log';
import { createKioskCore, type KioskCore, type KioskCoreDeps, type StaffPort } from '../kiosk-core';
import type { ContentAdjustments, ContentSurface, KioskLog, SessionWiper, WipeReport, WipeScope } from '../ports';
import type { SessionFacts } from '../stats/support-event-for';
import type { SupportReport } from '../stats/report';

export const CONFIG: KioskConfig = {
  ...DEFAULT_CONFIG,
  services: [
    {
      id: 'kela',
      name: { fi: 'Kela', sv: 'FPA', en: 'Kela' },
      description: { fi: 'Etuudet', sv: 'Förmåner', en: 'Benefits' },
      url: 'https://www.kela.test:8443/asiointi?x=1',
    },
  ],
  allowedHosts: ['tunnistus.test:8443'],
  identificationHosts: ['tunnistus.test:8443'],
  languages: ['fi', 'sv', 'en'],
  defaultLanguage: 'fi',
  idle: { timeoutSeconds: 60, warningSeconds: 20, endConfirmSeconds: 30 },
  wipeRetrySeconds: 10,
};

export class FakeSurface implements ContentSurface {
  readonly calls: string[] = [];
  layout: ContentLayout | null = null;
  async open() {
    this.calls.push('open');
  }
  load(url: string) {
    this.calls.push(`load ${url}`);
  }
  goBack() {
    this.calls.push('back');
  }
  goForward() {
    this.calls.push('forward');
  }
  reload() {
    this.calls.push('reload');
  }
  clear() {
    this.calls.push('clear');
  }
  setLayout(layout: ContentLayout) {
    this.layout = layout;
  }
  readonly adjustments: ContentAdjustments[] = [];
  setAdjustments(adjustments: ContentAdjustments) {
    this.adjustments.push(adjustments);
  }
  async logout(url: string) {
    this.calls.push(`logout ${url}`);
  }
  async close() {
    this.calls.push('close');
  }
}

export class FakeWiper implements SessionWiper {
  readonly wiped: WipeScope[] = [];
  readonly verified: WipeScope[] = [];
  /** Reports verify will give, in order; clean once they run out. */
  verifyResults: WipeReport[] = [];
  async wipe(scope: WipeScope) {
    this.wiped.push(scope);
    return { clean: true, findings: [] };
  }
  async verify(scope: WipeScope) {
    this.verified.push(scope);
    return this.verifyResults.shift() ?? { clean: true, findings: [] };
  }
}

/** Lets promise actors (fake wipe/verify) settle. */
export const settle = async () => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

export class FakeStaff implements StaffPort {
  readonly audits: string[] = [];
  exits = 0;
  pin = '2468';
  async verifyPin(pin: string): Promise<VerifyPinResult> {
    return pin === this.pin ? { ok: true } : { ok: false, reason: 'wrong', attemptsLeft: 4 };
  }
  recordExit() {
    this.exits += 1;
  }
  audit(action: string, host?: string) {
    this.audits.push(host ? `${action} ${host}` : action);
  }
  report(from: string, to: string): SupportReport {
    const empty: never[] = [];
    return { from, to, total: 0, perDay: [], byHour: empty, byDuration: empty, byLanguage: empty, byLevel: empty, byNeed: empty, byGoal: empty, byRoute: empty, byOutcome: empty, byReferral: empty, accessibility: empty, assist: { assisted: 0, total: 0, share: 0 } };
  }
}

export function setup(config: KioskConfig = CONFIG, extra: Partial<KioskCoreDeps> = {}, log: KioskLog = silentLog) {
  const staff = new FakeStaff();
  const surface = new FakeSurface();
  const wiper = new FakeWiper();
  const clock = new SimulatedClock();
  let t = 0;
  const recorded: { facts: SessionFacts; endedAt: number }[] = [];
  const core = createKioskCore({
    config,
    surface,
    wiper,
    log,
    clock,
    now: () => t,
    recordSession: (facts, endedAt) => recorded.push({ facts, endedAt }),
    staff,
    ...extra,
  });
  const snapshots: Snapshot[] = [];
  core.onSnapshot((s) => snapshots.push(s));
  const advance = async (ms: number) => {
    t += ms;
    clock.increment(ms);
    await settle();
  };
  return { core, surface, wiper, clock, snapshots, advance, recorded, staff };
}

export async function started(config?: KioskConfig): Promise<ReturnType<typeof setup>> {
  const env = setup(config);
  env.core.start();
  await settle();
  return env;
}

export async function inSession(core: KioskCore) {
  await core.handle('startSession', { language: 'en' });
  await settle();
  await core.handle('acknowledgeEthics', {});
}

