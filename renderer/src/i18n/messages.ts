import type { en } from './en';

/** Replaces every text with `string`, keeping the nesting. */
type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** The shape every language file must have: the same keys as English, any wording. */
export type Messages = Texts<typeof en>;
