import { describe, expect, it } from 'vitest';
import {
  allAssessmentKeys,
  applyAnswer,
  ASSESSMENT_QUESTIONS,
  assessmentKeys,
  authorityFor,
  EASE_OPTION_IDS,
  GOAL_IDS,
  isValidAnswers,
  LEVEL_OPTION_IDS,
  matchRule,
  MAX_ASSESSMENT_QUESTIONS,
  NEED_CATEGORIES,
  normalizeAnswer,
  questionById,
  ROUTE_KINDS,
  ROUTE_RULE_IDS,
  ROUTE_RULES,
  routeFor,
  SERVICE_GOALS,
  STRONG_AUTH_IDS,
  UNSURE_OPTION_IDS,
  withoutAnswer,
  type AssessmentAnswers,
  type AssessmentResult,
  type GoalId,
  type RouteKind,
  type RouteRuleId,
} from './assessment-model';
import { DEFAULT_REFERRALS, findReferral, type ReferralId } from './referrals';

/** The seed's case examples (seed 001) as the self-assessment would see them. */
const SEED_CASES = {
  /** A foreign-language client with the data on their phone who does not understand the terms. */
  case1ForeignLanguageApplication: {
    answers: { goal: 'immigration', level: '2', unsure: ['service'], strongAuth: 'yes' },
    expected: { route: 'authority', referralId: 'migri', withStaff: false },
  },
  /** A client who cannot identify strongly and waits for a decision in Suomi.fi Messages. */
  case3NoStrongIdentification: {
    answers: { goal: 'messages', level: '2', strongAuth: 'no' },
    expected: { route: 'identification', referralId: null, withStaff: false },
  },
  /** An application with attachments; the client wants the worker there the whole time. */
  case6Attachments: {
    answers: { goal: 'attachments', level: '2', unsure: ['device'], strongAuth: 'yes' },
    expected: { route: 'goAhead', referralId: null, withStaff: true },
  },
} as const satisfies Record<
  string,
  { answers: AssessmentAnswers; expected: Pick<AssessmentResult, 'route' | 'referralId' | 'withStaff'> }
>;

describe('the question model', () => {
  it('has at most six questions, with unique ids and options', () => {
    expect(MAX_ASSESSMENT_QUESTIONS).toBe(6);
    expect(ASSESSMENT_QUESTIONS.length).toBeLessThanOrEqual(MAX_ASSESSMENT_QUESTIONS);
    expect(ASSESSMENT_QUESTIONS.map((question) => question.id)).toEqual(['goal', 'level', 'unsure', 'strongAuth', 'ease']);
    for (const question of ASSESSMENT_QUESTIONS) {
      expect(new Set(question.options).size).toBe(question.options.length);
      if (question.kind === 'multi') expect(question.options).toContain(question.exclusive);
    }
  });

  it('offers the documented options', () => {
    expect(GOAL_IDS).toEqual(['benefit', 'messages', 'tax', 'immigration', 'attachments', 'health', 'learn', 'other']);
    expect(LEVEL_OPTION_IDS).toEqual(['1', '2', '3', '4']);
    expect(UNSURE_OPTION_IDS).toEqual(['device', 'internet', 'service', 'confidence', 'none']);
    expect(STRONG_AUTH_IDS).toEqual(['yes', 'no', 'unknown']);
    expect(EASE_OPTION_IDS).toEqual(['biggerText', 'readAloud', 'contrast', 'none']);
    expect(questionById('goal')?.kind).toBe('single');
    expect(questionById('unsure')?.kind).toBe('multi');
    expect(questionById('ease')?.kind).toBe('multi');
    expect(questionById('nope')).toBeNull();
  });
});

