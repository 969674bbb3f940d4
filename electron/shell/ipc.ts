/**
 * The bridge's Electron side: one ipcMain.handle per command of shared/bridge.ts, each checking
 * the sender before anything else, and snapshots pushed to the UI view.
 */
import { BridgeValidationError, COMMAND_NAMES, EVENT_CHANNEL_SNAPSHOT, commandChannel, type Snapshot } from '../../shared/bridge';
import type { KioskLog } from '../services/ports';
import { isAppUrl } from './app-protocol';
import type { FrameLike } from './electron-like';

export interface IpcInvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: FrameLike | null;
}

export type IpcHandler = (event: IpcInvokeEventLike, payload?: unknown) => Promise<unknown>;

export interface IpcDeps {
  readonly core: { handle(name: string, payload: unknown): Promise<unknown> };
  /** The id of the UI view's webContents, the only one allowed to call. */
  readonly uiContentsId: () => number;
  readonly log: KioskLog;
}

/** The UI view's main frame showing app://kiosk: not an iframe, not another webContents, not a page that got past the guards. */
export function isTrustedSender(event: IpcInvokeEventLike, uiContentsId: number): boolean {
  const frame = event.senderFrame;
  return event.sender.id === uiContentsId && frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** Rejections cross to the renderer as plain messages; nothing else of the error goes with them. */
function plainError(error: unknown): Error {
  return new Error(error instanceof Error ? error.message : 'the command failed');
}

/** Channel → handler for every command of the bridge. */
export function createIpcHandlers(deps: IpcDeps): ReadonlyMap<string, IpcHandler> {
  const handlers = new Map<string, IpcHandler>();
  for (const name of COMMAND_NAMES) {
    handlers.set(commandChannel(name), async (event, payload) => {
      if (!isTrustedSender(event, deps.uiContentsId())) {
        deps.log.warn('ipc.sender-refused', { command: name });
        throw new Error(`${name}: refused, the sender is not the kiosk UI`);
      }
      try {
        return await deps.core.handle(name, payload);
      } catch (error) {
        const invalid = error instanceof BridgeValidationError;
        deps.log[invalid ? 'info' : 'warn'](invalid ? 'ipc.invalid-payload' : 'ipc.command-failed', {
          command: name,
          error: error instanceof Error ? error.name : typeof error,
        });
        throw plainError(error);
      }
    });
  }
  return handlers;
}

export interface IpcMainLike {
  handle(channel: string, listener: IpcHandler): void;
}

export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: ReadonlyMap<string, IpcHandler>): void {
  for (const [channel, handler] of handlers) ipcMain.handle(channel, handler);
}

export interface SnapshotTarget {
  isDestroyed(): boolean;
  send(channel: string, snapshot: Snapshot): void;
}

/** Every snapshot the core emits goes to the UI view; returns the unsubscribe. */
export function forwardSnapshots(
  core: { onSnapshot(listener: (snapshot: Snapshot) => void): () => void },
  target: SnapshotTarget,
): () => void {
  return core.onSnapshot((snapshot) => {
    if (!target.isDestroyed()) target.send(EVENT_CHANNEL_SNAPSHOT, snapshot);
  });
}
