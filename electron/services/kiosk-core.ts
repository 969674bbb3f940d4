/**
 * The kiosk core: the host-independent heart of both hosts (Electron main and the browser
 * host). It runs the session machine, answers bridge commands, keeps the client's content
 * state in memory and drives the content surface and the wiper through their ports.
 * It never imports Electron, and it never keeps a full URL: hosts and origins only.
 */
import { createActor, fromPromise, type ActorRefFrom, type AnyActorRef } from 'xstate';
import {
  ASSIST_VIEW_OFF,
  BridgeValidationError,
  isCommandName,
  parseCommand,
  type AssessmentSummary,
  type AssistViewState,
  type CommandName,
  type SessionPhase,
  type Snapshot,
} from '../../shared/bridge';
import { contentCssFor, contentZoomFor, DEFAULT_PREFS, type AccessibilityPrefs } from '../../shared/content/accessibility';
import type { KioskConfig } from '../../shared/config/schema';
import { phaseOf, sessionMachine, type SessionEvent, type SessionSettings } from '../../shared/machines/session';
import { assistMachine, assistView, type AssistEvent, type VerifyPinResult } from '../../shared/machines/assist';
import { decideNavigation, describeHost, toBlockReason, type NavigationPolicy } from '../../shared/policy/navigation';
import { buildNavigationPolicy } from './navigation-allowlist';
import { mayBeDocument } from '../../shared/policy/documents';
import type { DocumentRefusal, SessionDocuments } from './documents/session-documents';
import type { ContentSurface, FileChooserRequest, KioskLog, PrinterPort, RelaunchPort, SessionWiper, WipeReport } from './ports';
import { relaunchDue } from './relaunch';
import { accessibilityFlags } from './stats/support-event';
import type { SessionEndReason, SessionFacts } from './stats/support-event-for';
import type { SupportReport } from './stats/report';

export interface KioskCoreDeps {
  readonly config: KioskConfig;
  readonly surface: ContentSurface;
  readonly wiper: SessionWiper;
  readonly log: KioskLog;
  /** The clock of the session machine's timers; tests pass xstate's SimulatedClock. */
  readonly clock?: { setTimeout(fn: (...args: unknown[]) => void, ms: number): unknown; clearTimeout(id: unknown): void };
  /** Milliseconds since the epoch: activity throttling and session start times. */
  readonly now?: () => number;
  /**
   * Called once per client session, at its wipe, with what the anonymous statistics need
   * (ids, flags and times only). The host stores it; a failure here never blocks the wipe.
   */
  readonly recordSession?: (facts: SessionFacts, endedAt: number) => void;
  /** Staff services of the host; without them assist mode never lets anyone in. */
  readonly staff?: StaffPort;
  /** Problems found in IT's configuration file, shown to staff (the kiosk runs on the last good one). */
  readonly configProblems?: readonly string[];
  /** The session folder: downloads and the document inbox. Without it every download is refused. */
  readonly documents?: SessionDocuments;
  /** The configured printer; without it (or with printing off in the config) nothing prints. */
  readonly printer?: PrinterPort;
  /** Electron only: relaunch after config.relaunch's clients or memory. */
  readonly relaunch?: RelaunchPort;
}

/** What assist mode needs from the host: the PIN check, the audit log and the report. */
export interface StaffPort {
  verifyPin(pin: string): Promise<VerifyPinResult>;
  /** The worker left (the PIN check audits entries and lockouts itself). */
  recordExit(): void;
  /** Host names only. */
  audit(action: 'allow.temporary' | 'report.viewed' | 'wipe.failed' | 'wipe.recovered', host?: string): void;
  report(from: string, to: string): SupportReport;
}