describe('answers', () => {
  it('stores a fitting answer and normalises multi choices', () => {
    expect(applyAnswer({}, 'goal', 'tax')).toEqual({ goal: 'tax' });
    expect(applyAnswer({ goal: 'tax' }, 'goal', 'health')).toEqual({ goal: 'health' });
    expect(applyAnswer({}, 'unsure', ['service', 'device', 'service'])).toEqual({ unsure: ['device', 'service'] });
    expect(applyAnswer({}, 'unsure', [])).toEqual({ unsure: [] });
    expect(applyAnswer({}, 'unsure', ['none'])).toEqual({ unsure: ['none'] });
    expect(applyAnswer({ goal: 'tax' }, 'ease', ['contrast', 'biggerText'])).toEqual({ goal: 'tax', ease: ['biggerText', 'contrast'] });
  });

  it.each([
    ['an unknown question', 'mood', 'happy'],
    ['an unknown option', 'goal', 'pizza'],
    ['a list for a single choice', 'goal', ['tax']],
    ['a number', 'level', 2],
    ['a single id for a multi choice', 'unsure', 'device'],
    ['an unknown option in a list', 'unsure', ['device', 'wifi']],
    ['a non-string in a list', 'ease', ['biggerText', 3]],
    ['"none" with another option', 'unsure', ['none', 'device']],
    ['"none" with another ease option', 'ease', ['readAloud', 'none']],
    ['nothing', 'strongAuth', undefined],
  ])('refuses %s', (_label, questionId, value) => {
    expect(applyAnswer({ goal: 'tax' }, questionId, value)).toBeNull();
  });

  it('forgets one answer and keeps the rest', () => {
    expect(withoutAnswer({ goal: 'tax', level: '2' }, 'goal')).toEqual({ level: '2' });
    expect(withoutAnswer({ level: '2' }, 'goal')).toEqual({ level: '2' });
  });

  it('checks stored answers against the model', () => {
    expect(isValidAnswers({})).toBe(true);
    expect(isValidAnswers({ goal: 'tax', unsure: ['device', 'service'], ease: [] })).toBe(true);
    expect(isValidAnswers({ goal: 'pizza' } as unknown as AssessmentAnswers)).toBe(false);
    expect(isValidAnswers({ unsure: ['service', 'device'] })).toBe(false); // not in option order
    expect(isValidAnswers({ mood: 'happy' } as unknown as AssessmentAnswers)).toBe(false);
  });

  it('keeps normalizeAnswer idempotent', () => {
    for (const question of ASSESSMENT_QUESTIONS) {
      const sample = question.kind === 'single' ? question.options[0] : [...question.options].reverse().slice(1);
      const once = normalizeAnswer(question, sample);
      expect(once).not.toBeNull();
      expect(normalizeAnswer(question, once)).toEqual(once);
    }
  });
});

interface RuleCase {
  readonly name: string;
  readonly answers: AssessmentAnswers;
  readonly rule: RouteRuleId;
  readonly route: RouteKind;
  readonly withStaff: boolean;
  readonly referralId?: ReferralId;
  readonly alsoSuggest?: readonly RouteKind[];
}

