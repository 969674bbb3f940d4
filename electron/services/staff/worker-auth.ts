/**
 * Entry to assist mode with the worker PIN: scrypt hashes, a lockout after repeated wrong
 * PINs that survives a restart, and an audit entry for every entry, failed entry, lockout,
 * exit and PIN change (codes only, never the digits typed).
 *
 * Timing: a wrong and a right PIN cost the same (one scrypt derivation and a constant-time
 * comparison). While locked, and when no PIN is set, the answer comes without hashing and so
 * faster; that reveals only what the PIN pad shows anyway ("locked", "no PIN set"), never
 * anything about the PIN itself.
 */
import type { AuditLog } from '../store/audit-log';
import type { LockoutState, PinStore } from '../store/pin-store';
import { DEFAULT_SCRYPT_PARAMS, hashPin, isValidPinFormat, isWeakerThan, PinFormatError, pinMatches, type ScryptParams } from './pin-hash';

export interface LockoutPolicy {
  /** Wrong PINs in a row that lock entry. */
  readonly maxFailures: number;
  /** How long entry stays locked. */
  readonly lockSeconds: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = Object.freeze({ maxFailures: 5, lockSeconds: 300 });

export interface WorkerAuthOptions {
  readonly store: { readonly pinStore: PinStore; readonly audit: AuditLog; transaction<T>(fn: () => T): T };
  /** ms since the epoch */
  readonly now?: () => number;
  readonly lockout?: Partial<LockoutPolicy>;
  /** The parameters for new hashes; tests pass cheaper ones. */
  readonly scrypt?: ScryptParams;
}

export type VerifyResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: 'wrong' | 'locked' | 'no-pin';
      /** Set when entry is locked, including by this very attempt. */
      readonly lockedUntil?: number;
      /** Set for a wrong PIN: tries left before the lockout (0 when this one locked it). */
      readonly attemptsLeft?: number;
    };

export interface WorkerAuth {
  hasPin(): boolean;
  /** Sets or replaces the PIN; throws PinFormatError unless it is 4–12 digits. */
  setPin(pin: string): Promise<void>;
  /** Removes the PIN (entry is refused until a new one is set) and clears the lockout. */
  resetPin(): void;
  verify(pin: string): Promise<VerifyResult>;
  /** The worker left assist mode. */
  recordExit(): void;
  /** The lockout as it stands now (for the PIN pad to show a countdown). */
  lockState(): LockoutState;
}

function lockoutPolicy(partial: Partial<LockoutPolicy> = {}): LockoutPolicy {
  const policy = { ...DEFAULT_LOCKOUT, ...partial };
  if (!Number.isInteger(policy.maxFailures) || policy.maxFailures < 1 || policy.maxFailures > 100) {
    throw new RangeError('lockout.maxFailures must be an integer 1…100');
  }
  if (!Number.isInteger(policy.lockSeconds) || policy.lockSeconds < 1 || policy.lockSeconds > 86_400) {
    throw new RangeError('lockout.lockSeconds must be an integer 1…86400');
  }
  return policy;
}

export function createWorkerAuth(options: WorkerAuthOptions): WorkerAuth {
  const { store } = options;
  const now = options.now ?? Date.now;
  const policy = lockoutPolicy(options.lockout);
  const lockMs = policy.lockSeconds * 1000;
  const params = options.scrypt ?? DEFAULT_SCRYPT_PARAMS;

  // Attempts run one at a time: otherwise a burst of parallel guesses would all pass the lock
  // check before the first of them was counted.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  /**
   * The lockout at `at`, with an expired lock cleared. A lock is never longer than the policy
   * says, even if the clock was set back after it started (a kiosk whose clock jumps to 1970
   * would otherwise stay locked for decades).
   */
  function currentLockout(at: number): LockoutState {
    const state = store.pinStore.lockout();
    if (state.lockedUntil === null) return state;
    if (state.lockedUntil <= at) {
      const cleared = { failures: 0, lockedUntil: null };
      store.pinStore.setLockout(cleared);
      return cleared;
    }
    return state.lockedUntil - at > lockMs ? { ...state, lockedUntil: at + lockMs } : state;
  }

  async function attempt(pin: string): Promise<VerifyResult> {
    const stored = store.pinStore.get();
    if (!stored) return { ok: false, reason: 'no-pin' };
    const locked = currentLockout(now());
    if (locked.lockedUntil !== null) return { ok: false, reason: 'locked', lockedUntil: locked.lockedUntil, attemptsLeft: 0 };

    // A malformed PIN cannot match, but it is still a guess: it counts like any wrong PIN.
    const matches = isValidPinFormat(pin) ? await pinMatches(pin, stored) : false;
    const at = now();
    if (matches) {
      store.transaction(() => {
        store.pinStore.setLockout({ failures: 0, lockedUntil: null });
        store.audit.append('assist.enter');
      });
      if (isWeakerThan(stored.params, params)) store.pinStore.set(await hashPin(pin, params));
      return { ok: true };
    }

    const failures = store.pinStore.lockout().failures + 1;
    if (failures >= policy.maxFailures) {
      const lockedUntil = at + lockMs;
      store.transaction(() => {
        store.pinStore.setLockout({ failures, lockedUntil });
        store.audit.append('assist.pin-failed');
        store.audit.append('assist.lockout');
      });
      return { ok: false, reason: 'wrong', attemptsLeft: 0, lockedUntil };
    }
    store.transaction(() => {
      store.pinStore.setLockout({ failures, lockedUntil: null });
      store.audit.append('assist.pin-failed');
    });
    return { ok: false, reason: 'wrong', attemptsLeft: policy.maxFailures - failures };
  }

  return {
    hasPin: () => store.pinStore.get() !== null,
    setPin(pin) {
      if (!isValidPinFormat(pin)) return Promise.reject(new PinFormatError('a PIN is 4 to 12 digits (0–9), nothing else'));
      return serially(async () => {
        const hashed = await hashPin(pin, params);
        store.transaction(() => {
          store.pinStore.set(hashed);
          store.pinStore.setLockout({ failures: 0, lockedUntil: null });
          store.audit.append('pin.set');
        });
      });
    },
    resetPin() {
      store.transaction(() => {
        store.pinStore.clear();
        store.pinStore.setLockout({ failures: 0, lockedUntil: null });
        store.audit.append('pin.reset');
      });
    },
    verify: (pin) => serially(() => attempt(pin)),
    recordExit() {
      store.audit.append('assist.exit');
    },
    lockState: () => currentLockout(now()),
  };
}
