import { z } from 'zod';

/**
 * Languages the kiosk speaks. `fi-plain` is plain Finnish (selkosuomi): its own entry in the
 * language menu, for clients with cognitive challenges or still learning Finnish. The tag is
 * valid BCP 47 (a variant of Finnish), so assistive technology reads it as Finnish.
 */
export const LANGUAGES = ['fi', 'fi-plain', 'sv', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/**
 * A text from configuration (service names, descriptions) in the kiosk's languages. Plain
 * Finnish is optional: IT may not have one for every proper name, and Finnish is close enough.
 */
export const LocalizedTextSchema = z.object({
  fi: z.string().min(1).max(200),
  sv: z.string().min(1).max(200),
  en: z.string().min(1).max(200),
  'fi-plain': z.string().min(1).max(200).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** The text for a language, falling back from plain Finnish to Finnish. */
export function localized(text: LocalizedText, language: Language): string {
  if (language === 'fi-plain') return text['fi-plain'] ?? text.fi;
  return text[language];
}

/** The `lang` attribute for a language: plain Finnish is still Finnish to a screen reader. */
export function htmlLang(language: Language): string {
  return language === 'fi-plain' ? 'fi' : language;
}
