/**
 * What the worker panel of assist mode shows, as ids: hints per primary need category (signals
 * to watch, ways to respond), per client communication style, the two time strategies, the time
 * anchors, the privacy moment, the PIN pad's messages and the outcomes a worker records.
 *
 * The facts follow the Espoo need-based model (DOMAIN.md); every sentence lives in the i18n
 * resources under the keys `guidanceKeys` builds (texts: worker-guidance-texts.ts). The panel
 * is visible to the client too, so no hint may read as a judgement of the person.
 */
import { NEED_CATEGORIES, type NeedCategory } from './assessment-model';

// ── Ids ──────────────────────────────────────────────────────────────────────────────────

/** How a client takes in support (Espoo handbook); the worker may pick one, or none. */
export const COMMUNICATION_STYLES = ['temperamental', 'timid', 'rambling', 'pessimistic', 'passive'] as const;
export type CommunicationStyle = (typeof COMMUNICATION_STYLES)[number];

export function isCommunicationStyle(value: unknown): value is CommunicationStyle {
  return typeof value === 'string' && (COMMUNICATION_STYLES as readonly string[]).includes(value);
}

/**
 * What a worker records when leaving assist mode: the statistics' outcomes
 * (electron/services/stats/support-event.ts SUPPORT_OUTCOMES) minus `abandoned`, which only the
 * host infers (an idle session nobody from staff joined). shared/ cannot import that list, so
 * keeping the two in step is a check for the stats side.
 */
export const ASSIST_OUTCOMES = ['selfService', 'helped', 'referred', 'notResolved'] as const;
export type AssistOutcome = (typeof ASSIST_OUTCOMES)[number];

export function isAssistOutcome(value: unknown): value is AssistOutcome {
  return typeof value === 'string' && (ASSIST_OUTCOMES as readonly string[]).includes(value);
}

export interface NeedGuidance {
  /** What to watch for: hints that this is the client's primary need. */
  readonly signals: readonly string[];
  /** How to respond when it is. */
  readonly responses: readonly string[];
}

export const NEED_GUIDANCE = {
  device: {
    signals: ['mouseIsHard', 'watchesKeyboard', 'unsureOfBasics', 'physicalObstacle'],
    responses: ['onlyWhatThisTaskNeeds', 'confirmRightGuesses', 'everydayWords', 'showThenLetThemDo', 'laterPractice'],
  },
  internet: {
    signals: ['lostOnThePage', 'menusUnfamiliar', 'cannotGoBack', 'telltaleWords'],
    responses: ['explainPageParts', 'watchTheMissteps', 'takeSecurityWorriesSeriously', 'searchWithTheirInterests'],
  },
  service: {
    signals: ['cannotNameNeed', 'unsureWhichService', 'losesTrackOfSteps', 'fluentWithDevice'],
    responses: ['pickOutTheTask', 'clientStatesGoal', 'sayWhoseServiceItIs', 'contentToAuthority'],
  },
  confidence: {
    signals: ['tense', 'givesUpThoughItGoesWell', 'belittlesSelf', 'overpraisesHelper'],
    responses: ['encourageAnyway', 'calmThingsDown', 'oneStepAtATime', 'creditTheClient'],
  },
} as const satisfies { readonly [C in NeedCategory]: NeedGuidance };

export type NeedSignalId<C extends NeedCategory> = (typeof NEED_GUIDANCE)[C]['signals'][number];
export type NeedResponseId<C extends NeedCategory> = (typeof NEED_GUIDANCE)[C]['responses'][number];

export const STYLE_GUIDANCE = {
  temperamental: { responses: ['stayCalm', 'showYouHeard', 'beDirect', 'pauseBriefly'] },
  timid: { responses: ['oneClearStep', 'makeNoEasyToSay', 'encourageAndRepeat', 'doNotInterrupt'] },
  rambling: { responses: ['allowSomeTalk', 'bringBackToTask', 'useTheirStories', 'haveThemRepeat'] },
  pessimistic: { responses: ['positiveAndKind', 'nameTheProgress', 'celebrateSuccess', 'doNotFightTheMood'] },
  passive: { responses: ['friendlyButFirm', 'nowItIsTheirTurn', 'theyAreInCharge', 'pointToGuidelines'] },
} as const satisfies { readonly [S in CommunicationStyle]: { readonly responses: readonly string[] } };

export type StyleResponseId<S extends CommunicationStyle> = (typeof STYLE_GUIDANCE)[S]['responses'][number];

/** "Time is short: go straight for the goal and refer onward; more time: add anchors." */
export const TIME_STRATEGIES = {
  timeShort: ['quickMapping', 'straightToGoal', 'referIfNotInTime'],
  moreTime: ['getToKnowFirst', 'addAnchors', 'agreeNextStep'],
} as const satisfies Record<string, readonly string[]>;
export type TimeStrategy = keyof typeof TIME_STRATEGIES;
export const TIME_STRATEGY_IDS = Object.keys(TIME_STRATEGIES) as TimeStrategy[];
export type TimeStrategyStepId<T extends TimeStrategy> = (typeof TIME_STRATEGIES)[T][number];

/** The three anchors of a support situation; `tip` is the line that goes with them. */
export const TIME_ANCHORS = ['start', 'midpoint', 'goal'] as const;
export type TimeAnchor = (typeof TIME_ANCHORS)[number];

/**
 * The privacy moment: the client's reminder, the worker's cue and the scam tip (no authority
 * asks for bank codes through a text-message link or by phone).
 */
export const PRIVACY_MOMENT_IDS = ['clientLogsInThemselves', 'workerLooksAway', 'scamTip'] as const;
export type PrivacyMomentId = (typeof PRIVACY_MOMENT_IDS)[number];

