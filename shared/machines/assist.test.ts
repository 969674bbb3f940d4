import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths, getStateNodes } from '@xstate/graph';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise, type AnyActorRef, type EventObject } from 'xstate';
import { ASSIST_OUTCOMES, COMMUNICATION_STYLES, type AssistOutcome, type CommunicationStyle } from '../content/worker-guidance';
import {
  anchorPhase,
  anchorTimes,
  assistMachine,
  assistMode,
  assistView,
  MAX_TEMPORARY_HOSTS,
  pinInput,
  pinMessage,
  temporaryHostOf,
  type AssistEvent,
  type AssistSnapshot,
  type AssistView,
  type PinError,
  type VerifyPinInput,
  type VerifyPinResult,
} from './assist';

/** A PIN no snapshot may ever contain; distinctive so a substring search cannot hit by chance. */
const PIN = '90817263';
const STARTED_AT = 1_700_000_000_000;
const JOINED_AT = STARTED_AT + 5 * 60_000;

/** Events UI code should never send, typed loosely on purpose. */
const loose = (event: Record<string, unknown>) => event as unknown as AssistEvent;

interface Deferred {
  resolve(result: VerifyPinResult): void;
  reject(error: Error): void;
}

/** The host's PIN check, settled by hand; records the PINs it was asked about. */
class FakeVerify {
  readonly pins: string[] = [];
  private readonly pending: Deferred[] = [];
  readonly logic = fromPromise<VerifyPinResult, VerifyPinInput>(({ input }) => {
    this.pins.push(input.pin);
    return new Promise<VerifyPinResult>((resolve, reject) => this.pending.push({ resolve, reject }));
  });

  async resolve(result: VerifyPinResult): Promise<void> {
    this.take().resolve(result);
    await settle();
  }

  async reject(): Promise<void> {
    this.take().reject(new Error('store unavailable'));
    await settle();
  }

  get isPending(): boolean {
    return this.pending.length > 0;
  }