/** Every rule, its edges (what just misses it) and its precedence over the rules below it. */
const RULE_CASES: readonly RuleCase[] = [
  // level 4 → onBehalf, above everything else
  { name: 'level 4', answers: { level: '4' }, rule: 'cannotUseThemselves', route: 'onBehalf', withStaff: true, alsoSuggest: [] },
  { name: 'level 4 beats no strong identification', answers: { level: '4', strongAuth: 'no', goal: 'benefit' }, rule: 'cannotUseThemselves', route: 'onBehalf', withStaff: true },
  { name: 'level 4 beats an unclear service', answers: { level: '4', unsure: ['service'], goal: 'tax' }, rule: 'cannotUseThemselves', route: 'onBehalf', withStaff: true },
  { name: 'level 4 beats learning', answers: { level: '4', goal: 'learn' }, rule: 'cannotUseThemselves', route: 'onBehalf', withStaff: true },
  { name: 'a skipped level is not level 4', answers: { goal: 'tax' }, rule: 'otherwise', route: 'goAhead', withStaff: false },
  // strong identification no/unknown → identification, except for learning
  { name: 'no strong identification', answers: { goal: 'benefit', strongAuth: 'no' }, rule: 'noStrongIdentification', route: 'identification', withStaff: false, alsoSuggest: ['onBehalf'] },
  { name: '"what is that?"', answers: { goal: 'tax', strongAuth: 'unknown' }, rule: 'noStrongIdentification', route: 'identification', withStaff: false },
  { name: 'no goal and no strong identification', answers: { strongAuth: 'no' }, rule: 'noStrongIdentification', route: 'identification', withStaff: false },
  { name: 'level 3 and no strong identification', answers: { level: '3', strongAuth: 'no' }, rule: 'noStrongIdentification', route: 'identification', withStaff: false },
  { name: 'no strong identification beats an unclear service', answers: { goal: 'tax', strongAuth: 'no', unsure: ['service'] }, rule: 'noStrongIdentification', route: 'identification', withStaff: false },
  { name: 'learning needs no strong identification', answers: { goal: 'learn', strongAuth: 'no' }, rule: 'wantsToLearn', route: 'learning', withStaff: false },
  { name: 'learning, "what is that?"', answers: { goal: 'learn', strongAuth: 'unknown' }, rule: 'wantsToLearn', route: 'learning', withStaff: false },
  { name: 'strong identification yes', answers: { goal: 'benefit', strongAuth: 'yes' }, rule: 'otherwise', route: 'goAhead', withStaff: false },
  { name: 'a skipped identification question is not "no"', answers: { goal: 'benefit', level: '2' }, rule: 'otherwise', route: 'goAhead', withStaff: false },
  // unsure of the service → the competent authority
  { name: 'unclear benefit', answers: { goal: 'benefit', unsure: ['service'] }, rule: 'serviceUnclear', route: 'authority', withStaff: false, referralId: 'kela', alsoSuggest: ['askStaff'] },
  { name: 'unclear attachments', answers: { goal: 'attachments', unsure: ['service'] }, rule: 'serviceUnclear', route: 'authority', withStaff: false, referralId: 'kela' },
  { name: 'unclear tax', answers: { goal: 'tax', unsure: ['service'] }, rule: 'serviceUnclear', route: 'authority', withStaff: false, referralId: 'vero' },
  { name: 'unclear immigration', answers: { goal: 'immigration', unsure: ['service'] }, rule: 'serviceUnclear', route: 'authority', withStaff: false, referralId: 'migri' },
  { name: 'unclear messages', answers: { goal: 'messages', unsure: ['service'] }, rule: 'serviceUnclear', route: 'authority', withStaff: false, referralId: 'dvv' },
  { name: 'unclear health', answers: { goal: 'health', unsure: ['service'] }, rule: 'serviceUnclear', route: 'authority', withStaff: false, referralId: 'wellbeingCounty' },
  { name: 'unclear other', answers: { goal: 'other', unsure: ['service'] }, rule: 'serviceUnclear', route: 'authority', withStaff: false, referralId: 'kansalaisneuvonta' },
  { name: 'unclear, goal skipped', answers: { unsure: ['service'] }, rule: 'serviceUnclear', route: 'authority', withStaff: false, referralId: 'kansalaisneuvonta' },
  { name: 'unclear service beats level 3 and device', answers: { goal: 'tax', level: '3', unsure: ['device', 'service'] }, rule: 'serviceUnclear', route: 'authority', withStaff: false, referralId: 'vero' },
  { name: 'learning with an unclear service', answers: { goal: 'learn', unsure: ['service'] }, rule: 'wantsToLearn', route: 'learning', withStaff: false },
  // attachments → go ahead with staff
  { name: 'attachments', answers: { goal: 'attachments' }, rule: 'attachments', route: 'goAhead', withStaff: true, alsoSuggest: [] },
  { name: 'attachments beat level 3', answers: { goal: 'attachments', level: '3' }, rule: 'attachments', route: 'goAhead', withStaff: true },
  { name: 'attachments beat device', answers: { goal: 'attachments', unsure: ['device', 'internet'] }, rule: 'attachments', route: 'goAhead', withStaff: true },
  // learn → learning
  { name: 'learn', answers: { goal: 'learn' }, rule: 'wantsToLearn', route: 'learning', withStaff: false, alsoSuggest: [] },
  { name: 'learn beats level 3', answers: { goal: 'learn', level: '3', unsure: ['device'] }, rule: 'wantsToLearn', route: 'learning', withStaff: false },
  // level 3 → ask staff, and learning later
  { name: 'level 3', answers: { goal: 'tax', level: '3' }, rule: 'doesNotUseEServices', route: 'askStaff', withStaff: true, alsoSuggest: ['learning'] },
  { name: 'level 3 beats confidence', answers: { level: '3', unsure: ['confidence'] }, rule: 'doesNotUseEServices', route: 'askStaff', withStaff: true },
  { name: 'level 2 is not level 3', answers: { goal: 'tax', level: '2' }, rule: 'otherwise', route: 'goAhead', withStaff: false },
  // device or internet → ask staff
  { name: 'unsure of the device', answers: { goal: 'tax', unsure: ['device'] }, rule: 'unsureOfDeviceOrInternet', route: 'askStaff', withStaff: true, alsoSuggest: ['learning'] },
  { name: 'unsure of the internet', answers: { goal: 'tax', level: '1', unsure: ['internet'] }, rule: 'unsureOfDeviceOrInternet', route: 'askStaff', withStaff: true },
  { name: 'internet beats confidence', answers: { unsure: ['internet', 'confidence'] }, rule: 'unsureOfDeviceOrInternet', route: 'askStaff', withStaff: true },
  // confidence → go ahead with staff nearby
  { name: 'unsure of oneself', answers: { goal: 'benefit', unsure: ['confidence'] }, rule: 'needsConfidence', route: 'goAhead', withStaff: true, alsoSuggest: [] },
  // otherwise → go ahead
  { name: 'nothing answered', answers: {}, rule: 'otherwise', route: 'goAhead', withStaff: false, alsoSuggest: [] },
  { name: 'unsure of nothing ("none")', answers: { goal: 'health', level: '1', unsure: ['none'], strongAuth: 'yes' }, rule: 'otherwise', route: 'goAhead', withStaff: false },
  { name: 'unsure of nothing (empty)', answers: { goal: 'health', unsure: [] }, rule: 'otherwise', route: 'goAhead', withStaff: false },
  { name: 'ease wishes do not change the route', answers: { goal: 'tax', ease: ['biggerText', 'readAloud', 'contrast'] }, rule: 'otherwise', route: 'goAhead', withStaff: false },
];

