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