  private take(): Deferred {
    const next = this.pending.shift();
    if (!next) throw new Error('no PIN check is pending');
    return next;
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

const started: AnyActorRef[] = [];
afterEach(() => {
  for (const actor of started.splice(0)) actor.stop();
});

function startAssist() {
  const verify = new FakeVerify();
  const joined = vi.fn<(params: { joinedAt: number }) => void>();
  const left = vi.fn<(params: { outcome: AssistOutcome | null }) => void>();
  const allowHost = vi.fn<(params: { host: string }) => void>();
  const machine = assistMachine.provide({
    actors: { verifyPin: verify.logic },
    actions: {
      joined: (_, params) => joined(params),
      left: (_, params) => left(params),
      allowHost: (_, params) => allowHost(params),
    },
  });
  const actor = createActor(machine, { input: { startedAt: STARTED_AT } }).start();
  started.push(actor);
  const send = (...events: AssistEvent[]) => {
    for (const event of events) actor.send(event);
  };
  const view = () => assistView(actor.getSnapshot());
  /** Opens the PIN pad, submits the PIN and lets the check accept it. */
  const join = async (now = JOINED_AT) => {
    send({ type: 'OPEN_PIN' }, { type: 'SUBMIT_PIN', pin: PIN, now });
    await verify.resolve({ ok: true });
  };
  return { actor, verify, joined, left, allowHost, send, view, join };
}

describe('assist machine, event by event', () => {
  it('starts off: no worker, no help sign, no privacy moment, nothing recorded', () => {
    const { view, actor } = startAssist();
    expect(view()).toEqual<AssistView>({
      mode: 'off',
      pinError: null,
      helpRequested: false,
      privacyMoment: false,
      panelVisible: false,
      shareConsent: 'unasked',
      style: null,
      anchors: null,
      joinedAt: null,
      temporaryHosts: [],
      assistUsed: false,
      lastOutcome: null,
      referral: null,
    });
    expect(actor.getSnapshot().context.startedAt).toBe(STARTED_AT);
  });

  it('OPEN_PIN shows the PIN pad and CANCEL_PIN closes it', () => {
    const { send, view } = startAssist();
    send({ type: 'OPEN_PIN' });
    expect(view().mode).toBe('pinEntry');
    send({ type: 'CANCEL_PIN' });
    expect(view().mode).toBe('off');
  });

  it('a right PIN lets the worker in: joinedAt is the submission time, the host hears about it', async () => {
    const { send, view, verify, joined } = startAssist();
    send({ type: 'OPEN_PIN' }, { type: 'SUBMIT_PIN', pin: PIN, now: JOINED_AT });
    expect(view().mode).toBe('checking');
    expect(verify.pins).toEqual([PIN]);
    expect(joined).not.toHaveBeenCalled();
    await verify.resolve({ ok: true });
    expect(view()).toMatchObject({ mode: 'on', joinedAt: JOINED_AT, assistUsed: true, panelVisible: true, pinError: null });
    expect(joined).toHaveBeenCalledTimes(1);
    expect(joined).toHaveBeenCalledWith({ joinedAt: JOINED_AT });
  });

  it('a wrong PIN goes back to the pad with the tries left', async () => {
    const { send, view, verify, joined } = startAssist();
    send({ type: 'OPEN_PIN' }, { type: 'SUBMIT_PIN', pin: '0000', now: JOINED_AT });
    await verify.resolve({ ok: false, reason: 'wrong', attemptsLeft: 3 });
    expect(view()).toMatchObject({ mode: 'pinEntry', pinError: { reason: 'wrong', attemptsLeft: 3, lockedUntil: null } });
    expect(joined).not.toHaveBeenCalled();
    // The next try may succeed, and clears the error.
    send({ type: 'SUBMIT_PIN', pin: PIN, now: JOINED_AT + 1000 });
    await verify.resolve({ ok: true });
    expect(view()).toMatchObject({ mode: 'on', pinError: null, joinedAt: JOINED_AT + 1000 });
  });

  it('the attempt that locks entry, and attempts while locked, carry the lock time', async () => {
    const lockedUntil = JOINED_AT + 5 * 60_000;
    const { send, view, verify } = startAssist();
    send({ type: 'OPEN_PIN' }, { type: 'SUBMIT_PIN', pin: '1111', now: JOINED_AT });
    await verify.resolve({ ok: false, reason: 'wrong', attemptsLeft: 0, lockedUntil });
    expect(view().pinError).toEqual({ reason: 'wrong', attemptsLeft: 0, lockedUntil });
    send({ type: 'SUBMIT_PIN', pin: PIN, now: JOINED_AT + 1000 });
    await verify.resolve({ ok: false, reason: 'locked', lockedUntil });
    expect(view()).toMatchObject({ mode: 'pinEntry', pinError: { reason: 'locked', attemptsLeft: null, lockedUntil } });
  });

  it('no PIN set, and a check that fails outright, are told apart', async () => {
    const { send, view, verify } = startAssist();
    send({ type: 'OPEN_PIN' }, { type: 'SUBMIT_PIN', pin: PIN, now: JOINED_AT });
    await verify.resolve({ ok: false, reason: 'no-pin' });
    expect(view().pinError).toEqual({ reason: 'no-pin', attemptsLeft: null, lockedUntil: null });
    send({ type: 'SUBMIT_PIN', pin: PIN, now: JOINED_AT });
    await verify.reject();
    expect(view()).toMatchObject({ mode: 'pinEntry', pinError: { reason: 'unavailable', attemptsLeft: null, lockedUntil: null } });
  });

  it('without a PIN check provided by the host, nobody gets in', async () => {
    const actor = createActor(assistMachine, { input: { startedAt: STARTED_AT } }).start();
    started.push(actor);
    actor.send({ type: 'OPEN_PIN' });
    actor.send({ type: 'SUBMIT_PIN', pin: PIN, now: JOINED_AT });
    await settle();
    expect(assistView(actor.getSnapshot())).toMatchObject({ mode: 'pinEntry', pinError: { reason: 'unavailable' } });
  });

  it('a check under way cannot be cancelled nor doubled: it always settles', async () => {
    const { send, view, verify } = startAssist();
    send({ type: 'OPEN_PIN' }, { type: 'SUBMIT_PIN', pin: PIN, now: JOINED_AT });
    send({ type: 'CANCEL_PIN' }, { type: 'SUBMIT_PIN', pin: '2222', now: JOINED_AT }, { type: 'OPEN_PIN' });
    expect(view().mode).toBe('checking');
    expect(verify.pins).toEqual([PIN]);
    await verify.resolve({ ok: true });
    expect(view().mode).toBe('on');
    expect(verify.isPending).toBe(false);
  });

  it('refuses a SUBMIT_PIN without a usable time or PIN, and one outside the pad', () => {
    const { send, view, verify } = startAssist();
    send({ type: 'SUBMIT_PIN', pin: PIN, now: JOINED_AT });
    expect(view().mode).toBe('off');
    send({ type: 'OPEN_PIN' });
    for (const event of [
      loose({ type: 'SUBMIT_PIN', pin: PIN, now: Number.NaN }),
      loose({ type: 'SUBMIT_PIN', pin: PIN }),
      loose({ type: 'SUBMIT_PIN', pin: 1234, now: JOINED_AT }),
    ]) {
      send(event);
      expect(view().mode).toBe('pinEntry');
    }
    expect(verify.pins).toEqual([]);
  });

  it('the error is cleared when the pad is cancelled and opened again', async () => {
    const { send, view, verify } = startAssist();
    send({ type: 'OPEN_PIN' }, { type: 'SUBMIT_PIN', pin: '0000', now: JOINED_AT });
    await verify.resolve({ ok: false, reason: 'wrong', attemptsLeft: 4 });
    send({ type: 'CANCEL_PIN' });
    expect(view()).toMatchObject({ mode: 'off', pinError: null });
    send({ type: 'OPEN_PIN' });
    expect(view().pinError).toBeNull();
  });

  it('the help sign goes up and down until a worker joins, and joining takes it down', async () => {
    const { send, view, join } = startAssist();
    send({ type: 'HELP_REQUEST' });
    expect(view().helpRequested).toBe(true);
    send({ type: 'HELP_CANCEL' });
    expect(view().helpRequested).toBe(false);
    send({ type: 'HELP_REQUEST' }, { type: 'OPEN_PIN' });
    // The worker is at the PIN pad but not in yet: the sign stays, and a cancelled pad keeps it.
    expect(view().helpRequested).toBe(true);
    send({ type: 'CANCEL_PIN' });
    expect(view().helpRequested).toBe(true);
    await join();
    expect(view()).toMatchObject({ mode: 'on', helpRequested: false });
    send({ type: 'HELP_REQUEST' });
    expect(view().helpRequested).toBe(false);
  });

  it('the privacy moment follows the content, with or without a worker, and hides the panel', async () => {
    const { send, view, join } = startAssist();
    send({ type: 'CONTENT_HOST', identification: true });
    expect(view()).toMatchObject({ mode: 'off', privacyMoment: true, panelVisible: false });
    // A worker joining during the login does not see the panel until the login is over.
    await join();
    expect(view()).toMatchObject({ mode: 'on', privacyMoment: true, panelVisible: false });
    send({ type: 'CONTENT_HOST', identification: true });
    expect(view().panelVisible).toBe(false);
    send({ type: 'CONTENT_HOST', identification: false });
    expect(view()).toMatchObject({ privacyMoment: false, panelVisible: true });
    send({ type: 'CONTENT_HOST', identification: true });
    expect(view()).toMatchObject({ privacyMoment: true, panelVisible: false });
    send({ type: 'EXIT_ASSIST', outcome: 'helped', referralId: null });
    expect(view()).toMatchObject({ mode: 'off', privacyMoment: true, panelVisible: false });
    send({ type: 'CONTENT_HOST', identification: false });
    expect(view().privacyMoment).toBe(false);
  });

  it('a CONTENT_HOST without a clear true is not an identification host', () => {
    const { send, view } = startAssist();
    send({ type: 'CONTENT_HOST', identification: true }, loose({ type: 'CONTENT_HOST', identification: 'yes' }));
    expect(view().privacyMoment).toBe(false);
    send(loose({ type: 'CONTENT_HOST', identification: 1 }));
    expect(view().privacyMoment).toBe(false);
  });

  it('consent to share the summary is asked at every join and may change either way', async () => {
    const { send, view, join } = startAssist();
    send({ type: 'SHARE_CONSENT', share: true });
    expect(view().shareConsent).toBe('unasked');
    await join();
    expect(view().shareConsent).toBe('unasked');
    send({ type: 'SHARE_CONSENT', share: true });
    expect(view().shareConsent).toBe('shared');
    send({ type: 'SHARE_CONSENT', share: false });
    expect(view().shareConsent).toBe('declined');
    send(loose({ type: 'SHARE_CONSENT', share: 'true' }));
    expect(view().shareConsent).toBe('declined');
    send({ type: 'SHARE_CONSENT', share: true }, { type: 'EXIT_ASSIST', outcome: 'helped', referralId: null });
    expect(view().shareConsent).toBe('unasked');
    await join(JOINED_AT + 60_000);
    expect(view().shareConsent).toBe('unasked');
  });

  it('SET_STYLE picks a communication style or none, and ignores unknown ones', async () => {
    const { send, view, join } = startAssist();
    send({ type: 'SET_STYLE', style: 'timid' });
    expect(view().style).toBeNull();
    await join();
    for (const style of COMMUNICATION_STYLES) {
      send({ type: 'SET_STYLE', style });
      expect(view().style).toBe(style);
    }
    send(loose({ type: 'SET_STYLE', style: 'grumpy' }));
    expect(view().style).toBe('passive');
    send({ type: 'SET_STYLE', style: null });
    expect(view().style).toBeNull();
  });

  it('SET_ANCHORS sets the midpoint and goal after the join; nonsense is ignored', async () => {
    const { send, view, join } = startAssist();
    await join();
    send({ type: 'SET_ANCHORS', midpointMinutes: 5, goalMinutes: 15 });
    expect(view().anchors).toEqual({ midpointMinutes: 5, goalMinutes: 15 });
    for (const [midpointMinutes, goalMinutes] of [
      [15, 15],
      [20, 10],
      [0, 10],
      [2.5, 10],
      [5, 241],
      [Number.NaN, 10],
      [-5, 10],
    ]) {
      send({ type: 'SET_ANCHORS', midpointMinutes: midpointMinutes as number, goalMinutes: goalMinutes as number });
      expect(view().anchors).toEqual({ midpointMinutes: 5, goalMinutes: 15 });
    }
    send({ type: 'SET_ANCHORS', midpointMinutes: 1, goalMinutes: 240 });
    expect(view().anchors).toEqual({ midpointMinutes: 1, goalMinutes: 240 });
  });

  it('ALLOW_HOST adds exact hosts in normal form, once each, at most ten, and tells the host', async () => {
    const { send, view, join, allowHost } = startAssist();
    send({ type: 'ALLOW_HOST', host: 'www.prh.fi' });
    expect(view().temporaryHosts).toEqual([]);
    await join();
    send({ type: 'ALLOW_HOST', host: ' WWW.PRH.fi ' });
    send({ type: 'ALLOW_HOST', host: 'www.prh.fi' });
    send({ type: 'ALLOW_HOST', host: 'kela.test:8443' });
    for (const bad of ['*.prh.fi', 'https://www.prh.fi/', 'www.prh.fi/path', 'user@prh.fi', '', 'a..b']) {
      send({ type: 'ALLOW_HOST', host: bad });
    }
    send(loose({ type: 'ALLOW_HOST', host: 42 }));
    expect(view().temporaryHosts).toEqual(['www.prh.fi', 'kela.test:8443']);
    expect(allowHost.mock.calls.map(([params]) => params.host)).toEqual(['www.prh.fi', 'kela.test:8443']);
    for (let i = 0; i < 12; i += 1) send({ type: 'ALLOW_HOST', host: `host${i}.example.fi` });
    expect(view().temporaryHosts).toHaveLength(MAX_TEMPORARY_HOSTS);
    expect(allowHost).toHaveBeenCalledTimes(MAX_TEMPORARY_HOSTS);
    expect(view().temporaryHosts).not.toContain('host8.example.fi');
  });

  it('EXIT_ASSIST records the outcome and referral, resets the panel and keeps the allowed hosts', async () => {
    const { send, view, join, left } = startAssist();
    await join();
    send(
      { type: 'SET_STYLE', style: 'rambling' },
      { type: 'SET_ANCHORS', midpointMinutes: 5, goalMinutes: 10 },
      { type: 'ALLOW_HOST', host: 'www.prh.fi' },
      { type: 'EXIT_ASSIST', outcome: 'referred', referralId: 'kansalaisneuvonta' },
    );
    expect(view()).toEqual<AssistView>({
      mode: 'off',
      pinError: null,
      helpRequested: false,
      privacyMoment: false,
      panelVisible: false,
      shareConsent: 'unasked',
      style: null,
      anchors: null,
      joinedAt: null,
      temporaryHosts: ['www.prh.fi'],
      assistUsed: true,
      lastOutcome: 'referred',
      referral: 'kansalaisneuvonta',
    });
    expect(left).toHaveBeenCalledTimes(1);
    expect(left).toHaveBeenCalledWith({ outcome: 'referred' });
    // EXIT_ASSIST means nothing while no worker is in.
    send({ type: 'EXIT_ASSIST', outcome: 'helped', referralId: null });
    expect(view().lastOutcome).toBe('referred');
    expect(left).toHaveBeenCalledTimes(1);
  });

  it.each(ASSIST_OUTCOMES)('EXIT_ASSIST records the outcome %s', async (outcome) => {
    const { send, view, join } = startAssist();
    await join();
    send({ type: 'EXIT_ASSIST', outcome, referralId: null });
    expect(view()).toMatchObject({ mode: 'off', lastOutcome: outcome, referral: null, assistUsed: true });
  });

  it('EXIT_ASSIST with a stray outcome or referral still lets the worker out, recording neither', async () => {
    const { send, view, join, left } = startAssist();
    await join();
    send(loose({ type: 'EXIT_ASSIST', outcome: 'abandoned', referralId: 'https://evil.example/?name=x' }));
    expect(view()).toMatchObject({ mode: 'off', lastOutcome: null, referral: null, assistUsed: true });
    expect(left).toHaveBeenCalledWith({ outcome: null });
  });

  it('SESSION_END lets a worker still in leave (the host audits it) and closes the pad', async () => {
    const first = startAssist();
    await first.join();
    first.send({ type: 'SESSION_END' });
    expect(first.view()).toMatchObject({ mode: 'off', assistUsed: true, lastOutcome: null, joinedAt: null });
    expect(first.left).toHaveBeenCalledWith({ outcome: null });
    const second = startAssist();
    second.send({ type: 'OPEN_PIN' }, { type: 'SESSION_END' });
    expect(second.view().mode).toBe('off');
    expect(second.left).not.toHaveBeenCalled();
  });

  it('a worker who leaves and joins again starts with a fresh panel and a fresh join time', async () => {
    const { send, view, join, joined } = startAssist();
    await join();
    send({ type: 'SET_STYLE', style: 'timid' }, { type: 'EXIT_ASSIST', outcome: 'helped', referralId: null });
    await join(JOINED_AT + 10 * 60_000);
    expect(view()).toMatchObject({ mode: 'on', style: null, joinedAt: JOINED_AT + 10 * 60_000, lastOutcome: 'helped' });
    expect(joined).toHaveBeenCalledTimes(2);
  });

  it('the PIN reaches the check but never the context, nor a persisted snapshot', async () => {
    const { send, actor, verify } = startAssist();
    send({ type: 'OPEN_PIN' }, { type: 'SUBMIT_PIN', pin: PIN, now: JOINED_AT });
    expect(verify.pins).toEqual([PIN]);
    expect(JSON.stringify(actor.getSnapshot().context)).not.toContain(PIN);
    // While the check runs, the child actor holds its input: the PIN is there but not serialisable.
    expect(JSON.stringify(actor.getPersistedSnapshot())).not.toContain(PIN);
    expect(JSON.stringify(assistView(actor.getSnapshot()))).not.toContain(PIN);
    await verify.resolve({ ok: true });
    expect(JSON.stringify(actor.getPersistedSnapshot())).not.toContain(PIN);
  });

  it('pinInput hides the PIN from JSON and copies but not from the reader', () => {
    const input = pinInput(PIN);
    expect(input.pin).toBe(PIN);
    expect(JSON.stringify(input)).toBe('{}');
    // Structured clone (postMessage, IPC) copies own enumerable properties only, like a spread.
    expect(Object.getOwnPropertyDescriptor(input, 'pin')?.enumerable).toBe(false);
    expect({ ...input }).toEqual({});
    expect(Object.keys(input)).toEqual([]);
  });
});

describe('helpers', () => {
  it('temporaryHostOf accepts exact hosts in normal form only', () => {
    expect(temporaryHostOf('www.prh.fi')).toBe('www.prh.fi');
    expect(temporaryHostOf('  WWW.Prh.FI ')).toBe('www.prh.fi');
    expect(temporaryHostOf('kela.test:8443')).toBe('kela.test:8443');
    expect(temporaryHostOf('kela.fi:443')).toBe('kela.fi');
    for (const bad of ['*.prh.fi', 'https://prh.fi', 'prh.fi/x', 'a@prh.fi', '', ' ', 'x'.repeat(400), null, 7, undefined]) {
      expect(temporaryHostOf(bad)).toBeNull();
    }
  });

  it('anchorTimes and anchorPhase place the timer against the anchors', () => {
    const view = { joinedAt: JOINED_AT, anchors: { midpointMinutes: 10, goalMinutes: 20 } };
    expect(anchorTimes(view)).toEqual({ start: JOINED_AT, midpoint: JOINED_AT + 600_000, goal: JOINED_AT + 1_200_000 });
    expect(anchorPhase(view, JOINED_AT)).toBe('beforeMidpoint');
    expect(anchorPhase(view, JOINED_AT + 599_999)).toBe('beforeMidpoint');
    expect(anchorPhase(view, JOINED_AT + 600_000)).toBe('beforeGoal');
    expect(anchorPhase(view, JOINED_AT + 1_200_000)).toBe('pastGoal');
    expect(anchorTimes({ joinedAt: null, anchors: view.anchors })).toBeNull();
    expect(anchorPhase({ joinedAt: JOINED_AT, anchors: null }, JOINED_AT)).toBeNull();
  });

  describe('pinMessage', () => {
    const now = JOINED_AT;
    const error = (reason: PinError['reason'], attemptsLeft: number | null = null, lockedUntil: number | null = null): PinError => ({
      reason,
      attemptsLeft,
      lockedUntil,
    });

    it('tells the tries left after a wrong PIN', () => {
      expect(pinMessage(error('wrong', 2), now)).toEqual({ key: 'guidance.pin.wrong', values: { attemptsLeft: 2 } });
      expect(pinMessage(error('wrong'), now)).toEqual({ key: 'guidance.pin.wrongTryAgain', values: {} });
    });

    it('shows the wrong PIN that locked entry as the lock, with the minutes rounded up', () => {
      expect(pinMessage(error('wrong', 0, now + 5 * 60_000), now)).toEqual({ key: 'guidance.pin.locked', values: { minutes: 5 } });
      expect(pinMessage(error('locked', null, now + 4 * 60_000 + 1), now)).toEqual({ key: 'guidance.pin.locked', values: { minutes: 5 } });
      expect(pinMessage(error('locked', null, now + 10_000), now).values).toEqual({ minutes: 1 });
      // The lock ran out between the answer and the rendering: never "0 min" or less.
      expect(pinMessage(error('locked', null, now - 60_000), now).values).toEqual({ minutes: 1 });
      expect(pinMessage(error('locked'), now)).toEqual({ key: 'guidance.pin.locked', values: { minutes: 1 } });
    });

    it('names a missing PIN and a failed check', () => {
      expect(pinMessage(error('no-pin'), now).key).toBe('guidance.pin.noPin');
      expect(pinMessage(error('unavailable'), now).key).toBe('guidance.pin.unavailable');
    });
  });
});

// ── Every path ───────────────────────────────────────────────────────────────────────────

const DONE = 'xstate.done.actor.verifyPin';
const ERROR = 'xstate.error.actor.verifyPin';
const HOSTS = Array.from({ length: MAX_TEMPORARY_HOSTS + 1 }, (_, i) => `h${i}.example.fi`);

const publicEvents: AssistEvent[] = [
  { type: 'OPEN_PIN' },
  { type: 'SUBMIT_PIN', pin: PIN, now: JOINED_AT },
  loose({ type: 'SUBMIT_PIN', pin: PIN, now: Number.NaN }),
  { type: 'CANCEL_PIN' },
  ...ASSIST_OUTCOMES.map((outcome): AssistEvent => ({ type: 'EXIT_ASSIST', outcome, referralId: null })),
  { type: 'EXIT_ASSIST', outcome: 'referred', referralId: 'kela' },
  loose({ type: 'EXIT_ASSIST', outcome: 'abandoned', referralId: 'not a referral' }),
  ...[...COMMUNICATION_STYLES, null].map((style): AssistEvent => ({ type: 'SET_STYLE', style })),
  loose({ type: 'SET_STYLE', style: 'grumpy' }),
  { type: 'SET_ANCHORS', midpointMinutes: 10, goalMinutes: 20 },
  { type: 'SET_ANCHORS', midpointMinutes: 20, goalMinutes: 10 },
  ...HOSTS.map((host): AssistEvent => ({ type: 'ALLOW_HOST', host })),
  { type: 'ALLOW_HOST', host: 'H0.EXAMPLE.FI' },
  { type: 'ALLOW_HOST', host: '*.example.fi' },
  { type: 'SHARE_CONSENT', share: true },
  { type: 'SHARE_CONSENT', share: false },
  { type: 'CONTENT_HOST', identification: true },
  { type: 'CONTENT_HOST', identification: false },
  { type: 'HELP_REQUEST' },
  { type: 'HELP_CANCEL' },
  { type: 'SESSION_END' },
];

type InternalEvent = { type: typeof DONE; output: VerifyPinResult } | { type: typeof ERROR; error: Error };

/** What the host's PIN check can answer, as the internal events the invoked actor produces. */
const internalEvents: InternalEvent[] = [
  { type: DONE, output: { ok: true } satisfies VerifyPinResult },
  { type: DONE, output: { ok: false, reason: 'wrong', attemptsLeft: 2 } satisfies VerifyPinResult },
  { type: DONE, output: { ok: false, reason: 'wrong', attemptsLeft: 0, lockedUntil: JOINED_AT + 300_000 } satisfies VerifyPinResult },
  { type: DONE, output: { ok: false, reason: 'locked', lockedUntil: JOINED_AT + 300_000 } satisfies VerifyPinResult },
  { type: DONE, output: { ok: false, reason: 'no-pin' } satisfies VerifyPinResult },
  { type: ERROR, error: new Error('store unavailable') },
];

/**
 * The state key: the state value plus the context that decides behaviour, coarsened where the
 * exact value does not (which style, which outcome, which hosts: their orderings alone would
 * make thousands of states). The allowed hosts count as none, one (so a repeat of it can be
 * tried) or more; the limit of ten has a traversal of its own below.
 */
function stateKey(snapshot: AssistSnapshot): string {
  return JSON.stringify([snapshot.value, coarse(assistView(snapshot)), snapshot.context.submittedAt !== null]);
}

/** The view as the state key sees it. */
function coarse(view: AssistView, hostCounts = 2) {
  return [
    view.mode,
    view.privacyMoment,
    view.shareConsent,
    view.helpRequested,
    view.pinError,
    view.joinedAt !== null,
    view.style !== null,
    view.anchors !== null,
    Math.min(view.temporaryHosts.length, hostCounts),
    view.assistUsed,
    view.lastOutcome !== null,
    view.referral !== null,
  ];
}

const graphOptions = {
  input: { startedAt: STARTED_AT },
  // The traversal types events as the machine's public ones; the internal ones are what the
  // invoked PIN check sends, which the traversal cannot run by itself.
  events: [...publicEvents, ...(internalEvents as unknown as AssistEvent[])],
  serializeState: stateKey,
};

/** A hand-written model of the view, folded over the events, to check the machine against. */
function expectedAfter(events: readonly EventObject[]): AssistView {
  let v: AssistView & { submittedAt: number | null } = {
    mode: 'off',
    pinError: null,
    helpRequested: false,
    privacyMoment: false,
    panelVisible: false,
    shareConsent: 'unasked',
    style: null,
    anchors: null,
    joinedAt: null,
    temporaryHosts: [],
    assistUsed: false,
    lastOutcome: null,
    referral: null,
    submittedAt: null,
  };
  const leave = { mode: 'off', style: null, anchors: null, joinedAt: null, shareConsent: 'unasked' } as const;
  for (const raw of events) {
    const e = raw as AssistEvent | { type: typeof DONE; output: VerifyPinResult } | { type: typeof ERROR };
    const on = v.mode === 'on';
    switch (e.type) {
      case 'CONTENT_HOST':
        v = { ...v, privacyMoment: e.identification === true };
        break;
      case 'HELP_REQUEST':
      case 'HELP_CANCEL':
        if (!on) v = { ...v, helpRequested: e.type === 'HELP_REQUEST' };
        break;
      case 'OPEN_PIN':
        if (v.mode === 'off') v = { ...v, mode: 'pinEntry', pinError: null };
        break;
      case 'SUBMIT_PIN':
        if (v.mode === 'pinEntry' && Number.isFinite(e.now)) v = { ...v, mode: 'checking', submittedAt: e.now };
        break;
      case 'CANCEL_PIN':
        if (v.mode === 'pinEntry') v = { ...v, mode: 'off', pinError: null };
        break;
      case 'SESSION_END':
        if (v.mode === 'pinEntry') v = { ...v, mode: 'off', pinError: null };
        if (on) v = { ...v, ...leave };
        break;
      case DONE:
        if (v.mode !== 'checking') break;
        v = e.output.ok
          ? { ...v, mode: 'on', joinedAt: v.submittedAt, pinError: null, helpRequested: false, assistUsed: true }
          : {
              ...v,
              mode: 'pinEntry',
              pinError: { reason: e.output.reason, attemptsLeft: e.output.attemptsLeft ?? null, lockedUntil: e.output.lockedUntil ?? null },
            };
        v = { ...v, submittedAt: null };
        break;
      case ERROR:
        if (v.mode === 'checking') v = { ...v, mode: 'pinEntry', submittedAt: null, pinError: { reason: 'unavailable', attemptsLeft: null, lockedUntil: null } };
        break;
      case 'EXIT_ASSIST': {
        if (!on) break;
        const valid = (ASSIST_OUTCOMES as readonly string[]).includes(e.outcome);
        v = { ...v, ...leave, lastOutcome: valid ? e.outcome : null, referral: e.referralId === 'kela' ? 'kela' : null };
        break;
      }
      case 'SET_STYLE':
        if (on && (e.style === null || (COMMUNICATION_STYLES as readonly (CommunicationStyle | null)[]).includes(e.style))) {
          v = { ...v, style: e.style };
        }
        break;
      case 'SET_ANCHORS':
        if (on && e.midpointMinutes < e.goalMinutes) v = { ...v, anchors: { midpointMinutes: e.midpointMinutes, goalMinutes: e.goalMinutes } };
        break;
      case 'ALLOW_HOST': {
        const host = e.host.toLowerCase();
        if (on && !host.startsWith('*') && !v.temporaryHosts.includes(host) && v.temporaryHosts.length < MAX_TEMPORARY_HOSTS) {
          v = { ...v, temporaryHosts: [...v.temporaryHosts, host] };
        }
        break;
      }
      case 'SHARE_CONSENT':
        if (on) v = { ...v, shareConsent: e.share ? 'shared' : 'declined' };
        break;
    }
    v = { ...v, panelVisible: v.mode === 'on' && !v.privacyMoment };
  }
  const { submittedAt: _submittedAt, ...view } = v;
  return view;
}

describe('assist machine, every path (@xstate/graph)', () => {
  const paths = getShortestPaths(assistMachine, graphOptions);
  const edges = adjacencyMapToArray(getAdjacencyMap(assistMachine, graphOptions));

  it('feeds the traversal every internal event the machine has', () => {
    const internalTypes = new Set(
      getStateNodes(assistMachine.root)
        .flatMap((node) => node.ownEvents)
        .filter((type) => type.startsWith('xstate.')),
    );
    expect([...internalTypes].sort()).toEqual([DONE, ERROR]);
  });

  it('reaches every mode with and without a privacy moment, every consent, and the host limit', () => {
    const combos = new Set(paths.map((path) => {
      const view = assistView(path.state);
      return `${view.mode}/${view.privacyMoment}/${view.shareConsent}`;
    }));
    expect([...combos].sort()).toEqual(
      [
        ...['off', 'pinEntry', 'checking'].flatMap((mode) => [`${mode}/false/unasked`, `${mode}/true/unasked`]),
        ...['unasked', 'shared', 'declined'].flatMap((consent) => [`on/false/${consent}`, `on/true/${consent}`]),
      ].sort(),
    );
    expect(paths.some((path) => assistView(path.state).pinError?.reason === 'unavailable')).toBe(true);
    // A graph of a handful of states would prove nothing.
    expect(paths.length).toBeGreaterThan(300);
  });

  it('agrees with the hand-written model and with a live actor on every shortest path', { timeout: 60_000 }, () => {
    const never = fromPromise<VerifyPinResult, VerifyPinInput>(() => new Promise<VerifyPinResult>(() => {}));
    const machine = assistMachine.provide({ actors: { verifyPin: never } });
    const broken = paths.flatMap((path) => {
      const events = path.steps.slice(1).map((step) => step.event as EventObject);
      const actor = createActor(machine, { input: { startedAt: STARTED_AT } }).start();
      // The PIN check never settles by itself here: its outcomes are sent as the path says.
      for (const event of events) actor.send(event as AssistEvent);
      const live = assistView(actor.getSnapshot());
      actor.stop();
      const label = events.map((event) => event.type).join(' → ');
      const problems: string[] = [];
      // The live actor and the model saw exactly the path's events, so they must agree exactly;
      // the traversal's state stands for every state of its key, so it agrees on the key.
      if (JSON.stringify(live) !== JSON.stringify(expectedAfter(events))) problems.push(`model: ${label}`);
      if (JSON.stringify(coarse(live)) !== JSON.stringify(coarse(assistView(path.state)))) problems.push(`graph: ${label}`);
      return problems;
    });
    expect(broken).toEqual([]);
  });

  it('holds the invariants on every edge of the reachable graph', { timeout: 60_000 }, () => {
    expect(edges.length).toBe(paths.length * graphOptions.events.length);
    expect(edges.flatMap(brokenInvariants)).toEqual([]);
  });

  it('keeps at most ten unique hosts on every edge of a traversal that counts them exactly', { timeout: 60_000 }, () => {
    const hostEvents: AssistEvent[] = [
      ...publicEvents.filter((event) => event.type === 'ALLOW_HOST' || event.type === 'CONTENT_HOST'),
      { type: 'OPEN_PIN' },
      { type: 'SUBMIT_PIN', pin: PIN, now: JOINED_AT },
      { type: 'EXIT_ASSIST', outcome: 'helped', referralId: null },
      { type: 'SESSION_END' },
    ];
    const options = {
      input: { startedAt: STARTED_AT },
      events: [...hostEvents, ...(internalEvents.slice(0, 2) as unknown as AssistEvent[])],
      serializeState: (snapshot: AssistSnapshot) =>
        JSON.stringify([snapshot.value, coarse(assistView(snapshot), MAX_TEMPORARY_HOSTS + 1), snapshot.context.submittedAt !== null]),
    };
    const hostEdges = adjacencyMapToArray(getAdjacencyMap(assistMachine, options));
    const counts = new Set(hostEdges.map(({ nextState }) => nextState.context.temporaryHosts.length));
    expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: MAX_TEMPORARY_HOSTS + 1 }, (_, i) => i));
    expect(hostEdges.flatMap(brokenInvariants)).toEqual([]);
  });
});

