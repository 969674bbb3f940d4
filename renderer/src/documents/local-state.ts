import { useSyncExternalStore } from 'react';

/**
 * What the client opened about documents in the UI itself (the host knows nothing of these):
 * the list of their documents, or the confirmation before printing, and the last print's
 * outcome for the status line.
 */
export type DocumentsDialog = null | 'list' | 'print-page' | 'print-document';

export interface DocumentsLocalState {
  readonly dialog: DocumentsDialog;
  /** Set after a print was sent, for the polite status message; cleared on the next action. */
  readonly printed: boolean;
}

export const INITIAL_DOCUMENTS_LOCAL_STATE: DocumentsLocalState = Object.freeze({ dialog: null, printed: false });

let state: DocumentsLocalState = INITIAL_DOCUMENTS_LOCAL_STATE;
const listeners = new Set<() => void>();

function set(next: DocumentsLocalState): void {
  if (next.dialog === state.dialog && next.printed === state.printed) return;
  state = next;
  for (const listener of listeners) listener();
}

export function openDocumentsDialog(dialog: Exclude<DocumentsDialog, null>): void {
  set({ dialog, printed: false });
}

export function closeDocumentsDialog(): void {
  set({ ...state, dialog: null });
}

export function markPrinted(): void {
  set({ dialog: null, printed: true });
}

/** At the end of a session nothing of the client's stays open. */
export function resetDocumentsLocalState(): void {
  set(INITIAL_DOCUMENTS_LOCAL_STATE);
}

export function getDocumentsLocalState(): DocumentsLocalState {
  return state;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDocumentsLocalState(): DocumentsLocalState {
  return useSyncExternalStore(subscribe, getDocumentsLocalState, getDocumentsLocalState);
}
