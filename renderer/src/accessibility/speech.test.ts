import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/content/languages';
import { chunkForSpeech, pickVoice, SPEECH_LANG } from './speech';
import type { VoiceLike } from './speech';

const voice = (lang: string, name: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({
  lang,
  name,
  localService: true,
  default: false,
  ...extra,
});

describe('SPEECH_LANG', () => {
  it('speaks plain Finnish with a Finnish voice and Swedish as spoken in Finland', () => {
    expect(SPEECH_LANG).toEqual({ fi: 'fi-FI', 'fi-plain': 'fi-FI', sv: 'sv-FI', en: 'en-GB' });
    expect(Object.keys(SPEECH_LANG).sort()).toEqual([...LANGUAGES].sort());
  });
});

describe('pickVoice', () => {
  const installed = [
    voice('en-US', 'US English', { default: true }),
    voice('en-GB', 'British English'),
    voice('sv-SE', 'Swedish (Sweden)'),
    voice('fi-FI', 'Finnish'),
  ];

  it('finds the exact regional voice', () => {
    expect(pickVoice(installed, 'en')?.name).toBe('British English');
    expect(pickVoice(installed, 'fi')?.name).toBe('Finnish');
  });

  it('uses the same voice for plain Finnish as for Finnish', () => {
    expect(pickVoice(installed, 'fi-plain')?.name).toBe('Finnish');
  });

  it('falls back to another region of the language (sv-SE for sv-FI)', () => {
    expect(pickVoice(installed, 'sv')?.name).toBe('Swedish (Sweden)');
  });

  it('prefers the exact region over the default voice of another region', () => {
    expect(pickVoice([voice('sv-SE', 'SE', { default: true }), voice('sv-FI', 'FI')], 'sv')?.name).toBe('FI');
  });

  it('lets the default voice break a tie', () => {
    expect(pickVoice([voice('fi-FI', 'A'), voice('fi-FI', 'B', { default: true })], 'fi')?.name).toBe('B');
    expect(pickVoice([voice('fi-FI', 'A'), voice('fi-FI', 'B')], 'fi')?.name).toBe('A');
  });

  it('understands tags written with underscores or in other cases (some platforms do)', () => {
    expect(pickVoice([voice('FI_fi', 'espeak Finnish')], 'fi')?.name).toBe('espeak Finnish');
    expect(pickVoice([voice('fi', 'bare')], 'fi-plain')?.name).toBe('bare');
  });

  it('never picks a network voice (it would send the screen text away)', () => {
    expect(pickVoice([voice('fi-FI', 'Google suomi', { localService: false })], 'fi')).toBeNull();
  });

  it('returns null when no voice speaks the language', () => {
    expect(pickVoice(installed.filter((v) => !v.lang.startsWith('fi')), 'fi')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
    // "fil" (Filipino) is not Finnish, however it starts.
    expect(pickVoice([voice('fil-PH', 'Filipino')], 'fi')).toBeNull();
  });
});

describe('chunkForSpeech', () => {
  it('reads one piece per sentence and per line', () => {
    expect(chunkForSpeech('Tervetuloa!\nTällä koneella voit asioida. Henkilökunta auttaa.')).toEqual([
      'Tervetuloa!',
      'Tällä koneella voit asioida.',
      'Henkilökunta auttaa.',
    ]);
  });

  it('collapses whitespace and drops empty lines', () => {
    expect(chunkForSpeech('  Hello \t there.  \n\n\n  \n Bye  ')).toEqual(['Hello there.', 'Bye']);
    expect(chunkForSpeech('   \n  ')).toEqual([]);
  });

  it('cuts a long sentence at word boundaries, keeping every word', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
    const pieces = chunkForSpeech(words.join(' '), 50);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(50);
    expect(pieces.join(' ')).toBe(words.join(' '));
  });

  it('keeps a single word longer than the limit whole', () => {
    const long = 'x'.repeat(80);
    expect(chunkForSpeech(`a ${long} b`, 20)).toEqual(['a', long, 'b']);
  });
});
