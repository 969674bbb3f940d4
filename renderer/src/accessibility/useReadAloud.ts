import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSchema } from '../../../shared/content/languages';
import type { Language } from '../../../shared/content/languages';
import { chunkForSpeech, pickVoice, SPEECH_LANG } from './speech';
import { getSpeechStore } from './speechStore';

export interface ReadAloud {
  /** False when this computer has no voice for the current language (or no speech at all). */
  readonly available: boolean;
  readonly speaking: boolean;
  readonly speak: (text: string) => void;
  readonly stop: () => void;
}

/** The UI's current language, as i18next has it (it follows the host's snapshot). */
export function useCurrentLanguage(): Language {
  const { i18n } = useTranslation();
  const parsed = LanguageSchema.safeParse(i18n.language);
  return parsed.success ? parsed.data : 'fi';
}

/** Read-aloud in the current language, with a voice installed on this computer. */
export function useReadAloud(): ReadAloud {
  const store = getSpeechStore();
  const { voices, speaking } = useSyncExternalStore(store.subscribe, store.getState);
  const language = useCurrentLanguage();
  const voice = useMemo(() => pickVoice(voices, language), [voices, language]);

  const speak = useCallback(
    (text: string) => {
      if (voice !== null) store.speak(chunkForSpeech(text), SPEECH_LANG[language], voice);
    },
    [store, voice, language],
  );
  return { available: voice !== null, speaking, speak, stop: store.stop };
}
