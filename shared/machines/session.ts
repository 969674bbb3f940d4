/**
 * The client-session lifecycle: the one authority on whether a client may use the kiosk.
 *
 *   wiping → verifying → welcome → active (using ⇄ idleWarning) → ending → wiping → …
 *                      ↘ outOfService → (retry) wiping
 *
 * The machine runs in the host (Electron main or the browser host). It only orchestrates:
 * the host provides the side effects with `sessionMachine.provide(...)` — the wipe and the
 * verification as promise actors, opening the content view and announcing the welcome
 * screen as actions. The placeholders below reject, so a host that forgets to provide the
 * wipe lands in `outOfService` instead of greeting a client over someone else's leftovers.
 */
import { assign, fromPromise, setup, type SnapshotFrom, type StateValueFrom } from 'xstate';
import { SESSION_PHASES, type SessionPhase } from '../bridge';
import type { Language } from '../content/languages';

export interface SessionSettings {
  /** No input this long in `active` → idle warning. */
  readonly idleTimeoutMs: number;
  /** Countdown length of the idle warning; at least 20 s (WCAG 2.2.1), enforced by the config schema. */
  readonly warningSeconds: number;
  /** Countdown of an unanswered "end session?" confirmation. */
  readonly endConfirmSeconds: number;
  /** Out of service: retry the wipe after this long. */
  readonly wipeRetryMs: number;
  readonly defaultLanguage: Language;
}

/**
 * What a wipe or a verification found. The same shape as WipeReport in
 * electron/services/ports.ts, declared again because shared/ may not import electron/.
 */
export interface SessionReport {
  readonly clean: boolean;
  /** Codes or host names, never URLs. */
  readonly findings: readonly string[];
}

export type SessionEvent =
  | { type: 'START'; language: Language }
  | { type: 'SET_LANGUAGE'; language: Language }
  /** Any client input (UI or content). */
  | { type: 'ACTIVITY' }
  /** The "more time" button in the idle warning. */
  | { type: 'MORE_TIME' }
  /** "End session" in the toolbar → confirmation. */
  | { type: 'REQUEST_END' }
  | { type: 'CANCEL_END' }
  | { type: 'CONFIRM_END' }
  /** The content view crashed: end the session with a wipe. */
  | { type: 'CONTENT_CRASHED' };

export interface SessionInput {
  readonly settings: SessionSettings;
}

export interface SessionContext {
  readonly settings: SessionSettings;
  readonly language: Language;
  /** Seconds left in the idle warning, or null when no warning is shown. */
  readonly idleSecondsLeft: number | null;
  /** Seconds left in the "end session?" confirmation, or null when it is not shown. */
  readonly endSecondsLeft: number | null;
  /** Client sessions wiped and verified clean since start-up (the host relaunches after N). */
  readonly clientsServed: number;
  /** The last verification's report, or a synthetic one when the wipe or verify failed. */
  readonly lastReport: SessionReport | null;
  /**
   * A client session has started since the last clean verification. Counting on this flag
   * (rather than on every clean verification) keeps the start-up wipe and the retries after
   * an out-of-service spell from inflating `clientsServed`.
   */
  readonly clientPending: boolean;
}

/** Findings used when an actor failed outright; the error itself is not kept (it may name paths). */
export const WIPE_FAILED_FINDING = 'wipe-failed';
export const VERIFY_FAILED_FINDING = 'verify-failed';

const ONE_SECOND_MS = 1000;

function notProvided(name: string) {
  return fromPromise<SessionReport>(() => Promise.reject(new Error(`${name} not provided by the host`)));
}

/** A countdown shows N…1; the tick that would show 0 ends it instead. */
function isLastSecond(secondsLeft: number | null): boolean {
  return secondsLeft === null || secondsLeft <= 1;
}