export interface KioskCore {
  /** Validates name and payload with shared/bridge.ts (throws BridgeValidationError) and runs the command. */
  handle(name: string, payload: unknown): Promise<unknown>;
  snapshot(): Snapshot;
  onSnapshot(listener: (snapshot: Snapshot) => void): () => void;
  /** The allowlist in force now: the services' hosts plus config.allowedHosts. */
  policy(): NavigationPolicy;
  contentNavigated(info: { url: string; canGoBack: boolean; canGoForward: boolean }): void;
  contentLoading(loading: boolean): void;
  navigationBlocked(url: string, reason: string): void;
  contentCrashed(): void;
  /**
   * The content started a download: the path in the session folder to write it to, or null
   * when it is refused (not a PDF or an image by its name and type, or no session).
   */
  downloadRequested(info: { url: string; suggestedName: string; mimeType: string }): string | null;
  /** The download written to `path` finished (ok) or failed; the core checks its bytes. */
  downloadFinished(info: { path: string; url: string; suggestedName: string; ok: boolean }): Promise<void>;
  /** The content opened a file chooser; the in-kiosk picker answers it. */
  fileChooserOpened(request: FileChooserRequest): void;
  activity(): void;
  start(): void;
  stop(): void;
}

/** How long the kiosk waits for a service's logout page before it wipes anyway. */
export const LOGOUT_TIMEOUT_MS = 5000;

/** Activity is forwarded at most this often while no warning is shown: enough to keep the idle timer honest. */
const ACTIVITY_THROTTLE_MS = 1000;

interface ContentState {
  host: string | null;
  canGoBack: boolean;
  canGoForward: boolean;
  loading: boolean;
}

const EMPTY_CONTENT: ContentState = { host: null, canGoBack: false, canGoForward: false, loading: false };

export function sessionSettingsFrom(config: KioskConfig): SessionSettings {
  return {
    idleTimeoutMs: config.idle.timeoutSeconds * 1000,
    warningSeconds: config.idle.warningSeconds,
    endConfirmSeconds: config.idle.endConfirmSeconds,
    wipeRetryMs: config.wipeRetrySeconds * 1000,
    defaultLanguage: config.defaultLanguage,
  };
}

/** A client is at the kiosk: the session is active, or the end confirmation is up. */
function isClientPhase(phase: SessionPhase): boolean {
  return phase === 'active' || phase === 'ending';
}

function combine(browser: WipeReport, files: readonly string[]): WipeReport {
  const findings = [...browser.findings, ...files];
  return { clean: findings.length === 0, findings };
}

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

