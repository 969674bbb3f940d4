import { createLocalStore } from '../lib/local-store';

/**
 * What assist mode opened in the UI itself (the host knows nothing of these): a tiny store
 * shared by the components and by `assistCoversContent`, which the lead's overlay logic calls.
 */
export interface AssistLocalState {
  /** The staff report screen (behind the PIN). */
  readonly reportOpen: boolean;
  /** The referral directory id whose large card is shown to the client, if any. */
  readonly referralCardId: string | null;
}

export const INITIAL_ASSIST_LOCAL_STATE: AssistLocalState = Object.freeze({ reportOpen: false, referralCardId: null });

const store = createLocalStore<AssistLocalState>(INITIAL_ASSIST_LOCAL_STATE);

export function openReport(): void {
  store.set({ ...store.get(), reportOpen: true });
}

export function closeReport(): void {
  store.set({ ...store.get(), reportOpen: false });
}

export function showReferralCard(id: string): void {
  store.set({ ...store.get(), referralCardId: id });
}

export function closeReferralCard(): void {
  store.set({ ...store.get(), referralCardId: null });
}

/** Forgets everything opened here: when the worker leaves, nothing of theirs stays open. */
export function resetAssistLocalState(): void {
  store.set(INITIAL_ASSIST_LOCAL_STATE);
}

export function getAssistLocalState(): AssistLocalState {
  return store.get();
}

export function useAssistLocalState(): AssistLocalState {
  return store.use();
}
