import { createLocalStore } from '../lib/local-store';

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

const store = createLocalStore<DocumentsLocalState>(INITIAL_DOCUMENTS_LOCAL_STATE);

export function openDocumentsDialog(dialog: Exclude<DocumentsDialog, null>): void {
  store.set({ dialog, printed: false });
}

export function closeDocumentsDialog(): void {
  store.set({ ...store.get(), dialog: null });
}

export function markPrinted(): void {
  store.set({ dialog: null, printed: true });
}

/** At the end of a session nothing of the client's stays open. */
export function resetDocumentsLocalState(): void {
  store.set(INITIAL_DOCUMENTS_LOCAL_STATE);
}

export function getDocumentsLocalState(): DocumentsLocalState {
  return store.get();
}

export function useDocumentsLocalState(): DocumentsLocalState {
  return store.use();
}
