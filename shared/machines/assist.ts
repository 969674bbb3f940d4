/**
 * Assist mode of one client session: a service worker joins with a PIN, sees the worker panel
 * (which the client sees too), and leaves recording an outcome. The host creates the actor at
 * START and stops it at the wipe, so nothing here outlives the client.
 *
 * Two parallel regions:
 *
 *   privacy: open ⇄ privacyMoment        (CONTENT_HOST { identification })
 *   assist:  off ─OPEN_PIN─▶ pinEntry ─SUBMIT_PIN─▶ checking ─ok─▶ on { consent: unasked → shared | declined }
 *             ▲               │  ▲                     │                  │
 *             └──CANCEL_PIN───┘  └──not ok / error─────┘                  │
 *             └───────────────EXIT_ASSIST { outcome } / SESSION_END──────────┘
 *
 * HELP_REQUEST / HELP_CANCEL raise and lower the client's help sign while no worker is in;
 * a worker joining lowers it. SESSION_END (sent by the host just before it stops the actor)
 * lets a worker still in leave, because stopping an actor runs no exit actions.
 *
 * The privacy moment is its own region rather than a child of `on`: the client is reminded to
 * log in themselves whenever the content is on an identification or bank host, with or without
 * a worker; what assist adds is that the worker panel hides (`panelVisible`) until the content
 * leaves those hosts. Whether a host is one of those is the host's decision (configured list);
 * it sends CONTENT_HOST on every committed navigation of the content view, including the way
 * back to the home tiles.
 *
 * The PIN travels only in the SUBMIT_PIN event and in the input of the `verifyPin` actor (as a
 * non-enumerable property, see `pinInput`); it never enters the context, so no snapshot the
 * host sends or persists can carry it.
 * Side effects are the host's: `verifyPin` (promise actor), `joined`, `left`, `allowHost`
 * (actions, for its audit log and navigation policy).
 */
import { assign, fromPromise, setup, type SnapshotFrom } from 'xstate';
import { parseHostPattern } from '../policy/allowlist';
import {
  guidanceKeys,
  isAssistOutcome,
  isCommunicationStyle,
  type AssistOutcome,
  type CommunicationStyle,
  type PinMessageId,
} from '../content/worker-guidance';

// ── Types ────────────────────────────────────────────────────────────────────────────────

export interface VerifyPinInput {
  readonly pin: string;
}

/** What the host's PIN check answers (electron/services/staff/worker-auth.ts VerifyResult). */
export type VerifyPinResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: 'wrong' | 'locked' | 'no-pin';
      /** Tries left before the lockout (0 when this attempt locked it). */
      readonly attemptsLeft?: number;
      /** When entry unlocks again (ms since the epoch), when it is locked. */
      readonly lockedUntil?: number;
    };

/** `unavailable`: the check itself failed (the store did not answer), nothing about the PIN. */
export type PinErrorReason = 'wrong' | 'locked' | 'no-pin' | 'unavailable';

export interface PinError {
  readonly reason: PinErrorReason;
  readonly attemptsLeft: number | null;
  readonly lockedUntil: number | null;
}

/** Time anchors in minutes after the worker joined (the start anchor is the join itself). */
export interface TimeAnchors {
  readonly midpointMinutes: number;
  readonly goalMinutes: number;
}

export type AssistEvent =
  /** The toolbar's Staff control or the configured key combination. */
  | { type: 'OPEN_PIN' }
  /** `now` (ms since the epoch) becomes `joinedAt` if the PIN is accepted. */
  | { type: 'SUBMIT_PIN'; pin: string; now: number }
  | { type: 'CANCEL_PIN' }
  | { type: 'EXIT_ASSIST'; outcome: AssistOutcome; referralId: string | null }
  | { type: 'SET_STYLE'; style: CommunicationStyle | null }
  | { type: 'SET_ANCHORS'; midpointMinutes: number; goalMinutes: number }
  /** One more host for this client session only (exact host, no wildcard). */
  | { type: 'ALLOW_HOST'; host: string }
  /** The client's on-screen answer: may the worker see the self-assessment summary? */
  | { type: 'SHARE_CONSENT'; share: boolean }
  /** Every committed navigation of the content view: is it on an identification or bank host? */
  | { type: 'CONTENT_HOST'; identification: boolean }
  /** The client's "I need help" sign. */
  | { type: 'HELP_REQUEST' }
  | { type: 'HELP_CANCEL' }
  /**
   * The client session is ending: a worker still in leaves (so `left` runs; stopping an XState
   * v5 actor runs no exit actions). The host sends it just before it stops the actor.
   */
  | { type: 'SESSION_END' };

