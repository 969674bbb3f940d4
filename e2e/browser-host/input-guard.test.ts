import { describe, expect, it } from 'vitest';
import { carriesLoadable, installInputGuard } from './page/input-guard';

/** A stand-in for a frame's window: Node's EventTarget dispatches the same way the DOM does. */
function fakeWindow(): Window {
  return new EventTarget() as unknown as Window;
}

function key(code: string, mods: { ctrl?: boolean; shift?: boolean; alt?: boolean; meta?: boolean } = {}): Event {
  return Object.assign(new Event('keydown', { cancelable: true }), {
    code,
    ctrlKey: mods.ctrl ?? false,
    shiftKey: mods.shift ?? false,
    altKey: mods.alt ?? false,
    metaKey: mods.meta ?? false,
  });
}

function drag(type: string, types: readonly string[]): Event {
  const dataTransfer = { types, dropEffect: 'copy' };
  return Object.assign(new Event(type, { cancelable: true }), { dataTransfer });
}

describe('installInputGuard', () => {
  it('cancels the escape shortcuts before anything else in the frame sees them', () => {
    const target = fakeWindow();
    installInputGuard(target);
    const seen: string[] = [];
    target.addEventListener('keydown', (event) => seen.push((event as unknown as { code: string }).code));
    for (const event of [key('KeyW', { ctrl: true }), key('KeyL', { ctrl: true }), key('F12'), key('ArrowLeft', { alt: true }), key('KeyI', { ctrl: true, shift: true })]) {
      expect(target.dispatchEvent(event)).toBe(false);
    }
    for (const event of [key('KeyA'), key('KeyC', { ctrl: true }), key('Digit2', { ctrl: true, alt: true })]) {
      expect(target.dispatchEvent(event)).toBe(true);
    }
    expect(seen).toEqual(['KeyA', 'KeyC', 'Digit2']);
  });

  it('takes drags that carry files or links with no effect and cancels their drop; text drags stay', () => {
    const target = fakeWindow();
    installInputGuard(target);
    const drops: string[] = [];
    target.addEventListener('drop', (event) => drops.push(event.type));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      const files = drag(type, ['Files']);
      expect(target.dispatchEvent(files)).toBe(false);
      expect((files as unknown as { dataTransfer: { dropEffect: string } }).dataTransfer.dropEffect).toBe('none');
      expect(target.dispatchEvent(drag(type, ['text/uri-list', 'text/plain']))).toBe(false);
      expect(target.dispatchEvent(drag(type, ['text/plain', 'text/html']))).toBe(true);
    }
    // Only the text drop reached the page.
    expect(drops).toEqual(['drop']);
  });

  it('installs once per window', () => {
    const target = fakeWindow();
    installInputGuard(target);
    installInputGuard(target);
    let calls = 0;
    // A dragover goes on to later listeners (a keydown would stop at the first guard anyway).
    const counting = Object.assign(drag('dragover', ['Files']), {
      preventDefault() {
        calls += 1;
      },
    });
    target.dispatchEvent(counting);
    expect(calls).toBe(1);
  });
});

describe('carriesLoadable', () => {
  it('recognises files and links, not text', () => {
    const data = (types: string[]) => ({ types }) as unknown as DataTransfer;
    expect(carriesLoadable(data(['Files']))).toBe(true);
    expect(carriesLoadable(data(['text/uri-list']))).toBe(true);
    expect(carriesLoadable(data(['text/x-moz-url']))).toBe(true);
    expect(carriesLoadable(data(['text/plain', 'text/html']))).toBe(false);
    expect(carriesLoadable(null)).toBe(false);
  });
});
