import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, EVENT_CHANNEL_SNAPSHOT, commandChannel, type Snapshot } from '../../shared/bridge';
import { createKioskApi, type IpcListener, type IpcTransport } from './preload-api';

function fakeTransport() {
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, Set<IpcListener>>();
  const transport: IpcTransport = {
    invoke: async (channel, payload) => {
      invoked.push([channel, payload]);
      return `answer to ${channel}`;
    },
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    off: (channel, listener) => void listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the ipc event', ports: [] }, ...args);
  };
  return { transport, invoked, listeners, emit };
}

describe('createKioskApi', () => {
  it('has one function per command plus onSnapshot, and nothing else', () => {
    const api = createKioskApi(fakeTransport().transport);
    expect(Object.keys(api).sort()).toEqual([...COMMAND_NAMES, 'onSnapshot'].sort());
    for (const key of Object.keys(api)) expect(typeof (api as Record<string, unknown>)[key]).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes each command on its own channel with the payload', async () => {
    const { transport, invoked } = fakeTransport();
    const api = createKioskApi(transport);
    await expect(api.openService({ serviceId: 'kela' })).resolves.toBe(`answer to ${commandChannel('openService')}`);
    await api.contentAction({ action: 'back' });
    expect(invoked).toEqual([
      [commandChannel('openService'), { serviceId: 'kela' }],
      [commandChannel('contentAction'), { action: 'back' }],
    ]);
  });

  it('sends {} when a command is called without a payload', async () => {
    const { transport, invoked } = fakeTransport();
    const api = createKioskApi(transport) as unknown as Record<string, () => Promise<unknown>>;
    await api['getSnapshot']?.();
    expect(invoked).toEqual([[commandChannel('getSnapshot'), {}]]);
  });

  it('gives snapshot listeners the snapshot only, never the IPC event, until unsubscribed', () => {
    const { transport, listeners, emit } = fakeTransport();
    const api = createKioskApi(transport);
    const received: unknown[][] = [];
    const unsubscribe = api.onSnapshot((...args: unknown[]) => void received.push(args));
    const snapshot = { session: { phase: 'welcome' } } as unknown as Snapshot;
    emit(EVENT_CHANNEL_SNAPSHOT, snapshot);
    emit('kiosk:event:other', { not: 'a snapshot' });
    expect(received).toEqual([[snapshot]]);
    unsubscribe();
    expect(listeners.get(EVENT_CHANNEL_SNAPSHOT)?.size).toBe(0);
    emit(EVENT_CHANNEL_SNAPSHOT, snapshot);
    expect(received).toHaveLength(1);
  });
});
