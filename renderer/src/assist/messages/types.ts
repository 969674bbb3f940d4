import type { en } from './en';

/** Replaces every text with `string`, keeping the nesting. */
type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** The texts of assist mode under the i18n key 'assist': the same keys as English, any wording. */
export type AssistMessages = Texts<typeof en>;

/** Dotted paths of every text in a message tree. */
type MessagePath<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : MessagePath<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A full i18n key of this feature, such as 'assist.pin.title'. */
export type AssistKey = MessagePath<AssistMessages, 'assist.'>;