export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    input: {} as SessionInput,
  },
  actors: {
    wipeSession: notProvided('wipeSession'),
    verifySession: notProvided('verifySession'),
  },
  actions: {
    /** Host: create the content view with a fresh in-memory partition. */
    openContent: () => {},
    /** Host: e.g. log or announce the welcome screen; may be a no-op. */
    announceWelcome: () => {},
    resetLanguage: assign({ language: ({ context }) => context.settings.defaultLanguage }),
    setLanguage: assign({
      language: ({ context, event }) =>
        event.type === 'START' || event.type === 'SET_LANGUAGE' ? event.language : context.language,
    }),
    markClientPending: assign({ clientPending: true }),
    startIdleCountdown: assign({ idleSecondsLeft: ({ context }) => context.settings.warningSeconds }),
    tickIdleCountdown: assign({
      idleSecondsLeft: ({ context }) => (context.idleSecondsLeft === null ? null : context.idleSecondsLeft - 1),
    }),
    clearIdleCountdown: assign({ idleSecondsLeft: null }),
    startEndCountdown: assign({ endSecondsLeft: ({ context }) => context.settings.endConfirmSeconds }),
    tickEndCountdown: assign({
      endSecondsLeft: ({ context }) => (context.endSecondsLeft === null ? null : context.endSecondsLeft - 1),
    }),
    clearEndCountdown: assign({ endSecondsLeft: null }),
    storeReport: assign({ lastReport: (_, params: { report: SessionReport }) => params.report }),
    countClientServed: assign({
      clientsServed: ({ context }) => context.clientsServed + (context.clientPending ? 1 : 0),
      clientPending: false,
    }),
  },
  guards: {
    reportClean: (_, params: { report: SessionReport }) => params.report.clean,
    idleCountdownOver: ({ context }) => isLastSecond(context.idleSecondsLeft),
    endCountdownOver: ({ context }) => isLastSecond(context.endSecondsLeft),
  },
  delays: {
    idleTimeout: ({ context }) => context.settings.idleTimeoutMs,
    wipeRetry: ({ context }) => context.settings.wipeRetryMs,
    countdownTick: ONE_SECOND_MS,
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => ({
    settings: input.settings,
    language: input.settings.defaultLanguage,
    idleSecondsLeft: null,
    endSecondsLeft: null,
    clientsServed: 0,
    lastReport: null,
    clientPending: false,
  }),
  // Start-up wipes first: a power cut or a crash may have left a client's data behind.
  initial: 'wiping',
  states: {
    // No event handlers here or in `verifying`: nothing a client or the UI sends can skip
    // or cancel the wipe.
    wiping: {
      invoke: {
        id: 'wipeSession',
        src: 'wipeSession',
        // The wipe's own report is not trusted: the verification decides.
        onDone: { target: 'verifying' },
        onError: {
          target: 'outOfService',
          actions: { type: 'storeReport', params: { report: { clean: false, findings: [WIPE_FAILED_FINDING] } } },
        },
      },
    },
    verifying: {
      invoke: {
        id: 'verifySession',
        src: 'verifySession',
        onDone: [
          {
            guard: { type: 'reportClean', params: ({ event }) => ({ report: event.output }) },
            target: 'welcome',
            actions: [
              { type: 'storeReport', params: ({ event }) => ({ report: event.output }) },
              'countClientServed',
            ],
          },
          {
            target: 'outOfService',
            actions: { type: 'storeReport', params: ({ event }) => ({ report: event.output }) },
          },
        ],
        onError: {
          target: 'outOfService',
          actions: { type: 'storeReport', params: { report: { clean: false, findings: [VERIFY_FAILED_FINDING] } } },
        },
      },
    },
    welcome: {
      // A new client starts fresh, whatever the previous one chose.
      entry: ['resetLanguage', 'announceWelcome'],
      on: {
        SET_LANGUAGE: { actions: 'setLanguage' },
        START: { target: 'active', actions: ['setLanguage', 'markClientPending', 'openContent'] },
      },
    },
    active: {
      initial: 'using',
      states: {
        using: {
          after: { idleTimeout: { target: 'idleWarning' } },
          // Re-entering restarts the `after` timer; a targetless transition would not.
          on: { ACTIVITY: { target: 'using', reenter: true } },
        },
        idleWarning: {
          // Entry/exit rather than transition actions: every way in starts the countdown
          // from full, every way out (more time, end, crash, timeout) hides it.
          entry: 'startIdleCountdown',
          exit: 'clearIdleCountdown',
          initial: 'counting',
          states: {
            counting: {
              after: {
                countdownTick: [
                  // Nobody is there to confirm: end the session straight away.
                  { guard: 'idleCountdownOver', target: '#session.wiping' },
                  { target: 'counting', reenter: true, actions: 'tickIdleCountdown' },
                ],
              },
            },
          },
          on: {
            MORE_TIME: { target: 'using' },
            ACTIVITY: { target: 'using' },
          },
        },
      },
      on: {
        REQUEST_END: { target: 'ending' },
        CONTENT_CRASHED: { target: 'wiping' },
        SET_LANGUAGE: { actions: 'setLanguage' },
      },
    },
    ending: {
      entry: 'startEndCountdown',
      exit: 'clearEndCountdown',
      initial: 'counting',
      states: {
        counting: {
          after: {
            countdownTick: [
              // The client walked away from the confirmation: end the session anyway.
              { guard: 'endCountdownOver', target: '#session.wiping' },
              { target: 'counting', reenter: true, actions: 'tickEndCountdown' },
            ],
          },
        },
      },
      on: {
        // Back to `active`, whose initial `using` starts a fresh idle timer.
        CANCEL_END: { target: 'active' },
        CONFIRM_END: { target: 'wiping' },
        CONTENT_CRASHED: { target: 'wiping' },
        // The confirmation is still the client's screen: let them read it in their language.
        SET_LANGUAGE: { actions: 'setLanguage' },
      },
    },
    outOfService: {
      // START is deliberately unhandled: no new client until a wipe verifies clean.
      after: { wipeRetry: { target: 'wiping' } },
    },
  },
});

export type SessionMachine = typeof sessionMachine;
export type SessionSnapshot = SnapshotFrom<SessionMachine>;

/** The top-level state names, derived from the machine's own config. */
type TopLevelState = Extract<StateValueFrom<SessionMachine>, string> | keyof Extract<StateValueFrom<SessionMachine>, object>;
// Compile-time proof that the top-level states and the bridge's phases are the same set:
// renaming a state without updating SESSION_PHASES (or the reverse) fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const phasesMatchStates: Same<TopLevelState, SessionPhase> = true;
void phasesMatchStates;

/** The bridge's phase for a snapshot: the top-level state, 1:1. */
export function phaseOf(snapshot: SnapshotFrom<typeof sessionMachine>): SessionPhase {
  for (const phase of SESSION_PHASES) {
    if (snapshot.matches(phase)) return phase;
  }
  // Unreachable while the type check above holds; a loud failure beats a wrong phase.
  throw new Error('session snapshot is in no known phase');
}