export interface AssistInput {
  /** When the client session started (ms since the epoch). */
  readonly startedAt: number;
}

export interface AssistContext {
  readonly startedAt: number;
  readonly pinError: PinError | null;
  /** The `now` of the SUBMIT_PIN being checked; becomes `joinedAt` on success. */
  readonly submittedAt: number | null;
  readonly helpRequested: boolean;
  /** When the worker joined (ms since the epoch); null while no worker is in. */
  readonly joinedAt: number | null;
  readonly style: CommunicationStyle | null;
  readonly anchors: TimeAnchors | null;
  /** Hosts allowed for this client session only, in the order allowed; unique, at most MAX_TEMPORARY_HOSTS. */
  readonly temporaryHosts: readonly string[];
  /** A worker has joined at least once in this client session (statistics). */
  readonly assistUsed: boolean;
  /** The outcome recorded at the last exit; null until a worker has left. */
  readonly lastOutcome: AssistOutcome | null;
  /** The referral directory id recorded at the last exit, if any. */
  readonly referral: string | null;
}

export const MAX_TEMPORARY_HOSTS = 10;
/** Anchors reach at most this far: a longer session is not one support situation. */
export const MAX_ANCHOR_MINUTES = 240;
/** A suggestion for the anchors form; the worker sets the real ones. */
export const DEFAULT_ANCHORS: TimeAnchors = Object.freeze({ midpointMinutes: 10, goalMinutes: 20 });

/** Same shape as the bridge's AssessmentSummary referralId: a directory id, never free text. */
const REFERRAL_ID = /^[A-Za-z0-9-]{1,40}$/;

// ── Pure helpers ─────────────────────────────────────────────────────────────────────────

/**
 * The host a worker may allow: an exact host (with a port when not 443) in the policy's normal
 * form, or null for anything else (a wildcard, a URL, garbage).
 */
export function temporaryHostOf(host: unknown): string | null {
  if (typeof host !== 'string' || host.length > 300) return null;
  const pattern = parseHostPattern(host.trim());
  return pattern?.kind === 'exact' ? pattern.host : null;
}

export function isValidAnchors(anchors: { midpointMinutes: unknown; goalMinutes: unknown }): anchors is TimeAnchors {
  const { midpointMinutes: mid, goalMinutes: goal } = anchors;
  return (
    typeof mid === 'number' &&
    typeof goal === 'number' &&
    Number.isInteger(mid) &&
    Number.isInteger(goal) &&
    mid >= 1 &&
    mid < goal &&
    goal <= MAX_ANCHOR_MINUTES
  );
}

function pinErrorOf(result: VerifyPinResult): PinError | null {
  if (result.ok) return null;
  return {
    reason: result.reason,
    attemptsLeft: result.attemptsLeft ?? null,
    lockedUntil: result.lockedUntil ?? null,
  };
}

function canAllow(context: AssistContext, host: unknown): boolean {
  const normal = temporaryHostOf(host);
  return normal !== null && !context.temporaryHosts.includes(normal) && context.temporaryHosts.length < MAX_TEMPORARY_HOSTS;
}

/**
 * The verifyPin input with the PIN as a non-enumerable property: the actor reads `input.pin`,
 * but JSON and structured clone skip it, so a persisted or inspected snapshot taken while the
 * check runs (the child actor keeps its input) does not carry the PIN.
 */
export function pinInput(pin: string): VerifyPinInput {
  return Object.defineProperty({}, 'pin', { value: pin, enumerable: false }) as VerifyPinInput;
}

function notProvided() {
  return fromPromise<VerifyPinResult, VerifyPinInput>(() => Promise.reject(new Error('verifyPin not provided by the host')));
}