describe('routeFor: the rules, table-driven', () => {
  it.each(RULE_CASES.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
    const result = routeFor(testCase.answers);
    expect(matchRule(testCase.answers).id).toBe(testCase.rule);
    expect(result.route).toBe(testCase.route);
    expect(result.withStaff).toBe(testCase.withStaff);
    expect(result.referralId).toBe(testCase.referralId ?? null);
    if (testCase.alsoSuggest) expect(result.alsoSuggest).toEqual(testCase.alsoSuggest);
  });

  it('covers every rule and every route in the table', () => {
    expect(new Set(RULE_CASES.map((testCase) => testCase.rule))).toEqual(new Set(ROUTE_RULE_IDS));
    expect(new Set(RULE_CASES.map((testCase) => testCase.route))).toEqual(new Set(ROUTE_KINDS));
    expect(ROUTE_RULES.map((rule) => rule.id)).toEqual(ROUTE_RULE_IDS);
  });

  it.each(Object.entries(SEED_CASES))('seed %s', (_name, { answers, expected }) => {
    expect(routeFor(answers)).toMatchObject(expected);
  });

  it('reports the other fields from the answers', () => {
    expect(routeFor({ goal: 'immigration', level: '2', unsure: ['service', 'confidence'], ease: ['readAloud', 'contrast'] })).toEqual({
      route: 'authority',
      withStaff: false,
      serviceGoal: 'immigration',
      referralId: 'migri',
      alsoSuggest: ['askStaff'],
      needCategory: 'service',
      level: 2,
      easeWishes: ['readAloud', 'contrast'],
    });
    expect(routeFor({ level: '1', ease: ['none'] })).toMatchObject({ level: 1, easeWishes: [], needCategory: null, serviceGoal: null });
  });

  it('takes the first need category in the model order', () => {
    expect(routeFor({ unsure: ['internet', 'confidence'] }).needCategory).toBe('internet');
    expect(routeFor({ unsure: ['device', 'internet', 'service', 'confidence'] }).needCategory).toBe('device');
    expect(routeFor({ unsure: ['confidence'] }).needCategory).toBe('confidence');
    expect(routeFor({ unsure: ['none'] }).needCategory).toBeNull();
  });

  it('names a service goal only for goals with a service', () => {
    for (const goal of GOAL_IDS) {
      const expected = goal === 'learn' || goal === 'other' ? null : goal;
      expect(routeFor({ goal }).serviceGoal).toBe(expected);
      // The goal is reported whatever the route.
      expect(routeFor({ goal, level: '4' }).serviceGoal).toBe(expected);
    }
    expect(SERVICE_GOALS).not.toContain('learn');
  });

  it('maps every goal but "learn" to an authority in the default directory', () => {
    for (const goal of GOAL_IDS) {
      const authority = authorityFor(goal);
      if (goal === 'learn') expect(authority).toBeNull();
      else expect(findReferral(DEFAULT_REFERRALS, authority ?? '')?.kind).toMatch(/^(authority|advice)$/);
    }
    expect(authorityFor(null)).toBe('kansalaisneuvonta');
  });
});

/** Every answer a client can give (including skipping), combined: about 30 000 cases. */
function* everyAnswerCombination(): Generator<AssessmentAnswers> {
  const subsets = <T>(items: readonly T[]): T[][] =>
    items.reduce<T[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]);
  const goals = [undefined, ...GOAL_IDS];
  const levels = [undefined, ...LEVEL_OPTION_IDS];
  const unsures = [undefined, ['none' as const], ...subsets(NEED_CATEGORIES)];
  const auths = [undefined, ...STRONG_AUTH_IDS];
  const eases = [undefined, ['none' as const], ...subsets(['biggerText', 'readAloud', 'contrast'] as const)];
  for (const goal of goals)
    for (const level of levels)
      for (const unsure of unsures)
        for (const strongAuth of auths)
          for (const ease of eases) {
            // A skipped question has no key at all, as in the machine.
            const given = Object.entries({ goal, level, unsure, strongAuth, ease }).filter(([, value]) => value !== undefined);
            yield Object.fromEntries(given) as AssessmentAnswers;
          }
}

