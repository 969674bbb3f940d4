import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, EVENT_CHANNEL_SNAPSHOT, commandChannel, type Snapshot } from '../../shared/bridge';
import { DEFAULT_CONFIG } from '../../shared/config/defaults';
import { silentLog } from '../services/console-log';
import { createKioskCore } from '../services/kiosk-core';
import type { ContentSurface, SessionWiper } from '../services/ports';
import type { FrameLike } from './electron-like';
import { createIpcHandlers, forwardSnapshots, isTrustedSender, registerIpcHandlers, type IpcHandler, type IpcInvokeEventLike } from './ipc';
import { FakeWebContents, recordingLog } from './testing/fakes';

const UI_ID = 7;
const mainFrame = (url = 'app://kiosk/index.html'): FrameLike => ({ url, parent: null });
const uiEvent = (frame: FrameLike | null = mainFrame(), id = UI_ID): IpcInvokeEventLike => ({ sender: { id }, senderFrame: frame });

function handlerFor(handlers: ReadonlyMap<string, IpcHandler>, channel: string): IpcHandler {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler;
}

function fakeCore() {
  const calls: [string, unknown][] = [];
  return {
    calls,
    async handle(name: string, payload: unknown) {
      calls.push([name, payload]);
      return { ok: name };
    },
  };
}

describe('isTrustedSender', () => {
  it('accepts only the UI view main frame showing app://kiosk', () => {
    expect(isTrustedSender(uiEvent(), UI_ID)).toBe(true);
    expect(isTrustedSender(uiEvent(mainFrame('app://kiosk/index.html#/help')), UI_ID)).toBe(true);
  });

  it.each<[string, IpcInvokeEventLike]>([
    ['another webContents (the content view)', uiEvent(mainFrame(), UI_ID + 1)],
    ['an iframe of the UI', uiEvent({ url: 'app://kiosk/frame.html', parent: mainFrame() })],
    ['a destroyed frame', uiEvent(null)],
    ['a page from elsewhere', uiEvent(mainFrame('https://evil.example/'))],
    ['a look-alike host', uiEvent(mainFrame('app://kiosk.evil/index.html'))],
    ['a file URL', uiEvent(mainFrame('file:///out/renderer/index.html'))],
  ])('refuses %s', (_name, event) => {
    expect(isTrustedSender(event, UI_ID)).toBe(false);
  });
});

