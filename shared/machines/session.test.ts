import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths, getStateNodes } from '@xstate/graph';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise, SimulatedClock, type AnyActorRef, type EventObject } from 'xstate';
import { SESSION_PHASES, type SessionPhase } from '../bridge';
import { LANGUAGES, type Language } from '../content/languages';
import { pick, seededRandom } from '../testing/seeded-random';
import {
  phaseOf,
  sessionMachine,
  VERIFY_FAILED_FINDING,
  WIPE_FAILED_FINDING,
  type SessionEvent,
  type SessionReport,
  type SessionSettings,
  type SessionSnapshot,
} from './session';

const SETTINGS: SessionSettings = {
  idleTimeoutMs: 180_000,
  warningSeconds: 30,
  endConfirmSeconds: 60,
  wipeRetryMs: 30_000,
  defaultLanguage: 'fi',
};

const CLEAN: SessionReport = { clean: true, findings: [] };
const DIRTY: SessionReport = { clean: false, findings: ['cookies:www.kela.fi'] };

interface Deferred {
  resolve(report: SessionReport): void;
  reject(error: Error): void;
}

/** A host promise actor (wipe or verify) whose every call the test settles by hand. */
class FakeTask {
  calls = 0;
  private readonly pending: Deferred[] = [];
  readonly logic = fromPromise<SessionReport>(() => {
    this.calls += 1;
    return new Promise<SessionReport>((resolve, reject) => {
      this.pending.push({ resolve, reject });
    });
  });

  get isPending(): boolean {
    return this.pending.length > 0;
  }

  resolve(report: SessionReport): void {
    this.take().resolve(report);
  }

  reject(): void {
    this.take().reject(new Error('simulated failure'));
  }

  private take(): Deferred {
    const next = this.pending.shift();
    if (!next) throw new Error('no call is pending');
    return next;
  }
}

/** Lets promise callbacks (the fake actors settling) run; no timers involved. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

const started: AnyActorRef[] = [];
afterEach(() => {
  for (const actor of started.splice(0)) actor.stop();
});

function startSession(settings: SessionSettings = SETTINGS) {
  const clock = new SimulatedClock();
  const wipe = new FakeTask();
  const verify = new FakeTask();
  const openContent = vi.fn();
  const announceWelcome = vi.fn();
  const machine = sessionMachine.provide({
    actors: { wipeSession: wipe.logic, verifySession: verify.logic },
    actions: { openContent: () => openContent(), announceWelcome: () => announceWelcome() },
  });
  const actor = createActor(machine, { input: { settings }, clock });
  /** Every phase the actor went through, consecutive repeats folded. */
  const phases: SessionPhase[] = [];
  actor.subscribe((snapshot) => {
    const phase = phaseOf(snapshot);
    if (phases.at(-1) !== phase) phases.push(phase);
  });
  actor.start();
  started.push(actor);

  return {
    actor,
    wipe,
    verify,
    openContent,
    announceWelcome,
    phases,
    phase: (): SessionPhase => phaseOf(actor.getSnapshot()),
    context: () => actor.getSnapshot().context,
    send: (event: SessionEvent) => actor.send(event),
    /**
     * SimulatedClock.increment jumps straight to the end, so a timer re-armed during the
     * jump would fire only once; stepping a second at a time lets each countdown tick fire.
     */
    advance(ms: number): void {
      for (let left = ms; left > 0; left -= 1000) clock.increment(Math.min(1000, left));
    },
    /** Completes the wipe that is running, then verifies with `report`. */
    async wipeAndVerify(report: SessionReport = CLEAN): Promise<void> {
      wipe.resolve(CLEAN);
      await settle();
      verify.resolve(report);
      await settle();
    },
  };
}

type Session = ReturnType<typeof startSession>;

async function atWelcome(settings: SessionSettings = SETTINGS): Promise<Session> {
  const session = startSession(settings);
  await session.wipeAndVerify();
  expect(session.phase()).toBe('welcome');
  return session;
}

async function inActive(language: Language = 'sv'): Promise<Session> {
  const session = await atWelcome();
  session.send({ type: 'START', language });
  expect(session.phase()).toBe('active');
  return session;
}