// ── Machine ──────────────────────────────────────────────────────────────────────────────

/** The client can raise or lower the help sign until a worker is in. */
const HELP_SIGN = {
  HELP_REQUEST: { actions: 'raiseHelp' },
  HELP_CANCEL: { actions: 'lowerHelp' },
} as const;

export const assistMachine = setup({
  types: {
    context: {} as AssistContext,
    events: {} as AssistEvent,
    input: {} as AssistInput,
  },
  actors: {
    // Rejects until the host provides it: a kiosk without a PIN check never lets anyone in.
    verifyPin: notProvided(),
  },
  actions: {
    /** Host: audit 'assist.enter'. */
    joined: (_, _params: { joinedAt: number }) => {},
    /** Host: audit 'assist.exit' (the outcome when the worker recorded one). */
    left: (_, _params: { outcome: AssistOutcome | null }) => {},
    /** Host: audit the allowed host and add it to this session's navigation policy. */
    allowHost: (_, _params: { host: string }) => {},
    raiseHelp: assign({ helpRequested: true }),
    lowerHelp: assign({ helpRequested: false }),
    clearPinError: assign({ pinError: null, submittedAt: null }),
    noteSubmission: assign({ submittedAt: ({ event }) => (event.type === 'SUBMIT_PIN' ? event.now : null) }),
    storePinError: assign({ pinError: (_, params: { error: PinError | null }) => params.error, submittedAt: null }),
    enterAssist: assign({
      joinedAt: ({ context }) => context.submittedAt,
      submittedAt: null,
      pinError: null,
      // A worker is here: the help sign has done its job.
      helpRequested: false,
      assistUsed: true,
    }),
    recordExit: assign({
      lastOutcome: ({ event }) => (event.type === 'EXIT_ASSIST' && isAssistOutcome(event.outcome) ? event.outcome : null),
      referral: ({ event }) =>
        event.type === 'EXIT_ASSIST' && typeof event.referralId === 'string' && REFERRAL_ID.test(event.referralId)
          ? event.referralId
          : null,
      assistUsed: true,
    }),
    // The next worker to join starts with a clean panel; the allowed hosts stay for the session.
    resetPanel: assign({ joinedAt: null, style: null, anchors: null }),
    setStyle: assign({ style: ({ context, event }) => (event.type === 'SET_STYLE' ? event.style : context.style) }),
    setAnchors: assign({
      anchors: ({ context, event }) =>
        event.type === 'SET_ANCHORS' ? { midpointMinutes: event.midpointMinutes, goalMinutes: event.goalMinutes } : context.anchors,
    }),
    addTemporaryHost: assign({
      temporaryHosts: ({ context }, params: { host: string }) => [...context.temporaryHosts, params.host],
    }),
  },
  guards: {
    pinAccepted: (_, params: { result: VerifyPinResult }) => params.result.ok,
    // Events come through the bridge; the machine still refuses values it cannot store.
    validSubmission: ({ event }) =>
      event.type === 'SUBMIT_PIN' && typeof event.pin === 'string' && typeof event.now === 'number' && Number.isFinite(event.now),
    validStyle: ({ event }) => event.type === 'SET_STYLE' && (event.style === null || isCommunicationStyle(event.style)),
    validAnchors: ({ event }) => event.type === 'SET_ANCHORS' && isValidAnchors(event),
    canAllowHost: ({ context, event }) => event.type === 'ALLOW_HOST' && canAllow(context, event.host),
    identification: ({ event }) => event.type === 'CONTENT_HOST' && event.identification === true,
    notIdentification: ({ event }) => event.type === 'CONTENT_HOST' && event.identification !== true,
    sharing: ({ event }) => event.type === 'SHARE_CONSENT' && event.share === true,
  },
}).createMachine({
  id: 'assist',
  context: ({ input }) => ({
    startedAt: input.startedAt,
    pinError: null,
    submittedAt: null,
    helpRequested: false,
    joinedAt: null,
    style: null,
    anchors: null,
    temporaryHosts: [],
    assistUsed: false,
    lastOutcome: null,
    referral: null,
  }),
  type: 'parallel',
  states: {
    privacy: {
      initial: 'open',
      states: {
        open: {
          on: { CONTENT_HOST: { guard: 'identification', target: 'privacyMoment' } },
        },
        privacyMoment: {
          on: { CONTENT_HOST: { guard: 'notIdentification', target: 'open' } },
        },
      },
    },
    assist: {
      initial: 'off',
      states: {
        off: {
          on: {
            ...HELP_SIGN,
            OPEN_PIN: { target: 'pinEntry', actions: 'clearPinError' },
          },
        },
        pinEntry: {
          on: {
            ...HELP_SIGN,
            SUBMIT_PIN: { guard: 'validSubmission', target: 'checking', actions: 'noteSubmission' },
            CANCEL_PIN: { target: 'off', actions: 'clearPinError' },
            SESSION_END: { target: 'off', actions: 'clearPinError' },
          },
        },
        // Neither CANCEL_PIN nor another SUBMIT_PIN is taken here: a check under way always
        // settles, so the host's audit log and this machine agree on whether the worker got in.
        // SESSION_END is not taken either: the actor is stopped right after it anyway.
        checking: {
          on: HELP_SIGN,
          invoke: {
            id: 'verifyPin',
            src: 'verifyPin',
            input: ({ event }) => pinInput(event.type === 'SUBMIT_PIN' ? event.pin : ''),
            onDone: [
              {
                guard: { type: 'pinAccepted', params: ({ event }) => ({ result: event.output }) },
                target: 'on',
                actions: 'enterAssist',
              },
              {
                target: 'pinEntry',
                actions: { type: 'storePinError', params: ({ event }) => ({ error: pinErrorOf(event.output) }) },
              },
            ],
            onError: {
              target: 'pinEntry',
              actions: {
                type: 'storePinError',
                params: { error: { reason: 'unavailable', attemptsLeft: null, lockedUntil: null } },
              },
            },
          },
        },
        on: {
          entry: { type: 'joined', params: ({ context }) => ({ joinedAt: context.joinedAt ?? context.startedAt }) },
          exit: {
            type: 'left',
            params: ({ event }) => ({
              outcome: event.type === 'EXIT_ASSIST' && isAssistOutcome(event.outcome) ? event.outcome : null,
            }),
          },
          type: 'parallel',
          states: {
            consent: {
              initial: 'unasked',
              states: {
                unasked: {},
                shared: {},
                declined: {},
              },
              // The client may change their mind either way while the worker is in.
              on: {
                SHARE_CONSENT: [
                  { guard: 'sharing', target: '.shared' },
                  { target: '.declined' },
                ],
              },
            },
          },
          on: {
            EXIT_ASSIST: { target: 'off', actions: ['recordExit', 'resetPanel'] },
            // No outcome to record: the host infers one for the statistics.
            SESSION_END: { target: 'off', actions: 'resetPanel' },
            SET_STYLE: { guard: 'validStyle', actions: 'setStyle' },
            SET_ANCHORS: { guard: 'validAnchors', actions: 'setAnchors' },
            ALLOW_HOST: {
              guard: 'canAllowHost',
              actions: [
                { type: 'addTemporaryHost', params: ({ event }) => ({ host: temporaryHostOf(event.host) ?? '' }) },
                { type: 'allowHost', params: ({ event }) => ({ host: temporaryHostOf(event.host) ?? '' }) },
              ],
            },
          },
        },
      },
    },
  },
});