describe('routeFor over every combination of answers', () => {
  const all = [...everyAnswerCombination()];
  /** The combinations for which `broken` holds, as JSON (vitest's expect is too slow per case). */
  const violations = (broken: (answers: AssessmentAnswers, result: AssessmentResult) => boolean): string[] =>
    all.filter((answers) => broken(answers, routeFor(answers))).map((answers) => JSON.stringify(answers));

  it('enumerates only valid answers', () => {
    expect(all.length).toBe(9 * 5 * 18 * 4 * 10);
    expect(all.filter((answers) => !isValidAnswers(answers))).toEqual([]);
  });

  it('never returns a referral for a route other than authority, and always one for it', () => {
    expect(violations((_answers, result) => (result.route === 'authority') !== (result.referralId !== null))).toEqual([]);
    // The check itself can fail: both sides occur.
    expect(all.some((answers) => routeFor(answers).route === 'authority')).toBe(true);
  });

  it('decides by the first matching rule, and reaches every rule', () => {
    const reached = new Set(all.map((answers) => matchRule(answers).id));
    expect(reached).toEqual(new Set(ROUTE_RULE_IDS));
    expect(
      violations((answers, result) => {
        const rule = matchRule(answers);
        return (
          result.route !== rule.route ||
          result.withStaff !== rule.withStaff ||
          result.alsoSuggest !== rule.alsoSuggest ||
          result.alsoSuggest.includes(result.route)
        );
      }),
    ).toEqual([]);
  });

  it('follows the answers in the reported fields', () => {
    expect(violations((answers, result) => result.level !== (answers.level === undefined ? null : Number(answers.level)))).toEqual([]);
    expect(violations((answers, result) => result.serviceGoal !== null && result.serviceGoal !== answers.goal)).toEqual([]);
    expect(
      violations(
        (answers, result) =>
          !result.easeWishes.every((wish) => answers.ease?.includes(wish)) ||
          result.easeWishes.length !== (answers.ease ?? []).filter((id) => id !== 'none').length,
      ),
    ).toEqual([]);
    expect(
      violations((answers, result) =>
        result.needCategory === null ? (answers.unsure ?? []).some((id) => id !== 'none') : answers.unsure?.[0] !== result.needCategory,
      ),
    ).toEqual([]);
  });

  it('sends a client to acting on their behalf only at level 4, and to identification only on no or "what is that?"', () => {
    expect(violations((answers, result) => result.route === 'onBehalf' && answers.level !== '4')).toEqual([]);
    expect(violations((answers, result) => result.route === 'identification' && answers.strongAuth !== 'no' && answers.strongAuth !== 'unknown')).toEqual([]);
  });
});

describe('i18n keys', () => {
  it('builds keys by the documented convention', () => {
    expect(assessmentKeys.question('goal')).toBe('assessment.questions.goal.title');
    expect(assessmentKeys.option('level', '3')).toBe('assessment.questions.level.options.3');
    expect(assessmentKeys.option('unsure', 'none')).toBe('assessment.questions.unsure.options.none');
    expect(assessmentKeys.routeTitle('onBehalf')).toBe('assessment.routes.onBehalf.title');
    expect(assessmentKeys.routeBody('authority')).toBe('assessment.routes.authority.body');
  });

  it('lists every key once: questions, options and routes', () => {
    const keys = allAssessmentKeys();
    const optionCount = ASSESSMENT_QUESTIONS.reduce((sum, question) => sum + question.options.length, 0);
    expect(keys).toHaveLength(ASSESSMENT_QUESTIONS.length + optionCount + ROUTE_KINDS.length * 2 + 1);
    expect(new Set(keys).size).toBe(keys.length);
    for (const goal of GOAL_IDS) expect(keys).toContain(assessmentKeys.option('goal', goal as GoalId));
    for (const key of keys) expect(key).toMatch(/^assessment\.[a-zA-Z0-9.]+$/);
  });
});

describe('answer order', () => {
  it('keeps the keys in question order whatever order they were given in', () => {
    const late = applyAnswer(applyAnswer({}, 'ease', ['contrast']) ?? {}, 'goal', 'tax');
    expect(Object.keys(late ?? {})).toEqual(['goal', 'ease']);
    const skipped = withoutAnswer({ goal: 'tax', level: '2', ease: [] }, 'level');
    expect(Object.keys(applyAnswer(skipped, 'level', '3') ?? {})).toEqual(['goal', 'level', 'ease']);
  });
});
