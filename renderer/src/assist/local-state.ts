import { useSyncExternalStore } from 'react';

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

let state: AssistLocalState = INITIAL_ASSIST_LOCAL_STATE;
const listeners = new Set<() => void>();

function set(next: AssistLocalState): void {
  if (next.reportOpen === state.reportOpen && next.referralCardId === state.referralCardId) return;
  state = next;
  for (const listener of listeners) listener();
}

export function openReport(): void {
  set({ ...state, reportOpen: true });
}

export function closeReport(): void {
  set({ ...state, reportOpen: false });
}

export function showReferralCard(id: string): void {
  set({ ...state, referralCardId: id });
}

export function closeReferralCard(): void {
  set({ ...state, referralCardId: null });
}

/** Forgets everything opened here: when the worker leaves, nothing of theirs stays open. */
export function resetAssistLocalState(): void {
  set(INITIAL_ASSIST_LOCAL_STATE);
}

export function getAssistLocalState(): AssistLocalState {
  return state;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAssistLocalState(): AssistLocalState {
  return useSyncExternalStore(subscribe, getAssistLocalState, getAssistLocalState);
}
