import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { fakeEvent, recordingLog } from './testing/fakes';
import { KIOSK_WINDOW_OPTIONS, bringToFront, claimSingleInstance, createQuitGate, fullArea, preventClose } from './window';

describe('the kiosk window', () => {
  it('is a black full-screen kiosk window without frame or menu bar', () => {
    expect(KIOSK_WINDOW_OPTIONS).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      autoHideMenuBar: true,
      backgroundColor: '#000000',
      minimizable: false,
    });
  });

  it('refuses to close until the quit gate opens', () => {
    const window = new EventEmitter();
    const gate = createQuitGate();
    const log = recordingLog();
    preventClose(window, gate, log);

    const first = fakeEvent();
    window.emit('close', first);
    expect(first.defaultPrevented).toBe(true);
    expect(log.entries.map((e) => e.event)).toEqual(['window.close-refused']);

    gate.allow();
    const second = fakeEvent();
    window.emit('close', second);
    expect(second.defaultPrevented).toBe(false);
  });

  it('brings a minimised window back to the front', () => {
    const calls: string[] = [];
    const window = (minimized: boolean) => ({
      isMinimized: () => minimized,
      restore: () => void calls.push('restore'),
      focus: () => void calls.push('focus'),
    });
    bringToFront(window(true));
    bringToFront(window(false));
    expect(calls).toEqual(['restore', 'focus', 'focus']);
  });

  it('fills the window content area from its origin', () => {
    expect(fullArea({ x: 100, y: 50, width: 1920, height: 1080 })).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
  });
});

describe('claimSingleInstance', () => {
  it('keeps the first instance and quits a second one', () => {
    const quits: number[] = [];
    expect(claimSingleInstance({ requestSingleInstanceLock: () => true, quit: () => void quits.push(1) })).toBe(true);
    expect(quits).toEqual([]);
    expect(claimSingleInstance({ requestSingleInstanceLock: () => false, quit: () => void quits.push(1) })).toBe(false);
    expect(quits).toEqual([1]);
  });
});
