/**
 * The object the preload exposes as `window.kiosk`: exactly one function per bridge command
 * plus onSnapshot. Built from a transport trio so it can be tested without Electron; the
 * renderer never sees ipcRenderer or an IPC event object.
 */
import { COMMAND_NAMES, EVENT_CHANNEL_SNAPSHOT, commandChannel, type KioskApi, type Snapshot } from '../../shared/bridge';

export type IpcListener = (event: unknown, ...args: unknown[]) => void;

export interface IpcTransport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(channel: string, listener: IpcListener): void;
  off(channel: string, listener: IpcListener): void;
}

export function createKioskApi(transport: IpcTransport): KioskApi {
  const api: Record<string, unknown> = {};
  for (const name of COMMAND_NAMES) {
    // An omitted payload travels as {}: the host validates it like any other.
    api[name] = (payload?: unknown) => transport.invoke(commandChannel(name), payload ?? {});
  }
  api['onSnapshot'] = (listener: (snapshot: Snapshot) => void) => {
    const relay: IpcListener = (_event, snapshot) => listener(snapshot as Snapshot);
    transport.on(EVENT_CHANNEL_SNAPSHOT, relay);
    return () => transport.off(EVENT_CHANNEL_SNAPSHOT, relay);
  };
  // The object is assembled from COMMAND_NAMES, which TypeScript cannot follow key by key.
  return Object.freeze(api) as KioskApi;
}
