import { z } from 'zod';

/** Languages the kiosk can speak. Later issues add plain Finnish (selkosuomi). */
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** A text given in every language the kiosk speaks (service names, descriptions from config). */
export const LocalizedTextSchema = z.object({
  fi: z.string().min(1).max(200),
  sv: z.string().min(1).max(200),
  en: z.string().min(1).max(200),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
