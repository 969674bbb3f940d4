/**
 * Pure helpers of read-aloud: which voice speaks which kiosk language, and how a long text is
 * cut into utterances. The Web Speech API itself is in speechStore.ts.
 */
import type { Language } from '../../../shared/content/languages';

/** The BCP 47 tag each kiosk language is spoken in; plain Finnish is read by a Finnish voice. */
export const SPEECH_LANG: Readonly<Record<Language, string>> = {
  fi: 'fi-FI',
  'fi-plain': 'fi-FI',
  sv: 'sv-FI',
  en: 'en-GB',
};

/** The part of SpeechSynthesisVoice the choice looks at. */
export interface VoiceLike {
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
  readonly name: string;
}

const normalise = (tag: string): string => tag.trim().replace(/_/g, '-').toLowerCase();
const primary = (tag: string): string => normalise(tag).split('-')[0] ?? '';

/**
 * The best installed voice for a language, or null when there is none.
 *
 * Only voices on this computer count: a network voice would send the text on the screen (which
 * may describe the client's own affairs) to a speech service, and the kiosk's network is locked
 * down anyway. Among them: the exact regional variant (sv-FI) first, then any voice of the
 * language (sv-SE), and the platform's default voice breaks a tie.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], language: Language): V | null {
  const wanted = normalise(SPEECH_LANG[language]);
  const wantedPrimary = primary(wanted);
  let best: V | null = null;
  let bestScore = 0;
  for (const voice of voices) {
    if (!voice.localService) continue;
    const tag = normalise(voice.lang);
    const match = tag === wanted ? 2 : primary(tag) === wantedPrimary ? 1 : 0;
    if (match === 0) continue;
    const score = match * 2 + (voice.default ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Chromium stops some voices after about 15 seconds of one utterance, and a long utterance
 * cannot be skipped through; so the text is read in sentence-sized pieces. Line breaks (ends
 * of headings, list items, buttons) end a piece too, so the voice pauses there.
 */
export function chunkForSpeech(text: string, maxLength = 200): string[] {
  const chunks: string[] = [];
  for (const line of text.split(/\n+/)) {
    const sentences = line
      .replace(/\s+/g, ' ')
      .trim()
      .split(/(?<=[.!?…:;])\s+/)
      .filter((sentence) => sentence !== '');
    for (const sentence of sentences) chunks.push(...splitLong(sentence, maxLength));
  }
  return chunks;
}

/** Cuts a sentence longer than `maxLength` at word boundaries (a word longer than that alone). */
function splitLong(sentence: string, maxLength: number): string[] {
  if (sentence.length <= maxLength) return [sentence];
  const pieces: string[] = [];
  let current = '';
  for (const word of sentence.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > maxLength) {
      pieces.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}
