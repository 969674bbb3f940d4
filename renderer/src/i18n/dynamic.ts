import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export type KeyT = (key: string, options?: Readonly<Record<string, string | number>>) => string;

/**
 * t() for keys built at run time from ids (the key helpers of shared/content: ethicsKeys,
 * assessmentKeys, referralKeys …). Those helpers return plain strings, which the typed t()
 * refuses; keys.test.ts checks instead that every key of their families exists in every language.
 */
export function useKeyT(): KeyT {
  const { t } = useTranslation();
  // The one cast: the typed t() only takes literal keys of the resources.
  const untyped = t as unknown as KeyT;
  return useCallback<KeyT>((key, options) => untyped(key, options), [untyped]);
}