describe('start-up', () => {
  it('wipes leftovers first, verifies, then shows the welcome screen', async () => {
    const s = startSession();
    expect(s.phase()).toBe('wiping');
    expect(s.wipe.calls).toBe(1);
    expect(s.verify.calls).toBe(0);

    s.wipe.resolve(CLEAN);
    await settle();
    expect(s.phase()).toBe('verifying');
    expect(s.verify.calls).toBe(1);
    expect(s.announceWelcome).not.toHaveBeenCalled();

    s.verify.resolve(CLEAN);
    await settle();
    expect(s.phase()).toBe('welcome');
    expect(s.announceWelcome).toHaveBeenCalledTimes(1);
    expect(s.context()).toMatchObject({ language: 'fi', lastReport: CLEAN, clientsServed: 0 });
    expect(s.phases).toEqual(['wiping', 'verifying', 'welcome']);
  });

  it('lets no event or elapsed time skip the wipe or the verification', async () => {
    const s = startSession();
    const everything: SessionEvent[] = [
      { type: 'START', language: 'en' },
      { type: 'CONFIRM_END' },
      { type: 'CANCEL_END' },
      { type: 'REQUEST_END' },
      { type: 'MORE_TIME' },
      { type: 'ACTIVITY' },
      { type: 'CONTENT_CRASHED' },
      { type: 'SET_LANGUAGE', language: 'en' },
    ];
    for (const event of everything) s.send(event);
    s.advance(10 * 60_000);
    expect(s.phase()).toBe('wiping');

    s.wipe.resolve(CLEAN);
    await settle();
    for (const event of everything) s.send(event);
    s.advance(10 * 60_000);
    expect(s.phase()).toBe('verifying');
    expect(s.openContent).not.toHaveBeenCalled();
    expect(s.context().language).toBe('fi');
    expect(s.wipe.calls).toBe(1);
  });

  it('goes out of service when the host provided no wipe (fail safe)', async () => {
    const actor = createActor(sessionMachine, { input: { settings: SETTINGS }, clock: new SimulatedClock() });
    started.push(actor);
    actor.start();
    await settle();
    expect(phaseOf(actor.getSnapshot())).toBe('outOfService');
    expect(actor.getSnapshot().context.lastReport).toEqual({ clean: false, findings: [WIPE_FAILED_FINDING] });
  });
});

describe('welcome', () => {
  it('START sets the language, opens the content and enters active', async () => {
    const s = await atWelcome();
    s.send({ type: 'SET_LANGUAGE', language: 'en' });
    expect(s.context().language).toBe('en');
    expect(s.phase()).toBe('welcome');
    expect(s.openContent).not.toHaveBeenCalled();

    s.send({ type: 'START', language: 'sv' });
    expect(s.phase()).toBe('active');
    expect(s.actor.getSnapshot().matches({ active: 'using' })).toBe(true);
    expect(s.context().language).toBe('sv');
    expect(s.openContent).toHaveBeenCalledTimes(1);
  });

  it('ignores session events that make no sense before a session', async () => {
    const s = await atWelcome();
    for (const type of ['ACTIVITY', 'MORE_TIME', 'REQUEST_END', 'CANCEL_END', 'CONFIRM_END', 'CONTENT_CRASHED'] as const) {
      s.send({ type });
    }
    s.advance(SETTINGS.idleTimeoutMs * 3);
    expect(s.phase()).toBe('welcome');
    expect(s.wipe.calls).toBe(1);
  });
});

