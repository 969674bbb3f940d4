/**
 * Client partition sessions whose view has been closed and which still await a wipe that is
 * proven clean. The content surface retires a session when it closes the view; the wiper clears
 * and verifies every retired session, and forgets one only once verification finds it clean,
 * so a failed wipe is retried on the same session.
 */
export interface RetiredSessions<S> {
  retire(session: S): void;
  pending(): readonly S[];
  settle(session: S): void;
}

export function createRetiredSessions<S>(): RetiredSessions<S> {
  const sessions = new Set<S>();
  return {
    retire: (session) => void sessions.add(session),
    pending: () => [...sessions],
    settle: (session) => void sessions.delete(session),
  };
}
