import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { accessibilityKeys } from '../../../shared/content/accessibility';
import type { AccessibilityPrefs, ChoicePrefKey, PrefKey } from '../../../shared/content/accessibility';
import type { A11yKey, OptionKey } from './messages';

export type A11yT = (key: A11yKey | OptionKey) => string;

/**
 * t() for this feature's keys. The app's typed i18n resources are declared by the flows code,
 * which merges these texts in; this wrapper types the keys against our own message files, so
 * it works (and checks keys) whether or not that merge is in the app's key type yet.
 */
export function useA11yT(): A11yT {
  const { t } = useTranslation();
  // The one cast: i18next's t is typed for the app's resource type, not for ours.
  const untyped = t as unknown as (key: string) => string;
  return useCallback((key) => untyped(key), [untyped]);
}

/** The key of a setting's label (`accessibility.settings.<key>.label`). */
export function labelKey(key: PrefKey): OptionKey {
  // The messages test checks that these keys are exactly the OptionKey paths.
  return accessibilityKeys.label(key) as OptionKey;
}

/** The key of an option's name (`accessibility.settings.<key>.options.<value>`). */
export function optionKey<K extends ChoicePrefKey>(key: K, value: AccessibilityPrefs[K]): OptionKey {
  return accessibilityKeys.option(key, value) as OptionKey;
}