describe('idle warning', () => {
  it('warns after idleTimeoutMs, counts 30…1, then ends the session straight into a wipe', async () => {
    const s = await inActive();
    s.advance(SETTINGS.idleTimeoutMs - 1000);
    expect(s.actor.getSnapshot().matches({ active: 'using' })).toBe(true);
    expect(s.context().idleSecondsLeft).toBeNull();

    s.advance(1000);
    expect(s.actor.getSnapshot().matches({ active: 'idleWarning' })).toBe(true);
    const shown: number[] = [];
    while (s.phase() === 'active') {
      const left = s.context().idleSecondsLeft;
      if (left === null) throw new Error('warning shown without a countdown');
      shown.push(left);
      s.advance(1000);
    }
    // 30 s to respond (WCAG 2.2.1 asks for at least 20): the tick that would show 0 ends it.
    expect(shown).toEqual(Array.from({ length: 30 }, (_, i) => 30 - i));
    expect(s.phase()).toBe('wiping');
    expect(s.context().idleSecondsLeft).toBeNull();
    expect(s.wipe.calls).toBe(2);

    await s.wipeAndVerify();
    expect(s.phase()).toBe('welcome');
    expect(s.phases).toEqual(['wiping', 'verifying', 'welcome', 'active', 'wiping', 'verifying', 'welcome']);
  });

  it.each(['MORE_TIME', 'ACTIVITY'] as const)('%s during the warning hides it and restarts the idle timer from full', async (type) => {
    const s = await inActive();
    s.advance(SETTINGS.idleTimeoutMs + 10_000);
    expect(s.context().idleSecondsLeft).toBe(20);

    s.send({ type });
    expect(s.actor.getSnapshot().matches({ active: 'using' })).toBe(true);
    expect(s.context().idleSecondsLeft).toBeNull();

    s.advance(SETTINGS.idleTimeoutMs - 1000);
    expect(s.actor.getSnapshot().matches({ active: 'using' })).toBe(true);
    s.advance(1000);
    expect(s.context().idleSecondsLeft).toBe(30);
    // The next warning runs its full length too.
    s.advance(29_000);
    expect(s.context().idleSecondsLeft).toBe(1);
    expect(s.phase()).toBe('active');
  });

  it('ACTIVITY while using postpones the warning', async () => {
    const s = await inActive();
    s.advance(170_000);
    s.send({ type: 'ACTIVITY' });
    s.advance(170_000);
    expect(s.actor.getSnapshot().matches({ active: 'using' })).toBe(true);
    s.advance(9_000);
    expect(s.actor.getSnapshot().matches({ active: 'using' })).toBe(true);
    s.advance(1_000);
    expect(s.actor.getSnapshot().matches({ active: 'idleWarning' })).toBe(true);
  });

  it('MORE_TIME outside the warning changes nothing', async () => {
    const s = await inActive();
    s.advance(170_000);
    s.send({ type: 'MORE_TIME' });
    s.advance(10_000);
    expect(s.actor.getSnapshot().matches({ active: 'idleWarning' })).toBe(true);
  });
});

describe('ending a session', () => {
  it('REQUEST_END asks for confirmation with a countdown; CANCEL_END returns with a fresh idle timer', async () => {
    const s = await inActive();
    s.advance(100_000);
    s.send({ type: 'REQUEST_END' });
    expect(s.phase()).toBe('ending');
    expect(s.context().endSecondsLeft).toBe(60);
    s.advance(1000);
    expect(s.context().endSecondsLeft).toBe(59);

    s.send({ type: 'CANCEL_END' });
    expect(s.actor.getSnapshot().matches({ active: 'using' })).toBe(true);
    expect(s.context().endSecondsLeft).toBeNull();
    s.advance(SETTINGS.idleTimeoutMs - 1000);
    expect(s.actor.getSnapshot().matches({ active: 'using' })).toBe(true);
    s.advance(1000);
    expect(s.actor.getSnapshot().matches({ active: 'idleWarning' })).toBe(true);
    expect(s.openContent).toHaveBeenCalledTimes(1);
  });

  it('REQUEST_END during the idle warning hides the warning', async () => {
    const s = await inActive();
    s.advance(SETTINGS.idleTimeoutMs);
    expect(s.context().idleSecondsLeft).toBe(30);
    s.send({ type: 'REQUEST_END' });
    expect(s.phase()).toBe('ending');
    expect(s.context()).toMatchObject({ idleSecondsLeft: null, endSecondsLeft: 60 });
  });

  it('CONFIRM_END wipes, and the next client starts fresh', async () => {
    const s = await inActive('sv');
    s.send({ type: 'REQUEST_END' });
    s.advance(5_000);
    s.send({ type: 'CONFIRM_END' });
    expect(s.phase()).toBe('wiping');
    expect(s.context()).toMatchObject({ idleSecondsLeft: null, endSecondsLeft: null });
    expect(s.wipe.calls).toBe(2);

    await s.wipeAndVerify();
    expect(s.phase()).toBe('welcome');
    expect(s.context().language).toBe('fi');
    expect(s.announceWelcome).toHaveBeenCalledTimes(2);
  });

  it('an unanswered confirmation ends the session when its countdown runs out', async () => {
    const s = await inActive();
    s.send({ type: 'REQUEST_END' });
    s.advance(59_000);
    expect(s.phase()).toBe('ending');
    expect(s.context().endSecondsLeft).toBe(1);
    s.advance(1000);
    expect(s.phase()).toBe('wiping');
    expect(s.context().endSecondsLeft).toBeNull();
  });

  it('ACTIVITY does not cancel the confirmation', async () => {
    const s = await inActive();
    s.send({ type: 'REQUEST_END' });
    s.send({ type: 'ACTIVITY' });
    s.send({ type: 'MORE_TIME' });
    expect(s.phase()).toBe('ending');
  });
});

