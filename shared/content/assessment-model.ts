/**
 * The optional self-assessment as data: the questions with their option ids, and the rules
 * that turn the answers into a suggested route (`routeFor`).
 *
 * The questions follow DOMAIN.md: what the client came to do, their AUTA level of digital
 * ability (1–4), which of the four need categories of the Espoo need-based model they are
 * unsure about, whether they can identify strongly, and whether the screen should be easier
 * to read or hear. Ids only: every sentence lives in the i18n resources (`assessmentKeys`).
 *
 * A client may skip any question, so every answer is optional. The rule for a missing
 * answer: it never triggers a rule by itself. A skipped level is unknown (not level 4), a
 * skipped identification question is not "no", a skipped goal is no goal.
 */
import type { ReferralId } from './referrals';

// ── Ids ──────────────────────────────────────────────────────────────────────────────────

/** What the client came to do. */
export const GOAL_IDS = ['benefit', 'messages', 'tax', 'immigration', 'attachments', 'health', 'learn', 'other'] as const;
export type GoalId = (typeof GOAL_IDS)[number];

/** The AUTA levels as option ids; i18n keys cannot be numbers, so they are digit strings. */
export const LEVEL_OPTION_IDS = ['1', '2', '3', '4'] as const;
export type LevelOptionId = (typeof LEVEL_OPTION_IDS)[number];
export type AutaLevel = 1 | 2 | 3 | 4;

/** The four primary need categories of the Espoo need-based model, in the model's order of importance here. */
export const NEED_CATEGORIES = ['device', 'internet', 'service', 'confidence'] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];

/** The option of a multi-choice question that says "none of these"; it cannot be combined. */
export const NONE_OPTION = 'none';

export const UNSURE_OPTION_IDS = [...NEED_CATEGORIES, NONE_OPTION] as const;
export type UnsureOptionId = (typeof UNSURE_OPTION_IDS)[number];

/** `unknown` is the client asking "what is that?". */
export const STRONG_AUTH_IDS = ['yes', 'no', 'unknown'] as const;
export type StrongAuthId = (typeof STRONG_AUTH_IDS)[number];

/** Wishes to make the screen easier to read or hear; the renderer offers the matching settings. */
export const EASE_IDS = ['biggerText', 'readAloud', 'contrast'] as const;
export type EaseId = (typeof EASE_IDS)[number];
export const EASE_OPTION_IDS = [...EASE_IDS, NONE_OPTION] as const;
export type EaseOptionId = (typeof EASE_OPTION_IDS)[number];