export type AssistMachine = typeof assistMachine;
export type AssistSnapshot = SnapshotFrom<AssistMachine>;

// ── Reading a snapshot ───────────────────────────────────────────────────────────────────

export type AssistMode = 'off' | 'pinEntry' | 'checking' | 'on';
export type ShareConsent = 'unasked' | 'shared' | 'declined';

/** What the host puts into the bridge snapshot; nothing in it is secret or personal. */
export interface AssistView {
  readonly mode: AssistMode;
  readonly pinError: PinError | null;
  readonly helpRequested: boolean;
  /** The content is on an identification or bank host: the client logs in themselves. */
  readonly privacyMoment: boolean;
  /** The worker panel shows: a worker is in and no privacy moment is under way. */
  readonly panelVisible: boolean;
  /** 'unasked' whenever no worker is in: consent is asked again at every join. */
  readonly shareConsent: ShareConsent;
  readonly style: CommunicationStyle | null;
  readonly anchors: TimeAnchors | null;
  readonly joinedAt: number | null;
  readonly temporaryHosts: readonly string[];
  readonly assistUsed: boolean;
  readonly lastOutcome: AssistOutcome | null;
  readonly referral: string | null;
}

export function assistMode(snapshot: AssistSnapshot): AssistMode {
  if (snapshot.matches({ assist: 'on' })) return 'on';
  if (snapshot.matches({ assist: 'checking' })) return 'checking';
  if (snapshot.matches({ assist: 'pinEntry' })) return 'pinEntry';
  return 'off';
}