describe('content crash', () => {
  it('in active ends the session with a wipe', async () => {
    const s = await inActive();
    s.send({ type: 'CONTENT_CRASHED' });
    expect(s.phase()).toBe('wiping');
    expect(s.wipe.calls).toBe(2);
  });

  it('during the idle warning ends the session and hides the countdown', async () => {
    const s = await inActive();
    s.advance(SETTINGS.idleTimeoutMs + 3000);
    s.send({ type: 'CONTENT_CRASHED' });
    expect(s.phase()).toBe('wiping');
    expect(s.context().idleSecondsLeft).toBeNull();
  });

  it('during the confirmation ends the session and hides the countdown', async () => {
    const s = await inActive();
    s.send({ type: 'REQUEST_END' });
    s.send({ type: 'CONTENT_CRASHED' });
    expect(s.phase()).toBe('wiping');
    expect(s.context().endSecondsLeft).toBeNull();
  });
});

describe('out of service', () => {
  it('a dirty verification refuses clients until a retried wipe verifies clean', async () => {
    const s = await inActive();
    s.send({ type: 'CONFIRM_END' });
    s.send({ type: 'REQUEST_END' });
    s.send({ type: 'CONFIRM_END' });
    await s.wipeAndVerify(DIRTY);
    expect(s.phase()).toBe('outOfService');
    expect(s.context().lastReport).toEqual(DIRTY);

    s.send({ type: 'START', language: 'en' });
    expect(s.phase()).toBe('outOfService');
    expect(s.openContent).toHaveBeenCalledTimes(1);

    s.advance(SETTINGS.wipeRetryMs - 1000);
    expect(s.phase()).toBe('outOfService');
    expect(s.wipe.calls).toBe(2);
    s.advance(1000);
    expect(s.phase()).toBe('wiping');
    expect(s.wipe.calls).toBe(3);

    await s.wipeAndVerify(CLEAN);
    expect(s.phase()).toBe('welcome');
    expect(s.context().lastReport).toEqual(CLEAN);
  });

  it('keeps retrying while verification stays dirty', async () => {
    const s = startSession();
    await s.wipeAndVerify(DIRTY);
    s.advance(SETTINGS.wipeRetryMs);
    await s.wipeAndVerify(DIRTY);
    expect(s.phase()).toBe('outOfService');
    s.advance(SETTINGS.wipeRetryMs);
    await s.wipeAndVerify(CLEAN);
    expect(s.phase()).toBe('welcome');
    expect(s.wipe.calls).toBe(3);
  });

  it('a wipe that rejects goes out of service without verifying', async () => {
    const s = startSession();
    s.wipe.reject();
    await settle();
    expect(s.phase()).toBe('outOfService');
    expect(s.verify.calls).toBe(0);
    expect(s.context().lastReport).toEqual({ clean: false, findings: [WIPE_FAILED_FINDING] });
  });

  it('a verification that rejects goes out of service', async () => {
    const s = startSession();
    s.wipe.resolve(CLEAN);
    await settle();
    s.verify.reject();
    await settle();
    expect(s.phase()).toBe('outOfService');
    expect(s.context().lastReport).toEqual({ clean: false, findings: [VERIFY_FAILED_FINDING] });
  });

  it('does not trust a clean report from the wipe itself', async () => {
    const s = startSession();
    s.wipe.resolve(CLEAN);
    await settle();
    s.verify.resolve(DIRTY);
    await settle();
    expect(s.phase()).toBe('outOfService');
  });
});