export const ROUTE_KINDS = ['goAhead', 'askStaff', 'authority', 'learning', 'identification', 'onBehalf'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

// ── Questions ────────────────────────────────────────────────────────────────────────────

export interface SingleChoiceQuestion {
  readonly id: string;
  readonly kind: 'single';
  readonly options: readonly string[];
}

export interface MultiChoiceQuestion {
  readonly id: string;
  readonly kind: 'multi';
  readonly options: readonly string[];
  /** The "none of these" option: chosen alone or not at all. */
  readonly exclusive: string;
}

export type AssessmentQuestion = SingleChoiceQuestion | MultiChoiceQuestion;

/** The flow is short on purpose (about two minutes); the machine relies on this bound. */
export const MAX_ASSESSMENT_QUESTIONS = 6;

export const ASSESSMENT_QUESTIONS = [
  { id: 'goal', kind: 'single', options: GOAL_IDS },
  { id: 'level', kind: 'single', options: LEVEL_OPTION_IDS },
  { id: 'unsure', kind: 'multi', options: UNSURE_OPTION_IDS, exclusive: NONE_OPTION },
  { id: 'strongAuth', kind: 'single', options: STRONG_AUTH_IDS },
  { id: 'ease', kind: 'multi', options: EASE_OPTION_IDS, exclusive: NONE_OPTION },
] as const satisfies readonly AssessmentQuestion[];

type Question = (typeof ASSESSMENT_QUESTIONS)[number];
export type QuestionId = Question['id'];
export type OptionIdOf<Q extends QuestionId> = Extract<Question, { id: Q }>['options'][number];

// A compile-time guard for MAX_ASSESSMENT_QUESTIONS; the runtime check below covers edits that widen the type.
type AtMostSix<N extends number> = N extends 0 | 1 | 2 | 3 | 4 | 5 | 6 ? true : never;
const _questionCountFits: AtMostSix<(typeof ASSESSMENT_QUESTIONS)['length']> = true;
if (ASSESSMENT_QUESTIONS.length > MAX_ASSESSMENT_QUESTIONS) {
  throw new Error(`the self-assessment may have at most ${MAX_ASSESSMENT_QUESTIONS} questions`);
}

/** The answers given so far; a skipped question has no entry. Multi-choice answers are kept in option order. */
export type AssessmentAnswers = {
  readonly [Q in Question as Q['id']]?: Q extends { kind: 'multi' } ? readonly Q['options'][number][] : Q['options'][number];
};

/** What an ANSWER event carries: an option id for a single choice, option ids for a multi choice. */
export type AnswerValue = string | readonly string[];

export function questionById(id: string): AssessmentQuestion | null {
  return ASSESSMENT_QUESTIONS.find((question) => question.id === id) ?? null;
}

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * The answer in its stored form, or null when it does not fit the question: an unknown option,
 * a list for a single choice, a single id for a multi choice, or "none" together with others.
 * Duplicates are folded and the order follows the options, so equal choices compare equal.
 */
export function normalizeAnswer(question: AssessmentQuestion, value: unknown): AnswerValue | null {
  if (question.kind === 'single') {
    return typeof value === 'string' && question.options.includes(value) ? value : null;
  }
  if (!isStringArray(value) || !value.every((id) => question.options.includes(id))) return null;
  const chosen = question.options.filter((id) => value.includes(id));
  if (chosen.includes(question.exclusive) && chosen.length > 1) return null;
  return chosen;
}

/**
 * The answers with `value` given to `questionId`, or null when the question is unknown or the
 * value does not fit it (the caller ignores the event then).
 */
export function applyAnswer(answers: AssessmentAnswers, questionId: string, value: unknown): AssessmentAnswers | null {
  const question = questionById(questionId);
  if (!question) return null;
  const normalized = normalizeAnswer(question, value);
  if (normalized === null) return null;
  return inQuestionOrder({ ...answers, [question.id]: normalized });
}

/** The answers without an answer to `questionId` (the client skipped it). */
export function withoutAnswer(answers: AssessmentAnswers, questionId: string): AssessmentAnswers {
  return inQuestionOrder(Object.fromEntries(Object.entries(answers).filter(([id]) => id !== questionId)));
}

/**
 * The answers with their keys in question order, so that equal answers also serialise equally
 * (snapshots are compared as JSON, e.g. by the graph tests and by anyone persisting a snapshot).
 */
function inQuestionOrder(answers: Readonly<Record<string, unknown>>): AssessmentAnswers {
  const ordered = ASSESSMENT_QUESTIONS.filter((question) => answers[question.id] !== undefined).map((question) => [
    question.id,
    answers[question.id],
  ]);
  // Callers pass only answers that normalizeAnswer accepted for their own question.
  return Object.fromEntries(ordered) as AssessmentAnswers;
}

/** True when every stored answer fits its question (the machines' consistency check). */
export function isValidAnswers(answers: AssessmentAnswers): boolean {
  return Object.entries(answers).every(([id, value]) => {
    const question = questionById(id);
    return question !== null && JSON.stringify(normalizeAnswer(question, value)) === JSON.stringify(value);
  });
}

// ── Routing ──────────────────────────────────────────────────────────────────────────────

export interface AssessmentResult {
  readonly route: RouteKind;
  /** The client should not go on alone: the result screen asks a staff member over. */
  readonly withStaff: boolean;
  /** The goal when it maps to an e-service the kiosk can open (not "learn", not "other"). */
  readonly serviceGoal: GoalId | null;
  /** Set for the authority route only: the competent authority for the goal. */
  readonly referralId: ReferralId | null;
  /** Other routes worth showing under the main one. */
  readonly alsoSuggest: readonly RouteKind[];
  /** The first need category the client was unsure about (statistics, hints for staff). */
  readonly needCategory: NeedCategory | null;
  readonly level: AutaLevel | null;
  readonly easeWishes: readonly EaseId[];
}

/** The answers as the rules read them: a skipped question is null or empty, never a guess. */
export interface RoutingFacts {
  readonly goal: GoalId | null;
  readonly level: AutaLevel | null;
  readonly unsure: readonly NeedCategory[];
  readonly strongAuth: StrongAuthId | null;
}

/** Goals that open an e-service; "learn" and "other" do not name one. */
export const SERVICE_GOALS: readonly GoalId[] = ['benefit', 'messages', 'tax', 'immigration', 'attachments', 'health'];

/**
 * The competent authority for each goal (DOMAIN.md: authorities guide in their own services).
 * Attachments usually go with a Kela application (seed case 6); Suomi.fi Messages are DVV's;
 * lab results and other health matters belong to the wellbeing services county (seed case 2);
 * for anything else Kansalaisneuvonta tells which authority is the right one.
 */
export const GOAL_AUTHORITY: { readonly [G in Exclude<GoalId, 'learn'>]: ReferralId } = {
  benefit: 'kela',
  attachments: 'kela',
  tax: 'vero',
  immigration: 'migri',
  messages: 'dvv',
  health: 'wellbeingCounty',
  other: 'kansalaisneuvonta',
};

/** Learning needs no authority; an unknown goal is treated like "other" (ask Kansalaisneuvonta). */
export function authorityFor(goal: GoalId | null): ReferralId | null {
  if (goal === 'learn') return null;
  return GOAL_AUTHORITY[goal ?? 'other'];
}

export const ROUTE_RULE_IDS = [
  'cannotUseThemselves',
  'noStrongIdentification',
  'serviceUnclear',
  'attachments',
  'wantsToLearn',
  'doesNotUseEServices',
  'unsureOfDeviceOrInternet',
  'needsConfidence',
  'otherwise',
] as const;
export type RouteRuleId = (typeof ROUTE_RULE_IDS)[number];

export interface RouteRule {
  readonly id: RouteRuleId;
  readonly when: (facts: RoutingFacts) => boolean;
  readonly route: RouteKind;
  readonly withStaff: boolean;
  readonly alsoSuggest: readonly RouteKind[];
}

const unsureOf = (facts: RoutingFacts, ...categories: NeedCategory[]): boolean =>
  categories.some((category) => facts.unsure.includes(category));

/** Ordered: the first rule whose `when` holds decides. The last one always holds. */
export const ROUTE_RULES: readonly RouteRule[] = [
  {
    // AUTA level 4: abilities prevent using e-services at all, so support cannot make the
    // client independent; the route is acting on their behalf (Suomi.fi e-Authorizations for a
    // relative) or counter service, which staff arrange.
    id: 'cannotUseThemselves',
    when: (facts) => facts.level === 4,
    route: 'onBehalf',
    withStaff: true,
    alsoSuggest: [],
  },
  {
    // Only the client may use their strong-identification means, and no supporter may do it for
    // them (DVV ethics; seed case 3): refer to the identification provider, with
    // e-Authorizations as the alternative. Learning to use e-services needs no login.
    id: 'noStrongIdentification',
    when: (facts) => (facts.strongAuth === 'no' || facts.strongAuth === 'unknown') && facts.goal !== 'learn',
    route: 'identification',
    withStaff: false,
    alsoSuggest: ['onBehalf'],
  },
  {
    // Not understanding what to fill in or the terms is a question of content: a general
    // service advisor helps at a general level only, the competent authority answers the rest
    // (seed case 1: queue number or appointment). Staff here can still help in general terms.
    id: 'serviceUnclear',
    when: (facts) => unsureOf(facts, 'service') && authorityFor(facts.goal) !== null,
    route: 'authority',
    withStaff: false,
    alsoSuggest: ['askStaff'],
  },
  {
    // Applications with attachments: staff help with scanning, the client stays responsible
    // for what is attached and sent (seed case 6).
    id: 'attachments',
    when: (facts) => facts.goal === 'attachments',
    route: 'goAhead',
    withStaff: true,
    alsoSuggest: [],
  },
  {
    // Learning e-services in depth is for libraries, SeniorSurf, ENTER ry and courses (safety valves).
    id: 'wantsToLearn',
    when: (facts) => facts.goal === 'learn',
    route: 'learning',
    withStaff: false,
    alsoSuggest: [],
  },
  {
    // AUTA level 3 (does not use e-services, needs support): guided self-service here now,
    // and a learning place for later so the client can manage more independently.
    id: 'doesNotUseEServices',
    when: (facts) => facts.level === 3,
    route: 'askStaff',
    withStaff: true,
    alsoSuggest: ['learning'],
  },
  {
    // Device and internet use are skills: staff help now, learning places build them up.
    id: 'unsureOfDeviceOrInternet',
    when: (facts) => unsureOf(facts, 'device', 'internet'),
    route: 'askStaff',
    withStaff: true,
    alsoSuggest: ['learning'],
  },
  {
    // Emotional support: the client can do it but needs encouragement; staff stay nearby.
    id: 'needsConfidence',
    when: (facts) => unsureOf(facts, 'confidence'),
    route: 'goAhead',
    withStaff: true,
    alsoSuggest: [],
  },
  {
    // Nothing stands in the way: open the goal's service.
    id: 'otherwise',
    when: () => true,
    route: 'goAhead',
    withStaff: false,
    alsoSuggest: [],
  },
];

export function routingFacts(answers: AssessmentAnswers): RoutingFacts {
  return {
    goal: answers.goal ?? null,
    level: answers.level === undefined ? null : (Number(answers.level) as AutaLevel),
    unsure: NEED_CATEGORIES.filter((category) => answers.unsure?.includes(category) ?? false),
    strongAuth: answers.strongAuth ?? null,
  };
}

function ruleFor(facts: RoutingFacts): RouteRule {
  const rule = ROUTE_RULES.find((candidate) => candidate.when(facts));
  if (!rule) throw new Error('ROUTE_RULES must end with a rule that always holds');
  return rule;
}

/** The rule that decides for these answers (exported for statistics and tests). */
export function matchRule(answers: AssessmentAnswers): RouteRule {
  return ruleFor(routingFacts(answers));
}

/** The suggested route for the answers given so far; pure, and total over partial answers. */
export function routeFor(answers: AssessmentAnswers): AssessmentResult {
  const facts = routingFacts(answers);
  const rule = ruleFor(facts);
  return {
    route: rule.route,
    withStaff: rule.withStaff,
    serviceGoal: facts.goal !== null && SERVICE_GOALS.includes(facts.goal) ? facts.goal : null,
    // Only the authority route names a referral: other routes list their places by kind.
    referralId: rule.route === 'authority' ? authorityFor(facts.goal) : null,
    alsoSuggest: rule.alsoSuggest,
    needCategory: facts.unsure[0] ?? null,
    level: facts.level,
    easeWishes: EASE_IDS.filter((id) => answers.ease?.includes(id) ?? false),
  };
}

// ── i18n keys ────────────────────────────────────────────────────────────────────────────

const optionKey = (questionId: string, optionId: string): string => `assessment.questions.${questionId}.options.${optionId}`;

export const assessmentKeys = {
  /** `assessment.questions.<qid>.title` */
  question: (questionId: QuestionId): string => `assessment.questions.${questionId}.title`,
  /** `assessment.questions.<qid>.options.<optionId>` */
  option: <Q extends QuestionId>(questionId: Q, optionId: OptionIdOf<Q>): string => optionKey(questionId, optionId),
  /** `assessment.routes.<route>.title` */
  routeTitle: (route: RouteKind): string => `assessment.routes.${route}.title`,
  /** `assessment.routes.<route>.body`: what the route means and what to do next. */
  routeBody: (route: RouteKind): string => `assessment.routes.${route}.body`,
  /** `assessment.routes.withStaff`: the line that asks a staff member over. */
  withStaff: (): string => 'assessment.routes.withStaff',
} as const;

/** Every i18n key this module needs, for the test that checks the resources of every language. */
export function allAssessmentKeys(): string[] {
  const questionKeys = ASSESSMENT_QUESTIONS.flatMap((question) => [
    assessmentKeys.question(question.id),
    ...question.options.map((option: string) => optionKey(question.id, option)),
  ]);
  const routeKeys = ROUTE_KINDS.flatMap((route) => [assessmentKeys.routeTitle(route), assessmentKeys.routeBody(route)]);
  return [...questionKeys, ...routeKeys, assessmentKeys.withStaff()];
}
