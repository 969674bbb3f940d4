import type { FontChoice, PrefKey, Theme } from '../../../../shared/content/accessibility';
import type { en } from './en';

/** Replaces every text with `string`, keeping the nesting. */
type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** The texts of this feature under the i18n key 'a11y': the same keys as English, any wording. */
export type A11yMessages = Texts<typeof en>;

/** Text scales are named by their percentage in i18n keys (a key cannot contain "1.25"). */
type ScaleName = '100' | '125' | '150' | '175' | '200';

type SettingTexts<K extends PrefKey> = K extends 'textScale'
  ? { readonly label: string; readonly options: Readonly<Record<ScaleName, string>> }
  : K extends 'theme'
    ? { readonly label: string; readonly options: Readonly<Record<Theme, string>> }
    : K extends 'font'
      ? { readonly label: string; readonly options: Readonly<Record<FontChoice, string>> }
      : { readonly label: string };

/**
 * The setting labels and option names under the i18n key 'accessibility', at the paths
 * `accessibilityKeys` in shared/content/accessibility.ts builds (…settings.<key>.label,
 * …settings.<key>.options.<value>).
 */
export type AccessibilityOptionMessages = {
  readonly settings: { readonly [K in PrefKey]: SettingTexts<K> };
};

/** Dotted paths of every text in a message tree. */
export type MessagePath<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : MessagePath<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Keys of this feature's own texts, as passed to t(). */
export type A11yKey = MessagePath<A11yMessages, 'a11y.'>;
/** Keys of the setting labels and option names, as passed to t(). */
export type OptionKey = MessagePath<AccessibilityOptionMessages, 'accessibility.'>;