describe('language', () => {
  it('SET_LANGUAGE works during the session and the next client starts in the default language', async () => {
    const s = await inActive('sv');
    s.send({ type: 'SET_LANGUAGE', language: 'en' });
    expect(s.context().language).toBe('en');
    s.send({ type: 'REQUEST_END' });
    s.send({ type: 'SET_LANGUAGE', language: 'sv' });
    expect(s.context().language).toBe('sv');
    s.send({ type: 'CONFIRM_END' });
    await s.wipeAndVerify();
    expect(s.context().language).toBe('fi');
  });

  it('the default comes from the settings', async () => {
    const s = await atWelcome({ ...SETTINGS, defaultLanguage: 'sv' });
    expect(s.context().language).toBe('sv');
  });
});

describe('clientsServed', () => {
  it('counts client sessions wiped and verified clean, not the start-up wipe nor retries', async () => {
    const s = await atWelcome();
    expect(s.context().clientsServed).toBe(0);

    s.send({ type: 'START', language: 'fi' });
    s.send({ type: 'CONTENT_CRASHED' });
    await s.wipeAndVerify();
    expect(s.context().clientsServed).toBe(1);

    // The second client's wipe fails verification once; it is counted when it finally passes.
    s.send({ type: 'START', language: 'en' });
    s.send({ type: 'REQUEST_END' });
    s.send({ type: 'CONFIRM_END' });
    await s.wipeAndVerify(DIRTY);
    expect(s.context().clientsServed).toBe(1);
    s.advance(SETTINGS.wipeRetryMs);
    await s.wipeAndVerify(CLEAN);
    expect(s.context().clientsServed).toBe(2);

    // A retry with no client in between counts nothing.
    s.send({ type: 'START', language: 'en' });
    s.send({ type: 'CONTENT_CRASHED' });
    await s.wipeAndVerify(DIRTY);
    s.advance(SETTINGS.wipeRetryMs);
    await s.wipeAndVerify(DIRTY);
    s.advance(SETTINGS.wipeRetryMs);
    await s.wipeAndVerify(CLEAN);
    expect(s.context().clientsServed).toBe(3);
  });
});

describe('phaseOf', () => {
  it('maps every top-level state to its phase', async () => {
    const s = startSession();
    const seen = new Set<SessionPhase>();
    const check = (expected: SessionPhase): void => {
      expect(phaseOf(s.actor.getSnapshot())).toBe(expected);
      expect(s.actor.getSnapshot().matches(expected)).toBe(true);
      seen.add(expected);
    };
    check('wiping');
    s.wipe.resolve(CLEAN);
    await settle();
    check('verifying');
    s.verify.resolve(CLEAN);
    await settle();
    check('welcome');
    s.send({ type: 'START', language: 'fi' });
    check('active');
    s.advance(SETTINGS.idleTimeoutMs);
    expect(s.actor.getSnapshot().matches({ active: 'idleWarning' })).toBe(true);
    check('active');
    s.send({ type: 'REQUEST_END' });
    check('ending');
    s.send({ type: 'CONFIRM_END' });
    await s.wipeAndVerify(DIRTY);
    check('outOfService');
    expect([...seen].sort()).toEqual([...SESSION_PHASES].sort());
  });
});