/**
 * Messages of the PIN pad. `wrong` takes `{{attemptsLeft}}` (`wrongTryAgain` when the host did
 * not say how many), `locked` takes `{{minutes}}`; `unavailable` is for a check that failed
 * outright (the store could not answer).
 */
export const PIN_MESSAGE_IDS = ['wrong', 'wrongTryAgain', 'locked', 'noPin', 'unavailable'] as const;
export type PinMessageId = (typeof PIN_MESSAGE_IDS)[number];

/** Headings of the worker panel's sections. */
export const GUIDANCE_HEADING_IDS = ['signals', 'responses', 'style', 'noStyle', 'anchors', 'strategies', 'outcome'] as const;
export type GuidanceHeadingId = (typeof GUIDANCE_HEADING_IDS)[number];

// ── i18n keys ────────────────────────────────────────────────────────────────────────────

/** The i18n key convention for everything in this module. */
export const guidanceKeys = {
  /** `guidance.needs.<category>.title` */
  needTitle: (category: NeedCategory): string => `guidance.needs.${category}.title`,
  /** `guidance.needs.<category>.signals.<id>` */
  needSignal: <C extends NeedCategory>(category: C, id: NeedSignalId<C>): string => `guidance.needs.${category}.signals.${id}`,
  /** `guidance.needs.<category>.responses.<id>` */
  needResponse: <C extends NeedCategory>(category: C, id: NeedResponseId<C>): string =>
    `guidance.needs.${category}.responses.${id}`,
  /** `guidance.styles.<style>.title` */
  styleTitle: (style: CommunicationStyle): string => `guidance.styles.${style}.title`,
  /** `guidance.styles.<style>.description`: how to recognise the style, in one line. */
  styleDescription: (style: CommunicationStyle): string => `guidance.styles.${style}.description`,
  /** `guidance.styles.<style>.responses.<id>` */
  styleResponse: <S extends CommunicationStyle>(style: S, id: StyleResponseId<S>): string =>
    `guidance.styles.${style}.responses.${id}`,
  /** `guidance.time.<strategy>.title` */
  strategyTitle: (strategy: TimeStrategy): string => `guidance.time.${strategy}.title`,
  /** `guidance.time.<strategy>.steps.<id>` */
  strategyStep: <T extends TimeStrategy>(strategy: T, id: TimeStrategyStepId<T>): string => `guidance.time.${strategy}.steps.${id}`,
  /** `guidance.anchors.<anchor>` */
  anchor: (anchor: TimeAnchor): string => `guidance.anchors.${anchor}`,
  /** `guidance.anchors.tip`: tell the client what the next anchor is. */
  anchorTip: (): string => 'guidance.anchors.tip',
  /** `guidance.privacy.<id>` */
  privacy: (id: PrivacyMomentId): string => `guidance.privacy.${id}`,
  /** `guidance.pin.<id>` */
  pinMessage: (id: PinMessageId): string => `guidance.pin.${id}`,
  /** `guidance.outcomes.<outcome>` */
  outcome: (outcome: AssistOutcome): string => `guidance.outcomes.${outcome}`,
  /** `guidance.headings.<id>` */
  heading: (id: GuidanceHeadingId): string => `guidance.headings.${id}`,
} as const;

// The generic helpers above take ids of one category; these loops see the union of all ids.
const needSignalKey = (category: NeedCategory, id: string) => `guidance.needs.${category}.signals.${id}`;
const needResponseKey = (category: NeedCategory, id: string) => `guidance.needs.${category}.responses.${id}`;
const styleResponseKey = (style: CommunicationStyle, id: string) => `guidance.styles.${style}.responses.${id}`;
const strategyStepKey = (strategy: TimeStrategy, id: string) => `guidance.time.${strategy}.steps.${id}`;

/** The signal keys of a need category, in display order. */
export function needSignalKeys(category: NeedCategory): string[] {
  return NEED_GUIDANCE[category].signals.map((id: string) => needSignalKey(category, id));
}

/** The response keys of a need category, in display order. */
export function needResponseKeys(category: NeedCategory): string[] {
  return NEED_GUIDANCE[category].responses.map((id: string) => needResponseKey(category, id));
}

/** The response keys of a communication style, in display order. */
export function styleResponseKeys(style: CommunicationStyle): string[] {
  return STYLE_GUIDANCE[style].responses.map((id: string) => styleResponseKey(style, id));
}

/** The step keys of a time strategy, in display order. */
export function strategyStepKeys(strategy: TimeStrategy): string[] {
  return TIME_STRATEGIES[strategy].map((id: string) => strategyStepKey(strategy, id));
}

/** Every i18n key this module needs, for the tests that check the texts of every language. */
export function allGuidanceKeys(): string[] {
  return [
    ...NEED_CATEGORIES.flatMap((category) => [guidanceKeys.needTitle(category), ...needSignalKeys(category), ...needResponseKeys(category)]),
    ...COMMUNICATION_STYLES.flatMap((style) => [
      guidanceKeys.styleTitle(style),
      guidanceKeys.styleDescription(style),
      ...styleResponseKeys(style),
    ]),
    ...TIME_STRATEGY_IDS.flatMap((strategy) => [guidanceKeys.strategyTitle(strategy), ...strategyStepKeys(strategy)]),
    ...TIME_ANCHORS.map(guidanceKeys.anchor),
    guidanceKeys.anchorTip(),
    ...PRIVACY_MOMENT_IDS.map(guidanceKeys.privacy),
    ...PIN_MESSAGE_IDS.map(guidanceKeys.pinMessage),
    ...ASSIST_OUTCOMES.map(guidanceKeys.outcome),
    ...GUIDANCE_HEADING_IDS.map(guidanceKeys.heading),
  ];
}