export function createKioskCore(deps: KioskCoreDeps): KioskCore {
  const { config, surface, wiper, log } = deps;
  const now = deps.now ?? (() => Date.now());
  const basePolicy = buildNavigationPolicy(config);
  /** The base allowlist plus the hosts a worker allowed for this client only; rebuilt when those change. */
  let policy: NavigationPolicy = basePolicy;
  const identificationPolicy: NavigationPolicy = Object.freeze({ allowedHosts: Object.freeze([...config.identificationHosts]) });
  const referrals = config.referrals.map((r) => ({ id: r.id, kind: r.kind, name: r.name, web: r.web, visit: r.visit, ...(r.phone ? { phone: r.phone } : {}) }));
  const services = config.services.map((s) => ({
    id: s.id,
    name: s.name,
    description: s.description,
    host: new URL(s.url).host,
  }));

  // Everything below is the current client's, held in memory only and reset at every wipe.
  const visitedOrigins = new Set<string>();
  let content: ContentState = { ...EMPTY_CONTENT };
  let atHome = true;
  let blocked: Snapshot['blocked'] = null;
  let opening: Promise<void> = Promise.resolve();
  let lastActivityAt = Number.NEGATIVE_INFINITY;
  let ethicsAcknowledged = false;
  let assessment: AssessmentSummary | 'skipped' | null = null;
  let accessibility: AccessibilityPrefs = DEFAULT_PREFS;
  /** Features switched on at any point of the session, as statistics flags. */
  let accessibilityUsed = 0;
  /** Set at START; null while no client session is open (start-up, welcome). */
  let sessionStartedAt: number | null = null;
  let endedBy: SessionEndReason = 'idle';
  let assist: ActorRefFrom<typeof assistMachine> | null = null;
  /** Ids of the services the client opened or reached: their logout URLs are visited at the end. */
  const usedServices = new Set<string>();
  let viewing: string | null = null;
  let picker: FileChooserRequest | null = null;
  let documentNotice: Snapshot['documents']['notice'] = null;
  /** Clients since the app started, for config.relaunch. */
  let clientsServed = 0;
  /** True after a verification failed, until one passes: audited once per streak. */
  let wipeFailing = false;

  const listeners = new Set<(snapshot: Snapshot) => void>();
  let lastView = '';
  let revision = 0;
  let lastEmittedRevision = -1;

  /** A new content surface starts with nothing shown (the client's choices are kept). */
  function resetContentState(): void {
    content = { ...EMPTY_CONTENT };
    atHome = true;
    blocked = null;
    lastActivityAt = Number.NEGATIVE_INFINITY;
  }

  /** At a wipe everything of the client goes, including choices made on the welcome screen. */
  function resetClientState(): void {
    resetContentState();
    ethicsAcknowledged = false;
    assessment = null;
    accessibility = DEFAULT_PREFS;
    accessibilityUsed = 0;
    sessionStartedAt = null;
    endedBy = 'idle';
    stopAssist();
    usedServices.clear();
    viewing = null;
    documentNotice = null;
    answerPicker([]);
  }

  /** Answers (and forgets) the pending file chooser; an empty list cancels it. */
  function answerPicker(paths: readonly string[]): void {
    const request = picker;
    picker = null;
    request?.answer(paths).catch(() => log.warn('upload.answer-failed'));
  }

  function documentsView(): Snapshot['documents'] {
    const items = (deps.documents?.list() ?? []).map((d) => ({ id: d.id, name: d.name, kind: d.kind, source: d.source, bytes: d.bytes }));
    return {
      items,
      viewing,
      picker: picker ? { multiple: picker.multiple } : null,
      notice: documentNotice,
      inbox: deps.documents ? { ...deps.documents.inboxSources } : { usb: false, scanner: false },
      printer: config.printer.enabled && deps.printer !== undefined,
    };
  }

  function noticeFor(reason: DocumentRefusal | 'inbox-unavailable' | 'print-failed', url?: string): void {
    documentNotice = { reason, host: url === undefined ? null : describeHost(url) };
  }

  /** Visits the logout address of every service the client used, each bounded by LOGOUT_TIMEOUT_MS. */
  async function logOutOfServices(serviceIds: readonly string[]): Promise<void> {
    for (const id of serviceIds) {
      const url = config.services.find((s) => s.id === id)?.logoutUrl;
      if (url === undefined || !decideNavigation(url, basePolicy).allowed) continue;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), LOGOUT_TIMEOUT_MS);
      });
      const outcome = await Promise.race([surface.logout(url).then(() => 'done' as const, () => 'failed' as const), timeout]);
      clearTimeout(timer);
      log.info('session.service-logout', { host: describeHost(url) ?? '(none)', outcome });
    }
  }

  /** The service whose tile host the content is on, if any. */
  function noteServiceUse(host: string | null): void {
    if (host === null) return;
    for (const service of services) if (service.host === host) usedServices.add(service.id);
  }

  function startAssist(startedAt: number): void {
    stopAssist();
    const staff = deps.staff;
    const machine = assistMachine.provide({
      actors: {
        ...(staff ? { verifyPin: fromPromise<VerifyPinResult, { pin: string }>(({ input }) => staff.verifyPin(input.pin)) } : {}),
      },
      actions: {
        joined: () => log.info('assist.joined'),
        left: () => {
          log.info('assist.left');
          staff?.recordExit();
        },
        allowHost: (_, params: { host: string }) => {
          staff?.audit('allow.temporary', params.host);
          log.info('assist.allow-host', { host: params.host });
        },
      },
    });
    const actor = createActor(machine, { input: { startedAt }, ...(deps.clock ? { clock: deps.clock } : {}) });
    actor.subscribe((snapshot) => {
      const hosts = snapshot.context.temporaryHosts;
      if (hosts.length + basePolicy.allowedHosts.length !== policy.allowedHosts.length) {
        policy = Object.freeze({ allowedHosts: Object.freeze([...basePolicy.allowedHosts, ...hosts]) });
      }
      emit();
    });
    actor.start();
    assist = actor;
  }

  function stopAssist(): void {
    if (!assist) return;
    // A worker still in leaves properly (audited) before the actor goes.
    assist.send({ type: 'SESSION_END' });
    assist.stop();
    assist = null;
    policy = basePolicy;
  }

  function sendAssist(event: AssistEvent): void {
    if (!assist) throw new Error('assist mode needs an active client session');
    assist.send(event);
  }

  function assistState(): AssistViewState {
    if (!assist) return ASSIST_VIEW_OFF;
    const view = assistView(assist.getSnapshot());
    return { ...view, temporaryHosts: [...view.temporaryHosts], anchors: view.anchors ? { ...view.anchors } : null, pinError: view.pinError ? { ...view.pinError } : null };
  }

  /** The session's one statistics event: built from ids and flags, never from content. */
  function recordEndedSession(language: SessionFacts['language']): void {
    if (sessionStartedAt === null || !deps.recordSession) return;
    const view = assistState();
    const facts: SessionFacts = {
      startedAt: sessionStartedAt,
      language,
      assessment,
      accessibility,
      accessibilityUsed,
      assistUsed: view.assistUsed,
      endedBy,
      outcome: view.lastOutcome,
      referralId: view.referral ?? (assessment !== null && assessment !== 'skipped' ? assessment.referralId : null),
    };
    try {
      deps.recordSession(facts, now());
    } catch (error) {
      log.warn('stats.record-failed', { error: error instanceof Error ? error.name : 'unknown' });
    }
  }

  function applyAdjustments(): void {
    surface.setAdjustments({ zoom: contentZoomFor(accessibility), css: contentCssFor(accessibility) });
  }

  function logReport(event: string, report: WipeReport): void {
    const detail = { clean: report.clean, findings: report.findings.length };
    if (report.clean) log.info(event, detail);
    else log.warn(event, { ...detail, first: report.findings[0] ?? '' });
  }

  const machine = sessionMachine.provide({
    actors: {
      wipeSession: fromPromise<WipeReport>(async () => {
        recordEndedSession(actor.getSnapshot().context.language);
        const toLogOut = [...usedServices];
        resetClientState();
        emit();
        // A session ended at once must not have its set-up (the session folder) land after the wipe.
        await opening.catch(() => undefined);
        await logOutOfServices(toLogOut);
        await surface.close();
        const browser = await wiper.wipe({ origins: [...visitedOrigins] });
        const files = (await deps.documents?.wipe()) ?? [];
        const report = combine(browser, files);
        logReport('session.wipe', report);
        return report;
      }),
      verifySession: fromPromise<WipeReport>(async () => {
        const browser = await wiper.verify({ origins: [...visitedOrigins] });
        const files = (await deps.documents?.verify()) ?? [];
        const report = combine(browser, files);
        logReport('session.verify', report);
        // Origins are forgotten only once they are proven clean, so a retry clears them again.
        if (report.clean) visitedOrigins.clear();
        if (!report.clean && !wipeFailing) deps.staff?.audit('wipe.failed');
        if (report.clean && wipeFailing) deps.staff?.audit('wipe.recovered');
        wipeFailing = !report.clean;
        return report;
      }),
    },
    actions: {
      openContent: () => {
        resetContentState();
        sessionStartedAt = now();
        endedBy = 'idle';
        accessibilityUsed = accessibilityFlags(accessibility);
        clientsServed += 1;
        // The assist actor is created right after this transition (see startSession): creating an
        // actor inside a custom action makes xstate warn about assign() in custom actions.
        const prepared = deps.documents?.prepare().catch(() => log.warn('documents.prepare-failed')) ?? Promise.resolve();
        opening = Promise.all([prepared, surface.open()]).then(applyAdjustments, (error: unknown) => {
          log.warn('content.open-failed', { error: error instanceof Error ? error.name : 'unknown' });
          actor.send({ type: 'CONTENT_CRASHED' });
        });
      },
      announceWelcome: () => {
        log.info('session.welcome');
        const relaunch = deps.relaunch;
        // Never at start-up: an app whose baseline memory is above the limit would relaunch forever.
        if (relaunch === undefined || clientsServed === 0) return;
        const memoryMb = relaunch.memoryMb();
        if (relaunchDue({ clients: clientsServed, memoryMb }, config.relaunch)) {
          log.info('host.relaunch', { clients: clientsServed, memoryMb: Math.round(memoryMb) });
          relaunch.relaunch();
        }
      },
    },
  });

  const actor = createActor(machine, {
    input: { settings: sessionSettingsFrom(config) },
    ...(deps.clock ? { clock: deps.clock } : {}),
  });

  function send(event: SessionEvent): void {
    actor.send(event);
  }

  /** The state as the UI sees it, without its revision. */
  function view(): Omit<Snapshot, 'revision'> {
    const s = actor.getSnapshot();
    const phase = phaseOf(s);
    const inSession = isClientPhase(phase);
    return {
      session: {
        phase,
        language: s.context.language,
        idleSecondsLeft: s.context.idleSecondsLeft,
        endSecondsLeft: s.context.endSecondsLeft,
      },
      content: inSession ? { ...content, host: atHome ? null : content.host } : { ...EMPTY_CONTENT },
      blocked: inSession ? blocked : null,
      client: { ethicsAcknowledged, assessment, accessibility },
      assist: inSession ? assistState() : ASSIST_VIEW_OFF,
      referrals,
      configProblems: [...(deps.configProblems ?? [])],
      staffShortcut: config.assist.shortcut,
      services,
      languages: [...config.languages],
      documents: inSession ? documentsView() : { ...documentsView(), items: [], viewing: null, picker: null, notice: null },
    };
  }

  /**
   * The view with its revision: a new number for every change, so a UI that gets snapshots over
   * two channels (the browser host's reply to getSnapshot and its event stream are separate
   * connections) can drop one older than what it shows.
   */
  function snapshot(): Snapshot {
    const current = view();
    const serialized = JSON.stringify(current);
    if (serialized !== lastView) {
      lastView = serialized;
      revision += 1;
    }
    return { revision, ...current };
  }

  function emit(): void {
    if (listeners.size === 0) return;
    const current = snapshot();
    if (current.revision === lastEmittedRevision) return;
    lastEmittedRevision = current.revision;
    for (const listener of listeners) listener(current);
  }

  function requireSession(command: CommandName): void {
    const phase = phaseOf(actor.getSnapshot());
    if (phase !== 'active') throw new Error(`${command} needs an active client session (now: ${phase})`);
  }

  /** Staff-only commands: a worker must have entered the PIN in this session. */
  function requireWorker(command: CommandName): void {
    if (assistState().mode !== 'on') throw new Error(`${command} needs a worker signed in with the PIN`);
  }

  function activity(): void {
    const s = actor.getSnapshot();
    const warningShown = s.context.idleSecondsLeft !== null;
    const t = now();
    if (!warningShown && t - lastActivityAt < ACTIVITY_THROTTLE_MS) return;
    lastActivityAt = t;
    send({ type: 'ACTIVITY' });
  }

  async function run(name: CommandName, payload: unknown): Promise<unknown> {
    switch (name) {
      case 'getSnapshot':
        parseCommand(name, payload);
        return snapshot();
      case 'startSession': {
        const { language } = parseCommand(name, payload);
        if (!config.languages.includes(language)) throw new BridgeValidationError(`language ${language} is not offered`);
        send({ type: 'START', language });
        if (phaseOf(actor.getSnapshot()) === 'active' && sessionStartedAt !== null && assist === null) startAssist(sessionStartedAt);
        return undefined;
      }
      case 'setLanguage': {
        const { language } = parseCommand(name, payload);
        if (!config.languages.includes(language)) throw new BridgeValidationError(`language ${language} is not offered`);
        send({ type: 'SET_LANGUAGE', language });
        return undefined;
      }
      case 'openService': {
        const { serviceId } = parseCommand(name, payload);
        const service = config.services.find((s) => s.id === serviceId);
        if (!service) throw new BridgeValidationError(`unknown service ${serviceId}`);
        requireSession(name);
        // The ethics guidelines come before the first service (DVV's digital-support ethics).
        if (!ethicsAcknowledged) throw new Error('openService needs the ethics guidelines acknowledged first');
        const decision = decideNavigation(service.url, policy);
        if (!decision.allowed) throw new Error(`service ${serviceId} is not allowed by the policy (${decision.reason})`);
        await opening;
        atHome = false;
        blocked = null;
        viewing = null;
        usedServices.add(service.id);
        content = { ...content, host: decision.host, loading: true };
        surface.load(service.url);
        activity();
        emit();
        return undefined;
      }
      case 'contentAction': {
        const { action } = parseCommand(name, payload);
        requireSession(name);
        await opening;
        // The toolbar's browsing buttons put the document viewer away and act on the page beneath.
        viewing = null;
        if (action === 'home') {
          atHome = true;
          surface.clear();
          assist?.send({ type: 'CONTENT_HOST', identification: false });
        } else if (action === 'back') {
          if (content.canGoBack) {
            atHome = false;
            surface.goBack();
          }
        } else if (action === 'forward') {
          if (content.canGoForward) {
            atHome = false;
            surface.goForward();
          }
        } else if (!atHome) {
          surface.reload();
        }
        emit();
        return undefined;
      }
      case 'setContentLayout':
        surface.setLayout(parseCommand(name, payload));
        return undefined;
      case 'dismissBlocked':
        parseCommand(name, payload);
        blocked = null;
        emit();
        return undefined;
      case 'acknowledgeEthics':
        parseCommand(name, payload);
        requireSession(name);
        ethicsAcknowledged = true;
        emit();
        return undefined;
      case 'setAssessment':
        requireSession(name);
        assessment = parseCommand(name, payload).assessment;
        emit();
        return undefined;
      case 'setAccessibility': {
        const { prefs } = parseCommand(name, payload);
        const phase = phaseOf(actor.getSnapshot());
        // Choices are the client's: welcome screen and session only, never during a wipe.
        if (phase !== 'welcome' && phase !== 'active' && phase !== 'ending') {
          throw new Error(`setAccessibility is not possible now (now: ${phase})`);
        }
        accessibility = prefs;
        if (phase !== 'welcome') {
          accessibilityUsed |= accessibilityFlags(prefs);
          applyAdjustments();
        }
        emit();
        return undefined;
      }
      case 'openStaffEntry':
        parseCommand(name, payload);
        requireSession(name);
        sendAssist({ type: 'OPEN_PIN' });
        return undefined;
      case 'submitPin': {
        const { pin } = parseCommand(name, payload);
        requireSession(name);
        // The PIN goes to the check only: never into a log, a snapshot or the machine's context.
        sendAssist({ type: 'SUBMIT_PIN', pin, now: now() });
        return undefined;
      }
      case 'cancelPin':
        parseCommand(name, payload);
        sendAssist({ type: 'CANCEL_PIN' });
        return undefined;
      case 'exitAssist': {
        const { outcome, referralId } = parseCommand(name, payload);
        sendAssist({ type: 'EXIT_ASSIST', outcome, referralId });
        return undefined;
      }
      case 'setCommunicationStyle':
        sendAssist({ type: 'SET_STYLE', style: parseCommand(name, payload).style });
        return undefined;
      case 'setAnchors': {
        const anchors = parseCommand(name, payload);
        sendAssist({ type: 'SET_ANCHORS', ...anchors });
        return undefined;
      }
      case 'allowHostTemporarily': {
        const { host } = parseCommand(name, payload);
        requireWorker(name);
        sendAssist({ type: 'ALLOW_HOST', host });
        return undefined;
      }
      case 'setShareConsent':
        sendAssist({ type: 'SHARE_CONSENT', share: parseCommand(name, payload).share });
        return undefined;
      case 'requestHelp':
        parseCommand(name, payload);
        requireSession(name);
        sendAssist({ type: 'HELP_REQUEST' });
        return undefined;
      case 'cancelHelp':
        parseCommand(name, payload);
        sendAssist({ type: 'HELP_CANCEL' });
        return undefined;
      case 'getReport': {
        const { from, to } = parseCommand(name, payload);
        requireWorker(name);
        if (!deps.staff) throw new Error('no statistics store on this host');
        deps.staff.audit('report.viewed');
        return deps.staff.report(from, to);
      }
      case 'openDocument': {
        const { id } = parseCommand(name, payload);
        requireSession(name);
        if (!deps.documents?.get(id)) throw new BridgeValidationError(`unknown document ${id}`);
        viewing = id;
        emit();
        return undefined;
      }
      case 'closeDocument':
        parseCommand(name, payload);
        viewing = null;
        emit();
        return undefined;
      case 'readDocument': {
        const { id } = parseCommand(name, payload);
        requireSession(name);
        const document = deps.documents?.get(id);
        if (!deps.documents || !document) throw new BridgeValidationError(`unknown document ${id}`);
        const bytes = await deps.documents.read(id);
        return { mime: document.mime, data: Buffer.from(bytes).toString('base64') };
      }
      case 'refreshInbox':
        parseCommand(name, payload);
        requireSession(name);
        await refreshInbox();
        return undefined;
      case 'chooseDocuments': {
        const { ids } = parseCommand(name, payload);
        requireSession(name);
        if (!picker) throw new Error('chooseDocuments needs an open file chooser');
        const paths = ids.map((id) => deps.documents?.pathOf(id) ?? null);
        if (paths.some((p) => p === null)) throw new BridgeValidationError('chooseDocuments names an unknown document');
        if (!picker.multiple && ids.length > 1) throw new BridgeValidationError('this file chooser takes one document');
        log.info('upload.answered', { documents: ids.length });
        answerPicker(paths as string[]);
        emit();
        return undefined;
      }
      case 'cancelPicker':
        parseCommand(name, payload);
        answerPicker([]);
        emit();
        return undefined;
      case 'dismissDocumentNotice':
        parseCommand(name, payload);
        documentNotice = null;
        emit();
        return undefined;
      case 'print': {
        const { target } = parseCommand(name, payload);
        requireSession(name);
        if (!config.printer.enabled || !deps.printer) throw new Error('printing is not enabled on this kiosk');
        if (target === 'document' && viewing === null) throw new Error('print document needs a document open in the viewer');
        if (target === 'page' && atHome) throw new Error('print page needs a page shown');
        try {
          await deps.printer.print(target);
          log.info('print.done', { target });
          return { printed: true };
        } catch (error) {
          log.warn('print.failed', { target, error: error instanceof Error ? error.name : 'unknown' });
          noticeFor('print-failed');
          emit();
          return { printed: false };
        }
      }
      case 'reportActivity':
        parseCommand(name, payload);
        activity();
        return undefined;
      case 'moreTime':
        parseCommand(name, payload);
        send({ type: 'MORE_TIME' });
        return undefined;
      case 'requestEnd':
        parseCommand(name, payload);
        send({ type: 'REQUEST_END' });
        endedBy = 'client';
        return undefined;
      case 'cancelEnd':
        parseCommand(name, payload);
        send({ type: 'CANCEL_END' });
        endedBy = 'idle';
        return undefined;
      case 'confirmEnd':
        parseCommand(name, payload);
        send({ type: 'CONFIRM_END' });
        return undefined;
    }
  }

  async function refreshInbox(): Promise<void> {
    if (!deps.documents) return;
    const result = await deps.documents.importInbox();
    log.info('inbox.imported', { documents: result.imported, skipped: Object.values(result.skipped).reduce((a, b) => a + (b ?? 0), 0) });
    if (result.unavailable.length > 0 && result.imported === 0) noticeFor('inbox-unavailable');
    emit();
  }

  function inSession(): boolean {
    return isClientPhase(phaseOf(actor.getSnapshot()));
  }

  let subscription: { unsubscribe(): void } | null = null;
  let lastPhase = '';

  return {
    async handle(name, payload) {
      if (!isCommandName(name)) throw new BridgeValidationError(`unknown command ${String(name).slice(0, 40)}`);
      return run(name, payload);
    },
    snapshot,
    onSnapshot(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    policy: () => policy,
    contentNavigated(info) {
      if (!inSession()) return;
      const origin = originOf(info.url);
      if (origin) visitedOrigins.add(origin);
      content = { ...content, host: describeHost(info.url), canGoBack: info.canGoBack, canGoForward: info.canGoForward };
      noteServiceUse(content.host);
      assist?.send({ type: 'CONTENT_HOST', identification: decideNavigation(info.url, identificationPolicy).allowed });
      emit();
    },
    contentLoading(loading) {
      content = { ...content, loading };
      emit();
    },
    navigationBlocked(url, reason) {
      const host = describeHost(url);
      blocked = { host, reason: toBlockReason(reason) };
      log.info('navigation.blocked', { host: host ?? '(none)', reason: blocked.reason });
      emit();
    },
    contentCrashed() {
      log.warn('content.crashed');
      endedBy = 'crash';
      send({ type: 'CONTENT_CRASHED' });
    },
    downloadRequested({ url, suggestedName, mimeType }) {
      const host = describeHost(url) ?? '(none)';
      if (!inSession() || !deps.documents || !mayBeDocument(suggestedName, mimeType)) {
        log.info('download.refused', { host });
        if (inSession()) {
          noticeFor('not-a-document', url);
          emit();
        }
        return null;
      }
      try {
        const path = deps.documents.allocateDownload();
        log.info('download.accepted', { host });
        return path;
      } catch (error) {
        // The session folder cannot be made (disk full, rights): the client hears why, nothing is saved.
        log.warn('download.place-failed', { host, error: error instanceof Error && 'code' in error ? String(error.code) : 'unknown' });
        noticeFor('unreadable', url);
        emit();
        return null;
      }
    },
    async downloadFinished({ path, url, suggestedName, ok }) {
      const documents = deps.documents;
      if (!documents) return;
      if (!ok || !inSession()) {
        // A failed download, or one that finished after the session ended: nothing to show, nothing to keep.
        await documents.discard(path);
        return;
      }
      const result = await documents.adopt(path, suggestedName, 'download');
      if (result.ok) {
        viewing = result.document.id;
        log.info('download.opened', { host: describeHost(url) ?? '(none)', kind: result.document.kind });
      } else {
        noticeFor(result.reason, url);
        log.info('download.refused', { host: describeHost(url) ?? '(none)', reason: result.reason });
      }
      emit();
    },
    fileChooserOpened(request) {
      if (!inSession() || !deps.documents) {
        log.info('upload.refused');
        request.answer([]).catch(() => undefined);
        return;
      }
      // A second chooser replaces the first: the page only waits on its latest.
      answerPicker([]);
      picker = request;
      log.info('upload.chooser-opened', { multiple: request.multiple });
      emit();
      void refreshInbox();
    },
    activity,
    start() {
      subscription = actor.subscribe((s) => {
        const phase = phaseOf(s);
        if (phase !== lastPhase) {
          log.info('session.phase', { phase });
          lastPhase = phase;
        }
        emit();
      });
      actor.start();
    },
    stop() {
      subscription?.unsubscribe();
      (actor as AnyActorRef).stop();
      listeners.clear();
    },
  };
}