describe('createIpcHandlers', () => {
  it('has exactly one handler per bridge command, on its channel', () => {
    const handlers = createIpcHandlers({ core: fakeCore(), uiContentsId: () => UI_ID, log: silentLog });
    expect([...handlers.keys()].sort()).toEqual(COMMAND_NAMES.map(commandChannel).sort());
  });

  it('passes a call from the UI to the core and returns its answer', async () => {
    const core = fakeCore();
    const handlers = createIpcHandlers({ core, uiContentsId: () => UI_ID, log: silentLog });
    const result = await handlerFor(handlers, commandChannel('openService'))(uiEvent(), { serviceId: 'kela' });
    expect(result).toEqual({ ok: 'openService' });
    expect(core.calls).toEqual([['openService', { serviceId: 'kela' }]]);
  });

  it('refuses a wrong sender before the core sees anything, and logs the command only', async () => {
    const core = fakeCore();
    const log = recordingLog();
    const handlers = createIpcHandlers({ core, uiContentsId: () => UI_ID, log });
    const handler = handlerFor(handlers, commandChannel('confirmEnd'));
    await expect(handler(uiEvent(mainFrame(), 99), {})).rejects.toThrow('confirmEnd: refused, the sender is not the kiosk UI');
    await expect(handler(uiEvent({ url: 'app://kiosk/x', parent: mainFrame() }), {})).rejects.toThrow(/refused/);
    expect(core.calls).toEqual([]);
    expect(log.entries).toEqual([
      { level: 'warn', event: 'ipc.sender-refused', detail: { command: 'confirmEnd' } },
      { level: 'warn', event: 'ipc.sender-refused', detail: { command: 'confirmEnd' } },
    ]);
  });

  it('checks against the UI webContents id at call time', async () => {
    let uiId = 1;
    const handlers = createIpcHandlers({ core: fakeCore(), uiContentsId: () => uiId, log: silentLog });
    const handler = handlerFor(handlers, commandChannel('getSnapshot'));
    await expect(handler(uiEvent(mainFrame(), 2), {})).rejects.toThrow(/refused/);
    uiId = 2;
    await expect(handler(uiEvent(mainFrame(), 2), {})).resolves.toEqual({ ok: 'getSnapshot' });
  });

  it('turns any core failure into a rejection with a plain message, never a crash', async () => {
    const log = recordingLog();
    const core = {
      async handle(): Promise<unknown> {
        throw Object.assign(new TypeError('boom'), { secret: 'https://www.kela.fi/?hetu=1' });
      },
    };
    const handler = handlerFor(createIpcHandlers({ core, uiContentsId: () => UI_ID, log }), commandChannel('moreTime'));
    const error: unknown = await handler(uiEvent(), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('boom');
    expect(Object.keys(error as object)).toEqual([]);
    expect(log.entries).toEqual([{ level: 'warn', event: 'ipc.command-failed', detail: { command: 'moreTime', error: 'TypeError' } }]);

    const thrower = { handle: (): Promise<unknown> => Promise.reject('a string') };
    const other = handlerFor(createIpcHandlers({ core: thrower, uiContentsId: () => UI_ID, log }), commandChannel('moreTime'));
    await expect(other(uiEvent(), {})).rejects.toThrow('the command failed');
  });
});

describe('with the real kiosk core', () => {
  const surface: ContentSurface = {
    open: async () => undefined,
    load: () => undefined,
    goBack: () => undefined,
    goForward: () => undefined,
    reload: () => undefined,
    clear: () => undefined,
    setLayout: () => undefined,
    setAdjustments: () => undefined,
    logout: async () => undefined,
    close: async () => undefined,
  };
  const wiper: SessionWiper = {
    wipe: async () => ({ clean: true, findings: [] }),
    verify: async () => ({ clean: true, findings: [] }),
  };
  const core = createKioskCore({ config: DEFAULT_CONFIG, surface, wiper, log: silentLog });
  const handlers = createIpcHandlers({ core, uiContentsId: () => UI_ID, log: silentLog });

  it('refuses a bad payload with a message naming the command and the field', async () => {
    const handler = handlerFor(handlers, commandChannel('setLanguage'));
    await expect(handler(uiEvent(), { language: 'xx' })).rejects.toThrow(/^invalid payload for setLanguage: language: /);
    await expect(handler(uiEvent(), { language: 'fi', extra: true })).rejects.toThrow(/invalid payload for setLanguage/);
    await expect(handlerFor(handlers, commandChannel('setContentLayout'))(uiEvent(), { bounds: 'everywhere' })).rejects.toThrow(
      /invalid payload for setContentLayout: bounds/,
    );
  });

  it('answers a good call', async () => {
    const snapshot = (await handlerFor(handlers, commandChannel('getSnapshot'))(uiEvent(), {})) as Snapshot;
    expect(snapshot.services.map((s) => s.id)).toEqual(DEFAULT_CONFIG.services.map((s) => s.id));
    expect(snapshot.languages).toEqual(DEFAULT_CONFIG.languages);
  });
});

describe('registerIpcHandlers', () => {
  it('hands every handler to ipcMain.handle', () => {
    const registered: string[] = [];
    const handlers = createIpcHandlers({ core: fakeCore(), uiContentsId: () => UI_ID, log: silentLog });
    registerIpcHandlers({ handle: (channel) => void registered.push(channel) }, handlers);
    expect(registered).toEqual([...handlers.keys()]);
  });
});

describe('forwardSnapshots', () => {
  it('sends every snapshot to the UI view until unsubscribed, and never to a destroyed view', () => {
    const listeners = new Set<(s: Snapshot) => void>();
    const core = {
      onSnapshot(listener: (s: Snapshot) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const ui = new FakeWebContents();
    const unsubscribe = forwardSnapshots(core, ui);
    const snapshot = { session: { phase: 'welcome' } } as unknown as Snapshot;
    for (const listener of listeners) listener(snapshot);
    expect(ui.sent).toEqual([{ channel: EVENT_CHANNEL_SNAPSHOT, args: [snapshot] }]);
    ui.destroyed = true;
    for (const listener of listeners) listener(snapshot);
    expect(ui.sent).toHaveLength(1);
    unsubscribe();
    expect(listeners.size).toBe(0);
  });
});