/** The invariants one edge of the graph must hold, as readable failures (none when it holds). */
function brokenInvariants(edge: { state: AssistSnapshot; event: EventObject; nextState: AssistSnapshot }): string[] {
  const { state, event, nextState } = edge;
  const before = assistView(state);
  const after = assistView(nextState);
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`${what}: ${assistMode(state)} --${event.type}--> ${assistMode(nextState)}`);
  for (const view of [before, after]) {
    if (view.panelVisible && view.privacyMoment) fail('panel visible during a privacy moment');
    if (view.mode === 'on' && view.helpRequested) fail('help sign up while a worker is in');
    if (view.mode !== 'on' && view.shareConsent !== 'unasked') fail('consent outside assist');
  }
  if (after.mode === 'on' && before.mode !== 'on') {
    const output = (event as EventObject & { output?: VerifyPinResult }).output;
    if (before.mode !== 'checking' || event.type !== DONE || output?.ok !== true) fail('entered without an accepted PIN');
  }
  if (before.mode === 'on' && after.mode !== 'on' && event.type !== 'EXIT_ASSIST' && event.type !== 'SESSION_END') fail('left without an exit');
  if (after.mode === 'checking' && before.mode !== 'checking' && (before.mode !== 'pinEntry' || event.type !== 'SUBMIT_PIN')) {
    fail('checking without a submitted PIN');
  }
  if (JSON.stringify(nextState.context).includes(PIN) || JSON.stringify(nextState).includes(PIN)) fail('PIN in the snapshot');
  const hosts = after.temporaryHosts;
  if (hosts.length > MAX_TEMPORARY_HOSTS || new Set(hosts).size !== hosts.length) fail('too many or repeated hosts');
  if (hosts.some((host) => temporaryHostOf(host) !== host)) fail('a host not in normal form');
  // Allowed for the client session: hosts only ever grow, and only by ALLOW_HOST.
  if (before.temporaryHosts.some((host, i) => hosts[i] !== host)) fail('a host was dropped');
  if (hosts.length !== before.temporaryHosts.length && event.type !== 'ALLOW_HOST') fail('hosts changed without ALLOW_HOST');
  if (before.assistUsed && !after.assistUsed) fail('assistUsed went back');
  if (!before.assistUsed && after.assistUsed && after.mode !== 'on') fail('assistUsed without a join');
  if (after.lastOutcome !== before.lastOutcome && event.type !== 'EXIT_ASSIST') fail('outcome changed without an exit');
  if (after.privacyMoment !== before.privacyMoment && event.type !== 'CONTENT_HOST') fail('privacy changed without navigation');
  return problems;
}
