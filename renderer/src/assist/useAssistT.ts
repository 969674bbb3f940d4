import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssistKey } from './messages';

export type AssistT = (key: AssistKey, values?: Readonly<Record<string, string | number>>) => string;

/**
 * t() for this feature's keys. The app's typed resources are merged by the lead; this wrapper
 * types the keys against our own message files, so it checks them whether or not that merge is
 * in the app's key type yet. Run-time keys (guidance, ethics, assessment) go through useKeyT.
 */
export function useAssistT(): AssistT {
  const { t } = useTranslation();
  // The one cast: i18next's t is typed for the app's resource type, not for ours.
  const untyped = t as unknown as AssistT;
  return useCallback<AssistT>((key, values) => untyped(key, values), [untyped]);
}
