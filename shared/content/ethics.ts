/**
 * The ethics of digital support (DVV guidelines, see DOMAIN.md) as ids in display order.
 *
 * This module holds structure only: every visible sentence lives in the i18next resources
 * under the keys built by `ethicsKeys`, so the renderer can draw the lists in any language
 * and a test can check that every key exists in every language.
 */

/**
 * What the client can expect here, shown before the first service opens. The order is the
 * reading order: first what the help is like, then the two rules about identification, then
 * responsibility and privacy, and last the reassurance that nothing stays behind.
 */
export const EXPECTATION_IDS = [
  'staffHelpYouDoItYourself',
  'nobodyAsksForYourCodes',
  'youLogInYourself',
  'youAreResponsibleForWhatYouSend',
  'staffMaySeeYourDataConfidential',
  'everythingIsWipedAtTheEnd',
] as const;
export type ExpectationId = (typeof EXPECTATION_IDS)[number];

/** The full guidelines have two sides; the renderer shows them as tabs. */
export const GUIDELINE_TABS = ['client', 'supporter'] as const;
export type GuidelineTab = (typeof GUIDELINE_TABS)[number];

/** Events reach the flow machines from UI code; this keeps a stray value out of their context. */
export function isGuidelineTab(value: unknown): value is GuidelineTab {
  return (GUIDELINE_TABS as readonly unknown[]).includes(value);
}

/** What the guidelines ask of the client (DVV: the client's part of digital support). */
export const CLIENT_GUIDELINE_IDS = [
  'learnsToActIndependently',
  'aimsForLighterSupport',
  'doesTheStepsThemselves',
  'understandsSupporterMaySeeData',
  'responsibleForOwnDevice',
  'understandsSupportHasLimits',
  'authoritiesGuideInOwnServices',
] as const;
export type ClientGuidelineId = (typeof CLIENT_GUIDELINE_IDS)[number];

/** What the guidelines ask of the supporter (staff or volunteer at the service point). */
export const SUPPORTER_GUIDELINE_IDS = [
  'knowsLimitsAndRefersOnward',
  'neverTakesCodesOrMeans',
  'neverActsOnClientsBehalf',
  'noRemoteControlDuringIdentification',
  'letsClientLogInThemselves',
  'kindCalmAndClear',
  'makesSureClientKnowsWhatHappens',
  'discreetAndConfidential',
] as const;
export type SupporterGuidelineId = (typeof SUPPORTER_GUIDELINE_IDS)[number];

export type GuidelineId = ClientGuidelineId | SupporterGuidelineId;

/** The guideline ids of one tab, in display order. */
export const GUIDELINES: { readonly client: readonly ClientGuidelineId[]; readonly supporter: readonly SupporterGuidelineId[] } = {
  client: CLIENT_GUIDELINE_IDS,
  supporter: SUPPORTER_GUIDELINE_IDS,
};

/** A guideline id paired with its tab, so a key cannot name a client id under the supporter tab. */
export type GuidelineRef =
  | { readonly tab: 'client'; readonly id: ClientGuidelineId }
  | { readonly tab: 'supporter'; readonly id: SupporterGuidelineId };

/** The i18n key convention for everything in this module. */
export const ethicsKeys = {
  /** `ethics.expectations.<id>` */
  expectation: (id: ExpectationId): string => `ethics.expectations.${id}`,
  /** `ethics.tabs.<tab>`: the tab's label. */
  tab: (tab: GuidelineTab): string => `ethics.tabs.${tab}`,
  /** `ethics.guidelines.<tab>.<id>` */
  guideline: (ref: GuidelineRef): string => `ethics.guidelines.${ref.tab}.${ref.id}`,
} as const;

/** Every i18n key this module needs, for the test that checks the resources of every language. */
export function allEthicsKeys(): string[] {
  return [
    ...EXPECTATION_IDS.map(ethicsKeys.expectation),
    ...GUIDELINE_TABS.map(ethicsKeys.tab),
    ...CLIENT_GUIDELINE_IDS.map((id) => ethicsKeys.guideline({ tab: 'client', id })),
    ...SUPPORTER_GUIDELINE_IDS.map((id) => ethicsKeys.guideline({ tab: 'supporter', id })),
  ];
}
