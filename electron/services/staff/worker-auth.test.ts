import { describe, expect, it } from 'vitest';
import { openStore, type KioskStore } from '../store/store';
import { tempDbPaths } from '../store/testing';
import { PinFormatError, type ScryptParams } from './pin-hash';
import { createWorkerAuth, type WorkerAuthOptions } from './worker-auth';

const newPath = tempDbPaths('vierella-auth-');

/** Cheap scrypt: these tests are about the lockout and the audit, not the cost of a guess. */
const FAST: ScryptParams = { cost: 1024, blockSize: 8, parallelism: 1, keyLength: 32 };
const PIN = '482916';
const WRONG = '000000';

interface Rig {
  store: KioskStore;
  clock: { now: number };
  auth: ReturnType<typeof createWorkerAuth>;
  actions: () => string[];
}

function rig(path = ':memory:', options: Partial<WorkerAuthOptions> = {}, clock = { now: 1_700_000_000_000 }): Rig {
  const store = openStore(path, { now: () => clock.now });
  const auth = createWorkerAuth({ store, now: () => clock.now, scrypt: FAST, ...options });
  // Oldest first, to read like the sequence of events.
  const actions = () =>
    store.audit
      .list({ limit: 1000 })
      .reverse()
      .map((entry) => entry.action);
  return { store, clock, auth, actions };
}

