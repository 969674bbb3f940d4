import { describe, expect, it } from 'vitest';
import { guardInput } from './input-guard';
import { FakeWebContents, fakeEvent } from './testing/fakes';

describe('guardInput', () => {
  it('blocks shortcuts and reports the other key presses and clicks as activity', () => {
    const contents = new FakeWebContents();
    let activity = 0;
    guardInput(contents, () => (activity += 1));

    expect(contents.press({ code: 'KeyR', control: true })).toBe(true);
    expect(contents.press({ code: 'F12' })).toBe(true);
    expect(activity).toBe(0);

    expect(contents.press({ code: 'KeyA' })).toBe(false);
    expect(contents.press({ code: 'KeyC', control: true })).toBe(false);
    expect(contents.press({ code: 'KeyA', type: 'keyUp' })).toBe(false);
    expect(activity).toBe(2);

    contents.emit('input-event', fakeEvent(), { type: 'mouseDown' });
    contents.emit('input-event', fakeEvent(), { type: 'mouseMove' });
    expect(activity).toBe(3);
  });

  it('blocks shortcuts without reporting when no activity sink is given (the UI view)', () => {
    const contents = new FakeWebContents();
    guardInput(contents);
    expect(contents.press({ code: 'KeyW', control: true })).toBe(true);
    expect(contents.press({ code: 'KeyA' })).toBe(false);
    expect(contents.listenerCount('input-event')).toBe(0);
  });
});

describe('guardInput: the escape shortcuts of issue 5', () => {
  const ESCAPES: [string, { code: string; control?: boolean; shift?: boolean; alt?: boolean; meta?: boolean }][] = [
    ['Ctrl+N', { code: 'KeyN', control: true }],
    ['Ctrl+T', { code: 'KeyT', control: true }],
    ['Ctrl+O', { code: 'KeyO', control: true }],
    ['Ctrl+S', { code: 'KeyS', control: true }],
    ['Ctrl+U', { code: 'KeyU', control: true }],
    ['Ctrl+L', { code: 'KeyL', control: true }],
    ['Ctrl+W', { code: 'KeyW', control: true }],
    ['F11', { code: 'F11' }],
    ['F12', { code: 'F12' }],
    ['Ctrl+Shift+I', { code: 'KeyI', control: true, shift: true }],
    ['Ctrl+Shift+J', { code: 'KeyJ', control: true, shift: true }],
    ['Alt+F4', { code: 'F4', alt: true }],
    ['Alt+Left', { code: 'ArrowLeft', alt: true }],
    ['Alt+Right', { code: 'ArrowRight', alt: true }],
    ['the Back media key', { code: 'BrowserBack' }],
  ];

  it.each(ESCAPES)('%s is prevented in both views and counts as no activity', (_name, input) => {
    const content = new FakeWebContents();
    const ui = new FakeWebContents();
    let activity = 0;
    guardInput(content, () => (activity += 1));
    guardInput(ui);
    expect(content.press(input)).toBe(true);
    expect(ui.press(input)).toBe(true);
    // Its release too: a page must not act on the keyUp of a shortcut it never saw go down.
    expect(content.press({ ...input, type: 'keyUp' })).toBe(true);
    expect(activity).toBe(0);
  });
});

describe('the staff key combination', () => {
  it('opens the PIN pad from either view and never reaches the page', () => {
    const content = new FakeWebContents();
    let opened = 0;
    guardInput(content, () => undefined, { accelerator: 'Control+Alt+Shift+H', open: () => (opened += 1) });
    expect(content.press({ code: 'KeyH', control: true, alt: true, shift: true })).toBe(true);
    expect(opened).toBe(1);
    // Without every modifier it is just typing.
    expect(content.press({ code: 'KeyH', shift: true })).toBe(false);
    expect(opened).toBe(1);
  });
});