export function isPrivacyMoment(snapshot: AssistSnapshot): boolean {
  return snapshot.matches({ privacy: 'privacyMoment' });
}

function shareConsentOf(snapshot: AssistSnapshot): ShareConsent {
  if (snapshot.matches({ assist: { on: { consent: 'shared' } } })) return 'shared';
  if (snapshot.matches({ assist: { on: { consent: 'declined' } } })) return 'declined';
  return 'unasked';
}

export function assistView(snapshot: AssistSnapshot): AssistView {
  const { context } = snapshot;
  const mode = assistMode(snapshot);
  const privacyMoment = isPrivacyMoment(snapshot);
  return {
    mode,
    pinError: context.pinError,
    helpRequested: context.helpRequested,
    privacyMoment,
    panelVisible: mode === 'on' && !privacyMoment,
    shareConsent: shareConsentOf(snapshot),
    style: context.style,
    anchors: context.anchors,
    joinedAt: context.joinedAt,
    temporaryHosts: context.temporaryHosts,
    assistUsed: context.assistUsed,
    lastOutcome: context.lastOutcome,
    referral: context.referral,
  };
}

/** The anchors as times (ms since the epoch), or null until a worker is in and has set them. */
export function anchorTimes(view: Pick<AssistView, 'joinedAt' | 'anchors'>): { start: number; midpoint: number; goal: number } | null {
  if (view.joinedAt === null || view.anchors === null) return null;
  const minute = 60_000;
  return {
    start: view.joinedAt,
    midpoint: view.joinedAt + view.anchors.midpointMinutes * minute,
    goal: view.joinedAt + view.anchors.goalMinutes * minute,
  };
}

/** Where the running timer stands against the anchors. */
export type AnchorPhase = 'beforeMidpoint' | 'beforeGoal' | 'pastGoal';

export function anchorPhase(view: Pick<AssistView, 'joinedAt' | 'anchors'>, now: number): AnchorPhase | null {
  const times = anchorTimes(view);
  if (times === null) return null;
  if (now < times.midpoint) return 'beforeMidpoint';
  return now < times.goal ? 'beforeGoal' : 'pastGoal';
}

/** The PIN pad's message for an error: an i18n key and its interpolation values. */
export interface PinMessage {
  readonly key: string;
  readonly values: Readonly<Record<string, number>>;
}

/**
 * The message for the PIN pad. A wrong PIN that locked entry (0 tries left and a lock time) is
 * shown as the lock it caused; the lock's minutes round up, so "1 min" until it has passed.
 */
export function pinMessage(error: PinError, now: number): PinMessage {
  const message = (id: PinMessageId, values: Record<string, number> = {}): PinMessage => ({ key: guidanceKeys.pinMessage(id), values });
  if (error.lockedUntil !== null && (error.reason === 'locked' || error.reason === 'wrong')) {
    const minutes = Math.max(1, Math.ceil((error.lockedUntil - now) / 60_000));
    return message('locked', { minutes });
  }
  switch (error.reason) {
    case 'wrong':
      return error.attemptsLeft === null ? message('wrongTryAgain') : message('wrong', { attemptsLeft: Math.max(0, error.attemptsLeft) });
    case 'locked':
      // Locked without a time: the host could not say until when; the lock message still fits.
      return message('locked', { minutes: 1 });
    case 'no-pin':
      return message('noPin');
    case 'unavailable':
      return message('unavailable');
  }
}