describe('worker PIN', () => {
  it('refuses entry while no PIN is set', async () => {
    const { auth, actions, store } = rig();
    expect(auth.hasPin()).toBe(false);
    expect(await auth.verify('1234')).toEqual({ ok: false, reason: 'no-pin' });
    expect(actions()).toEqual([]);
    store.close();
  });

  it('stores a hash, never the PIN, and audits the change', async () => {
    const { auth, actions, store } = rig();
    await auth.setPin(PIN);
    expect(auth.hasPin()).toBe(true);
    const stored = store.pinStore.get();
    expect(stored?.hash.toString('latin1')).not.toContain(PIN);
    expect(stored?.params).toEqual(FAST);
    expect(actions()).toEqual(['pin.set']);
    store.close();
  });

  it('refuses a PIN that is not 4–12 digits, with a clear error and no change', async () => {
    const { auth, actions, store } = rig();
    await expect(auth.setPin('12a4')).rejects.toThrow(PinFormatError);
    await expect(auth.setPin('123')).rejects.toThrow(/4 to 12 digits/);
    await expect(auth.setPin('1234567890123')).rejects.toThrow(PinFormatError);
    expect(auth.hasPin()).toBe(false);
    expect(actions()).toEqual([]);
    store.close();
  });

  it('lets the right PIN in and audits the entry and the exit', async () => {
    const { auth, actions, store } = rig();
    await auth.setPin(PIN);
    expect(await auth.verify(PIN)).toEqual({ ok: true });
    auth.recordExit();
    expect(actions()).toEqual(['pin.set', 'assist.enter', 'assist.exit']);
    store.close();
  });

  it('counts down wrong PINs and locks for 300 s after the fifth', async () => {
    const { auth, actions, store, clock } = rig();
    await auth.setPin(PIN);
    const left: (number | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      const result = await auth.verify(WRONG);
      expect(result).toMatchObject({ ok: false, reason: 'wrong' });
      if (!result.ok) left.push(result.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1]);
    const start = clock.now;
    expect(await auth.verify(WRONG)).toEqual({ ok: false, reason: 'wrong', attemptsLeft: 0, lockedUntil: start + 300_000 });
    expect(actions()).toEqual(['pin.set', ...Array(5).fill('assist.pin-failed'), 'assist.lockout']);

    // Even the right PIN is refused while locked, and nothing more is audited.
    clock.now = start + 299_999;
    expect(await auth.verify(PIN)).toEqual({ ok: false, reason: 'locked', lockedUntil: start + 300_000, attemptsLeft: 0 });
    expect(auth.lockState()).toEqual({ failures: 5, lockedUntil: start + 300_000 });
    expect(actions()).toHaveLength(7);

    // After 300 s the lock is gone and the counter starts again.
    clock.now = start + 300_000;
    expect(auth.lockState()).toEqual({ failures: 0, lockedUntil: null });
    expect(await auth.verify(WRONG)).toMatchObject({ reason: 'wrong', attemptsLeft: 4 });
    expect(await auth.verify(PIN)).toEqual({ ok: true });
    expect(actions().slice(-2)).toEqual(['assist.pin-failed', 'assist.enter']);
    store.close();
  });

  it('keeps the lockout across a restart', async () => {
    const path = newPath();
    const clock = { now: 1_700_000_000_000 };
    const first = rig(path, {}, clock);
    await first.auth.setPin(PIN);
    for (let i = 0; i < 5; i++) await first.auth.verify(WRONG);
    first.store.close();

    clock.now += 60_000;
    const second = rig(path, {}, clock);
    expect(await second.auth.verify(PIN)).toMatchObject({ ok: false, reason: 'locked', lockedUntil: clock.now - 60_000 + 300_000 });
    second.store.close();
  });

  it('keeps the failure count across a restart too', async () => {
    const path = newPath();
    const first = rig(path);
    await first.auth.setPin(PIN);
    for (let i = 0; i < 3; i++) await first.auth.verify(WRONG);
    first.store.close();
    const second = rig(path);
    expect(await second.auth.verify(WRONG)).toMatchObject({ reason: 'wrong', attemptsLeft: 1 });
    second.store.close();
  });

  it('resets the counter on success', async () => {
    const { auth, store } = rig();
    await auth.setPin(PIN);
    for (let i = 0; i < 4; i++) await auth.verify(WRONG);
    expect(await auth.verify(PIN)).toEqual({ ok: true });
    expect(auth.lockState()).toEqual({ failures: 0, lockedUntil: null });
    for (let i = 0; i < 4; i++) await auth.verify(WRONG);
    expect(auth.lockState().lockedUntil).toBeNull();
    store.close();
  });

  it('counts a malformed PIN as a wrong one', async () => {
    const { auth, actions, store } = rig();
    await auth.setPin(PIN);
    expect(await auth.verify('abcd')).toMatchObject({ ok: false, reason: 'wrong', attemptsLeft: 4 });
    expect(await auth.verify(`${PIN} `)).toMatchObject({ ok: false, reason: 'wrong', attemptsLeft: 3 });
    expect(actions()).toEqual(['pin.set', 'assist.pin-failed', 'assist.pin-failed']);
    store.close();
  });

  it('does not let a burst of parallel guesses past the limit', async () => {
    const { auth, store } = rig();
    await auth.setPin(PIN);
    for (let i = 0; i < 4; i++) await auth.verify(WRONG);
    // One guess left: ten at once, the right one among the later ones.
    const burst = await Promise.all([WRONG, '111111', '222222', PIN, PIN, '333333', '444444', '555555', '666666', PIN].map((pin) => auth.verify(pin)));
    expect(burst[0]).toMatchObject({ ok: false, reason: 'wrong', attemptsLeft: 0 });
    expect(burst.slice(1).every((result) => !result.ok && result.reason === 'locked')).toBe(true);
    expect(store.audit.list({ limit: 100 }).filter((e) => e.action === 'assist.pin-failed')).toHaveLength(5);
    store.close();
  });

  it('never locks longer than the policy, even when the clock is set back', async () => {
    const { auth, store, clock } = rig();
    await auth.setPin(PIN);
    for (let i = 0; i < 5; i++) await auth.verify(WRONG);
    clock.now = 86_400_000; // the clock jumped back to 1970
    const state = auth.lockState();
    expect(state.lockedUntil).toBe(clock.now + 300_000);
    expect(await auth.verify(PIN)).toMatchObject({ reason: 'locked', lockedUntil: clock.now + 300_000 });
    store.close();
  });

  it('follows a configured lockout policy', async () => {
    const { auth, store, clock } = rig(':memory:', { lockout: { maxFailures: 3, lockSeconds: 60 } });
    await auth.setPin(PIN);
    await auth.verify(WRONG);
    await auth.verify(WRONG);
    expect(await auth.verify(WRONG)).toMatchObject({ reason: 'wrong', attemptsLeft: 0, lockedUntil: clock.now + 60_000 });
    store.close();
  });

  it('refuses a nonsensical lockout policy', () => {
    const store = openStore(':memory:');
    expect(() => createWorkerAuth({ store, lockout: { maxFailures: 0 } })).toThrow(RangeError);
    expect(() => createWorkerAuth({ store, lockout: { lockSeconds: 1.5 } })).toThrow(RangeError);
    store.close();
  });

  it('removes the PIN and the lockout on reset, and audits it', async () => {
    const { auth, actions, store } = rig();
    await auth.setPin(PIN);
    for (let i = 0; i < 5; i++) await auth.verify(WRONG);
    auth.resetPin();
    expect(auth.hasPin()).toBe(false);
    expect(auth.lockState()).toEqual({ failures: 0, lockedUntil: null });
    expect(await auth.verify(PIN)).toEqual({ ok: false, reason: 'no-pin' });
    expect(actions().at(-1)).toBe('pin.reset');
    store.close();
  });

  it('replaces the PIN and clears an earlier lockout when a new one is set', async () => {
    const { auth, store } = rig();
    await auth.setPin(PIN);
    for (let i = 0; i < 5; i++) await auth.verify(WRONG);
    await auth.setPin('13579');
    expect(await auth.verify('13579')).toEqual({ ok: true });
    expect(await auth.verify(PIN)).toMatchObject({ reason: 'wrong' });
    store.close();
  });

  it('re-hashes with stronger parameters on the next successful entry', async () => {
    const path = newPath();
    const weak = rig(path);
    await weak.auth.setPin(PIN);
    const oldSalt = weak.store.pinStore.get()?.salt;
    weak.store.close();

    const STRONGER: ScryptParams = { ...FAST, cost: 2048 };
    const strong = rig(path, { scrypt: STRONGER });
    expect(await strong.auth.verify(PIN)).toEqual({ ok: true });
    const stored = strong.store.pinStore.get();
    expect(stored?.params).toEqual(STRONGER);
    expect(stored?.salt.equals(oldSalt ?? Buffer.alloc(0))).toBe(false);
    expect(await strong.auth.verify(PIN)).toEqual({ ok: true });
    // A re-hash is not a PIN change: no pin.set entry for it.
    expect(strong.actions()).toEqual(['pin.set', 'assist.enter', 'assist.enter']);
    strong.store.close();
  });
});
