import { describe, expect, it, vi } from 'vitest';
import { createSpeechStore } from './speechStore';

/** A stand-in for the page's speechSynthesis, recording what is queued. */
class FakeSynth extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  queue: FakeUtterance[] = [];
  cancelled = 0;
  getVoices = (): SpeechSynthesisVoice[] => this.voices;
  speak = (utterance: FakeUtterance): void => void this.queue.push(utterance);
  cancel = (): void => {
    this.cancelled += 1;
    // Chromium reports an error on every utterance it drops.
    const dropped = this.queue;
    this.queue = [];
    for (const utterance of dropped) utterance.onerror?.();
  };
  resume = vi.fn();
}

class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

const finnish = { lang: 'fi-FI', name: 'Finnish', localService: true, default: true, voiceURI: 'fi' } as SpeechSynthesisVoice;

function setup() {
  const synth = new FakeSynth();
  // The fakes have the members the store uses; the DOM types have many more.
  const store = createSpeechStore(synth as unknown as SpeechSynthesis, FakeUtterance as unknown as typeof SpeechSynthesisUtterance);
  return { synth, store };
}

describe('createSpeechStore', () => {
  it('follows voices that arrive late, with voiceschanged', () => {
    const { synth, store } = setup();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    expect(store.getState().voices).toEqual([]);
    synth.voices = [finnish];
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(store.getState().voices).toEqual([finnish]);
    expect(listener).toHaveBeenCalled();
    unsubscribe();
    synth.voices = [];
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(store.getState().voices).toEqual([finnish]);
  });

  it('keeps the same state object while nothing changes (useSyncExternalStore needs that)', () => {
    const { store } = setup();
    expect(store.getState()).toBe(store.getState());
  });

  it('queues the pieces in order with the language and voice, and is speaking until the last ends', () => {
    const { synth, store } = setup();
    store.speak(['One.', 'Two.'], 'fi-FI', finnish);
    expect(synth.queue.map((u) => [u.text, u.lang, u.voice])).toEqual([
      ['One.', 'fi-FI', finnish],
      ['Two.', 'fi-FI', finnish],
    ]);
    expect(store.getState().speaking).toBe(true);
    synth.queue[0]?.onend?.();
    expect(store.getState().speaking).toBe(true);
    synth.queue[1]?.onend?.();
    expect(store.getState().speaking).toBe(false);
  });

  it('stops what was being read before reading something new, ignoring the dropped pieces', () => {
    const { synth, store } = setup();
    store.speak(['Old.'], 'fi-FI', finnish);
    store.speak(['New.'], 'fi-FI', finnish);
    // The old piece's cancellation error must not end the new reading.
    expect(store.getState().speaking).toBe(true);
    expect(synth.queue.map((u) => u.text)).toEqual(['New.']);
  });

  it('stop() cancels and is no longer speaking', () => {
    const { synth, store } = setup();
    store.speak(['Text.'], 'fi-FI', finnish);
    store.stop();
    expect(synth.queue).toEqual([]);
    expect(store.getState().speaking).toBe(false);
  });

  it('an error ends the reading', () => {
    const { synth, store } = setup();
    store.speak(['A.', 'B.'], 'fi-FI', finnish);
    synth.queue[0]?.onerror?.();
    expect(store.getState().speaking).toBe(false);
  });

  it('does nothing, and never throws, without the Web Speech API', () => {
    const store = createSpeechStore(null, null);
    const unsubscribe = store.subscribe(() => undefined);
    expect(() => store.speak(['Hello.'], 'en-GB', finnish)).not.toThrow();
    expect(() => store.stop()).not.toThrow();
    expect(store.getState()).toEqual({ voices: [], speaking: false });
    unsubscribe();
  });

  it('survives a speech engine that throws', () => {
    const { synth, store } = setup();
    synth.speak = () => {
      throw new Error('engine gone');
    };
    synth.getVoices = () => {
      throw new Error('engine gone');
    };
    expect(() => store.speak(['Hello.'], 'en-GB', finnish)).not.toThrow();
    expect(store.getState().speaking).toBe(false);
    expect(() => store.subscribe(() => undefined)).not.toThrow();
  });
});