describe('property: no event order skips the wipe', () => {
  // Short timers so that random clock advances reach every countdown's end.
  const QUICK: SessionSettings = {
    idleTimeoutMs: 10_000,
    warningSeconds: 20,
    endConfirmSeconds: 20,
    wipeRetryMs: 5_000,
    defaultLanguage: 'fi',
  };
  const ADVANCES = [1_000, 3_000, 10_000, 25_000];
  const RUNS = 300;
  const STEPS = 40;

  function randomEvent(random: () => number): SessionEvent {
    const language = pick(random, LANGUAGES);
    return pick<SessionEvent>(random, [
      { type: 'START', language },
      { type: 'SET_LANGUAGE', language },
      { type: 'ACTIVITY' },
      { type: 'MORE_TIME' },
      { type: 'REQUEST_END' },
      { type: 'CANCEL_END' },
      { type: 'CONFIRM_END' },
      { type: 'CONTENT_CRASHED' },
    ]);
  }

  it(`holds for ${RUNS} seeded sequences of ${STEPS} steps`, async () => {
    let sessionsEnded = 0;
    let outages = 0;
    for (let seed = 1; seed <= RUNS; seed += 1) {
      const random = seededRandom(seed);
      const s = startSession(QUICK);
      const starts: number[] = [];
      for (let step = 0; step < STEPS; step += 1) {
        const roll = random();
        if (roll < 0.45) {
          const event = randomEvent(random);
          if (event.type === 'START' && s.phase() === 'welcome') starts.push(step);
          s.send(event);
        } else if (roll < 0.65) {
          s.advance(pick(random, ADVANCES));
        } else {
          // Settle whichever host task is running: mostly success, sometimes dirty or failing.
          const task = s.wipe.isPending ? s.wipe : s.verify.isPending ? s.verify : null;
          const outcome = random();
          if (task && outcome < 0.1) task.reject();
          else if (task) task.resolve(outcome < 0.8 ? CLEAN : DIRTY);
          await settle();
        }
      }

      const context = `seed ${seed}: ${s.phases.join(' > ')}`;
      s.phases.forEach((phase, i) => {
        const before = s.phases[i - 1];
        if (phase === 'welcome') {
          // Only a verification opens the welcome screen…
          expect(before, context).toBe('verifying');
          // …and after a client, a wipe then a verification came in between.
          const lastClient = Math.max(s.phases.lastIndexOf('active', i), s.phases.lastIndexOf('ending', i));
          if (lastClient >= 0) {
            const between = s.phases.slice(lastClient + 1, i);
            const wipedAt = between.lastIndexOf('wiping');
            expect(wipedAt, context).toBeGreaterThanOrEqual(0);
            expect(between.slice(wipedAt + 1), context).toContain('verifying');
            sessionsEnded += 1;
          }
        }
        if (phase === 'active') {
          // A client gets in from the welcome screen (or back from the confirmation), never from an outage.
          expect(['welcome', 'ending'], context).toContain(before);
        }
        if (phase === 'outOfService') outages += 1;
      });
      expect(s.openContent.mock.calls.length, context).toBe(starts.length);
      if (s.phase() === 'welcome') expect(s.context().lastReport?.clean, context).toBe(true);
      s.actor.stop();
    }
    // Guard against a vacuous run: the random walks really ended sessions and hit outages.
    expect(sessionsEnded).toBeGreaterThan(50);
    expect(outages).toBeGreaterThan(50);
  });
});

