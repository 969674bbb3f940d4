/**
 * The Web Speech API behind a small store for useSyncExternalStore: the installed voices (which
 * arrive late, with `voiceschanged`) and whether our own reading is going on. One store for the
 * page, because speechSynthesis is one queue for the page. Never throws when the API is missing
 * or misbehaves: read-aloud is then simply unavailable.
 */
export interface SpeechState {
  readonly voices: readonly SpeechSynthesisVoice[];
  readonly speaking: boolean;
}

export interface SpeechStore {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getState: () => SpeechState;
  /** Reads the pieces one after another, stopping whatever was being read. */
  readonly speak: (pieces: readonly string[], lang: string, voice: SpeechSynthesisVoice) => void;
  readonly stop: () => void;
}

/** Slightly slower than the voices' default: easier to follow for most listeners. */
const RATE = 0.9;

export function createSpeechStore(
  synth: SpeechSynthesis | null,
  Utterance: typeof SpeechSynthesisUtterance | null,
): SpeechStore {
  const listeners = new Set<() => void>();
  let state: SpeechState = { voices: readVoices(synth), speaking: false };
  // Events of utterances from an earlier speak() (cancelled ones report an error) are ignored.
  let generation = 0;

  const setState = (next: Partial<SpeechState>): void => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };
  const onVoicesChanged = (): void => setState({ voices: readVoices(synth) });

  const stop = (): void => {
    generation += 1;
    try {
      synth?.cancel();
    } catch {
      // Nothing to stop then.
    }
    if (state.speaking) setState({ speaking: false });
  };

  return {
    subscribe(listener) {
      if (listeners.size === 0) synth?.addEventListener('voiceschanged', onVoicesChanged);
      listeners.add(listener);
      // Voices may have arrived before anyone listened.
      if (readVoices(synth).length !== state.voices.length) onVoicesChanged();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) synth?.removeEventListener('voiceschanged', onVoicesChanged);
      };
    },
    getState: () => state,
    speak(pieces, lang, voice) {
      stop();
      if (synth === null || Utterance === null || pieces.length === 0) return;
      const mine = generation;
      const finished = (): void => {
        if (mine === generation) setState({ speaking: false });
      };
      try {
        pieces.forEach((piece, index) => {
          const utterance = new Utterance(piece);
          utterance.lang = lang;
          utterance.voice = voice;
          utterance.rate = RATE;
          utterance.onerror = finished;
          if (index === pieces.length - 1) utterance.onend = finished;
          synth.speak(utterance);
        });
        // A queue paused by an earlier page state would otherwise stay silent.
        synth.resume();
        setState({ speaking: true });
      } catch {
        stop();
      }
    },
    stop,
  };
}

function readVoices(synth: SpeechSynthesis | null): readonly SpeechSynthesisVoice[] {
  try {
    return synth?.getVoices() ?? [];
  } catch {
    return [];
  }
}

let pageStore: SpeechStore | null = null;

/** The page's store, over `window.speechSynthesis` when the browser has it. */
export function getSpeechStore(): SpeechStore {
  if (pageStore === null) {
    const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
    const Utterance = typeof SpeechSynthesisUtterance === 'undefined' ? null : SpeechSynthesisUtterance;
    pageStore = createSpeechStore(synth, Utterance);
  }
  return pageStore;
}