describe('graph (@xstate/graph)', () => {
  /**
   * @xstate/graph v3 walks the machine with the pure `machine.transition(snapshot, event)`:
   * it never runs invoked actors nor the clock. So the outcomes of the host's promise
   * actors and the expiry of delays are fed in as the internal events they would produce
   * (`xstate.done.actor.*`, `xstate.error.actor.*`, `xstate.after.*`). Those types are read
   * from the machine's own state nodes, so a new delay or invoke is covered automatically.
   */
  const internalTypes = [
    ...new Set(
      getStateNodes(sessionMachine.root)
        .flatMap((node) => node.ownEvents)
        .filter((type) => type.startsWith('xstate.')),
    ),
  ];
  const internalEvents: EventObject[] = internalTypes.flatMap((type) => {
    if (type === 'xstate.done.actor.verifySession') {
      return [
        { type, output: CLEAN },
        { type, output: DIRTY },
      ];
    }
    if (type.startsWith('xstate.done.actor.')) return [{ type, output: CLEAN }];
    if (type.startsWith('xstate.error.actor.')) return [{ type, error: new Error('simulated failure') }];
    return [{ type }];
  });
  const clientEvents: SessionEvent[] = [
    { type: 'START', language: 'sv' },
    { type: 'SET_LANGUAGE', language: 'en' },
    { type: 'ACTIVITY' },
    { type: 'MORE_TIME' },
    { type: 'REQUEST_END' },
    { type: 'CANCEL_END' },
    { type: 'CONFIRM_END' },
    { type: 'CONTENT_CRASHED' },
  ];
  const options = {
    input: { settings: SETTINGS },
    // The traversal option is typed with the machine's public events only; the internal
    // ones are what its actors and delays send, which the traversal cannot run by itself.
    events: [...clientEvents, ...(internalEvents as unknown as SessionEvent[])],
    // clientsServed grows by one per client and would make the state space infinite.
    serializeState: (snapshot: SessionSnapshot) => {
      const { language, idleSecondsLeft, endSecondsLeft, clientPending, lastReport } = snapshot.context;
      return JSON.stringify([snapshot.value, language, idleSecondsLeft, endSecondsLeft, clientPending, lastReport?.clean ?? null]);
    },
  };

  it('feeds the traversal every internal event the machine has', () => {
    expect(internalTypes.sort()).toEqual(
      [
        'xstate.after.countdownTick.session.active.idleWarning.counting',
        'xstate.after.countdownTick.session.ending.counting',
        'xstate.after.idleTimeout.session.active.using',
        'xstate.after.wipeRetry.session.outOfService',
        'xstate.done.actor.verifySession',
        'xstate.done.actor.wipeSession',
        'xstate.error.actor.verifySession',
        'xstate.error.actor.wipeSession',
      ].sort(),
    );
  });

  it('reaches every top-level state and every substate by a shortest path', () => {
    const paths = getShortestPaths(sessionMachine, options);
    expect(new Set(paths.map((path) => phaseOf(path.state)))).toEqual(new Set(SESSION_PHASES));
    const leaves = new Set(paths.map((path) => JSON.stringify(path.state.value)));
    for (const leaf of [{ active: 'using' }, { active: { idleWarning: 'counting' } }, { ending: 'counting' }]) {
      expect(leaves).toContain(JSON.stringify(leaf));
    }
  });

  it('no shortest path enters welcome except from a clean verification', () => {
    const paths = getShortestPaths(sessionMachine, options);
    const toWelcome = paths.filter((path) => phaseOf(path.state) === 'welcome');
    expect(toWelcome.length).toBeGreaterThan(0);
    for (const path of toWelcome) {
      // steps[i].state is the state that steps[i].event led to (step 0 is the initial state).
      const states = path.steps.map((step) => step.state);
      states.forEach((state, i) => {
        const previous = states[i - 1];
        if (previous && phaseOf(state) === 'welcome' && phaseOf(previous) !== 'welcome') {
          expect(phaseOf(previous)).toBe('verifying');
          expect(state.context.lastReport?.clean).toBe(true);
        }
      });
    }
  });

  it('over the whole reachable graph: welcome only after a clean verify, active never from an outage, wipes unskippable', () => {
    const edges = adjacencyMapToArray(getAdjacencyMap(sessionMachine, options));
    for (const { state, event, nextState } of edges) {
      const from = phaseOf(state);
      const to = phaseOf(nextState);
      if (to === 'welcome' && from !== 'welcome') {
        expect(from).toBe('verifying');
        expect(event.type).toBe('xstate.done.actor.verifySession');
        expect(nextState.context.lastReport?.clean).toBe(true);
      }
      if (to === 'active' && from !== 'active') expect(['welcome', 'ending']).toContain(from);
      if (from === 'wiping' || from === 'verifying') {
        const leaves = to !== from;
        const isHostOutcome = event.type.startsWith('xstate.done.actor.') || event.type.startsWith('xstate.error.actor.');
        expect(leaves && !isHostOutcome, `${from} left on ${event.type}`).toBe(false);
      }
    }
    // A graph of a handful of edges would prove nothing.
    expect(edges.length).toBeGreaterThan(1000);
  });
});
