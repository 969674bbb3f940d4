import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths, getSimplePaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import {
  ASSESSMENT_QUESTIONS,
  isValidAnswers,
  matchRule,
  MAX_ASSESSMENT_QUESTIONS,
  ROUTE_KINDS,
  ROUTE_RULE_IDS,
  routeFor,
  type AnswerValue,
  type AssessmentAnswers,
  type QuestionId,
} from '../content/assessment-model';
import { assessmentMachine, currentQuestion, questionAt, type AssessmentEvent, type AssessmentSnapshot } from './assessment';

const LAST = ASSESSMENT_QUESTIONS.length - 1;

function start(...events: AssessmentEvent[]) {
  const actor = createActor(assessmentMachine).start();
  for (const event of events) actor.send(event);
  return actor;
}

const answer = (questionId: QuestionId, value: AnswerValue): AssessmentEvent => ({ type: 'ANSWER', questionId, value });
const times = (count: number, event: AssessmentEvent): AssessmentEvent[] => Array.from({ length: count }, () => event);

/** Answers every question in order from `offer`, NEXT after each; a question missing in `answers` is skipped. */
function walk(answers: AssessmentAnswers): AssessmentEvent[] {
  const events: AssessmentEvent[] = [{ type: 'BEGIN' }];
  for (const question of ASSESSMENT_QUESTIONS) {
    const value = answers[question.id];
    events.push(value === undefined ? { type: 'SKIP_QUESTION' } : answer(question.id, value), ...(value === undefined ? [] : [{ type: 'NEXT' } as const]));
  }
  return events;
}

describe('assessment machine, event by event', () => {
  it('has at most six questions', () => {
    expect(ASSESSMENT_QUESTIONS.length).toBeGreaterThan(0);
    expect(ASSESSMENT_QUESTIONS.length).toBeLessThanOrEqual(MAX_ASSESSMENT_QUESTIONS);
    expect(questionAt(-1)).toBe(ASSESSMENT_QUESTIONS[0]);
    expect(questionAt(99)).toBe(ASSESSMENT_QUESTIONS[LAST]);
  });

  it('starts with the offer, nothing answered', () => {
    const snapshot = start().getSnapshot();
    expect(snapshot.value).toBe('offer');
    expect(snapshot.context).toEqual({ index: 0, answers: {}, result: null });
    expect(currentQuestion(snapshot)).toBeNull();
  });

  it('SKIP at the offer ends the flow with no result', () => {
    const snapshot = start({ type: 'SKIP' }).getSnapshot();
    expect(snapshot.value).toBe('skipped');
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toBeNull();
  });

  it('BEGIN shows the first question', () => {
    const snapshot = start({ type: 'BEGIN' }).getSnapshot();
    expect(snapshot.value).toBe('question');
    expect(snapshot.context.index).toBe(0);
    expect(currentQuestion(snapshot)?.id).toBe('goal');
  });

  it('ANSWER stores an answer to the question on screen, and replaces it', () => {
    const actor = start({ type: 'BEGIN' }, answer('goal', 'tax'));
    expect(actor.getSnapshot().context.answers).toEqual({ goal: 'tax' });
    actor.send(answer('goal', 'health'));
    expect(actor.getSnapshot().context.answers).toEqual({ goal: 'health' });
  });

  it.each([
    ['another question than the one on screen', answer('level', '2')],
    ['an unknown option', answer('goal', 'pizza')],
    ['a list for a single choice', answer('goal', ['tax'])],
    ['an unknown question', { type: 'ANSWER', questionId: 'mood', value: 'ok' } as unknown as AssessmentEvent],
    ['a value that is not an answer at all', { type: 'ANSWER', questionId: 'goal', value: 42 } as unknown as AssessmentEvent],
  ])('ANSWER with %s is ignored without throwing', (_label, event) => {
    const actor = start({ type: 'BEGIN' }, answer('goal', 'tax'));
    const before = actor.getSnapshot();
    expect(() => actor.send(event)).not.toThrow();
    expect(actor.getSnapshot().context).toEqual(before.context);
    expect(actor.getSnapshot().status).toBe('active');
  });

  it('ANSWER on a multi choice takes a list and refuses a single id or "none" with others', () => {
    const actor = start({ type: 'BEGIN' }, { type: 'NEXT' }, { type: 'NEXT' });
    expect(currentQuestion(actor.getSnapshot())?.id).toBe('unsure');
    actor.send(answer('unsure', 'device'));
    actor.send(answer('unsure', ['none', 'device']));
    expect(actor.getSnapshot().context.answers).toEqual({});
    actor.send(answer('unsure', ['confidence', 'device']));
    expect(actor.getSnapshot().context.answers).toEqual({ unsure: ['device', 'confidence'] });
    actor.send(answer('unsure', []));
    expect(actor.getSnapshot().context.answers).toEqual({ unsure: [] });
  });

  it('ANSWER is ignored outside the questions', () => {
    expect(start(answer('goal', 'tax')).getSnapshot().context.answers).toEqual({});
    const result = start(...walk({ goal: 'tax' }), answer('ease', ['contrast'])).getSnapshot();
    expect(result.value).toBe('result');
    expect(result.context.answers).toEqual({ goal: 'tax' });
  });

  it('NEXT moves on whether or not the question was answered', () => {
    const actor = start({ type: 'BEGIN' }, { type: 'NEXT' });
    expect(actor.getSnapshot().context).toMatchObject({ index: 1, answers: {} });
  });

  it('NEXT on the last question shows the result of routeFor', () => {
    const actor = start({ type: 'BEGIN' }, answer('goal', 'learn'), ...times(LAST, { type: 'NEXT' }));
    expect(actor.getSnapshot().context.index).toBe(LAST);
    actor.send({ type: 'NEXT' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('result');
    expect(snapshot.context.result).toEqual(routeFor({ goal: 'learn' }));
    expect(snapshot.context.result?.route).toBe('learning');
  });

  it('SKIP_QUESTION forgets the answer given and moves on; on the last question it shows the result', () => {
    const actor = start({ type: 'BEGIN' }, answer('goal', 'tax'), { type: 'SKIP_QUESTION' });
    expect(actor.getSnapshot().context).toMatchObject({ index: 1, answers: {} });
    actor.send(answer('level', '3'));
    actor.send({ type: 'NEXT' });
    for (let i = 2; i <= LAST; i += 1) actor.send({ type: 'SKIP_QUESTION' });
    expect(actor.getSnapshot().value).toBe('result');
    expect(actor.getSnapshot().context.answers).toEqual({ level: '3' });
    expect(actor.getSnapshot().context.result?.route).toBe('askStaff');
  });

  it('BACK goes to the previous question, and from the first back to the offer with the answers kept', () => {
    const actor = start({ type: 'BEGIN' }, answer('goal', 'tax'), { type: 'NEXT' }, answer('level', '1'), { type: 'BACK' });
    expect(actor.getSnapshot().context).toMatchObject({ index: 0, answers: { goal: 'tax', level: '1' } });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('offer');
    actor.send({ type: 'BEGIN' });
    expect(actor.getSnapshot().context).toMatchObject({ index: 0, answers: { goal: 'tax', level: '1' } });
  });

  it('SKIP during the questions ends the flow and forgets the answers', () => {
    const snapshot = start({ type: 'BEGIN' }, answer('goal', 'health'), { type: 'NEXT' }, { type: 'SKIP' }).getSnapshot();
    expect(snapshot.value).toBe('skipped');
    expect(snapshot.context).toEqual({ index: 0, answers: {}, result: null });
    expect(snapshot.output).toBeNull();
  });

  it('REVISE goes back to the first question with the answers kept, and the result follows the changes', () => {
    const actor = start(...walk({ goal: 'tax', level: '2' }), { type: 'REVISE' });
    expect(actor.getSnapshot().value).toBe('question');
    expect(actor.getSnapshot().context).toEqual({ index: 0, answers: { goal: 'tax', level: '2' }, result: null });
    actor.send({ type: 'NEXT' });
    actor.send(answer('level', '4'));
    for (let i = 1; i <= LAST; i += 1) actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().context.result?.route).toBe('onBehalf');
  });

  it('DONE ends the flow with the result as output; final states ignore everything', () => {
    const actor = start(...walk({ goal: 'benefit', unsure: ['service'], strongAuth: 'yes' }), { type: 'DONE' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('done');
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toEqual(routeFor({ goal: 'benefit', unsure: ['service'], strongAuth: 'yes' }));
    expect(snapshot.output?.referralId).toBe('kela');
    for (const event of [{ type: 'REVISE' }, { type: 'BEGIN' }, answer('goal', 'tax')] as AssessmentEvent[]) {
      const [next] = transition(assessmentMachine, snapshot, event);
      expect(next.value).toBe('done');
      expect(next.context).toEqual(snapshot.context);
    }
  });

  it.each([
    ['case 1', { goal: 'immigration', level: '2', unsure: ['service'], strongAuth: 'yes' }, { route: 'authority', referralId: 'migri' }],
    ['case 3', { goal: 'messages', level: '2', strongAuth: 'no' }, { route: 'identification', referralId: null }],
    ['case 6', { goal: 'attachments', level: '2', unsure: ['device'], strongAuth: 'yes' }, { route: 'goAhead', withStaff: true }],
  ] as const)('walks seed %s to its route', (_name, answers, expected) => {
    const snapshot = start(...walk(answers), { type: 'DONE' }).getSnapshot();
    expect(snapshot.context.answers).toEqual(answers);
    expect(snapshot.output).toMatchObject(expected);
  });
});

// ── Every path ───────────────────────────────────────────────────────────────────────────

const NAVIGATION: AssessmentEvent[] = [
  { type: 'BEGIN' },
  { type: 'SKIP' },
  { type: 'NEXT' },
  { type: 'SKIP_QUESTION' },
  { type: 'BACK' },
  { type: 'REVISE' },
  { type: 'DONE' },
];

/** Enough values per question to reach every routing rule (a skipped question is the other value). */
const ROUTING_VALUES: { readonly [Q in QuestionId]: readonly AnswerValue[] } = {
  goal: ['attachments', 'learn', 'immigration'],
  level: ['3', '4'],
  unsure: [['service'], ['device'], ['confidence']],
  strongAuth: ['no'],
  ease: [['biggerText']],
};

/** Answers the machine must ignore: unknown options, wrong shapes, another question. */
const INVALID_ANSWERS: AssessmentEvent[] = [
  answer('goal', 'pizza'),
  answer('goal', ['benefit']),
  answer('unsure', 'device'),
  answer('unsure', ['none', 'device']),
  answer('level', '5'),
];

/**
 * The events offered in a state: navigation and the invalid answers everywhere, valid answers
 * only for the question on screen (elsewhere they are ignored, which the edge test checks
 * once; offering them everywhere would only multiply identical edges).
 */
function eventsFor(snapshot: AssessmentSnapshot): AssessmentEvent[] {
  if (!snapshot.matches('question')) return [...NAVIGATION, ...INVALID_ANSWERS, answer('goal', 'tax')];
  const question = questionAt(snapshot.context.index);
  const valid = ROUTING_VALUES[question.id as QuestionId].map((value) => answer(question.id as QuestionId, value));
  return [...NAVIGATION, ...INVALID_ANSWERS, ...valid];
}

/**
 * What must hold in every reachable state, as a list of what is broken (empty when all holds);
 * collected rather than asserted one by one, since vitest's expect is slow over thousands of states.
 */
function brokenInvariants(snapshot: AssessmentSnapshot): string[] {
  const { index, answers, result } = snapshot.context;
  const broken: string[] = [];
  if (!Number.isInteger(index) || index < 0 || index > LAST) broken.push('index out of range');
  if (!isValidAnswers(answers)) broken.push('invalid answers');
  const showsResult = snapshot.matches('result') || snapshot.matches('done');
  if (JSON.stringify(result) !== JSON.stringify(showsResult ? routeFor(answers) : null)) broken.push('result is not routeFor(answers)');
  if (snapshot.matches('skipped') && Object.keys(answers).length > 0) broken.push('answers kept after SKIP');
  const final = snapshot.matches('done') || snapshot.matches('skipped');
  if (snapshot.status !== (final ? 'done' : 'active')) broken.push('status');
  if (final && JSON.stringify(snapshot.output) !== JSON.stringify(result)) broken.push('output is not the result');
  return broken.map((problem) => `${problem}: ${JSON.stringify(snapshot.value)} ${JSON.stringify(snapshot.context)}`);
}

/** Replays a generated path on a live actor: the traversal and the runtime must agree. */
function replay(steps: readonly { event: AssessmentEvent }[]): AssessmentSnapshot {
  return start(...steps.slice(1).map((step) => step.event)).getSnapshot();
}

describe('assessment machine, every path (@xstate/graph)', () => {
  const options = { events: eventsFor };
  const paths = getShortestPaths(assessmentMachine, options);
  const edges = adjacencyMapToArray(getAdjacencyMap(assessmentMachine, options));

  it('reaches every state, including every combination of the routing answers', () => {
    const values = new Set(paths.map((path) => path.state.value));
    expect(values).toEqual(new Set(['offer', 'question', 'result', 'done', 'skipped']));
    // goal 4 × level 3 × unsure 4 × strongAuth 2 × ease 2 (each with "skipped"), at 8 places, plus skipped.
    expect(paths).toHaveLength(4 * 3 * 4 * 2 * 2 * (ASSESSMENT_QUESTIONS.length + 3) + 1);
  });

  it('keeps the invariants on every shortest path, and a live actor agrees', () => {
    const broken = paths.flatMap((path) => {
      const live = replay(path.steps);
      const agrees = JSON.stringify([live.value, live.context]) === JSON.stringify([path.state.value, path.state.context]);
      return [...brokenInvariants(path.state), ...(agrees ? [] : [`live actor differs: ${JSON.stringify(path.state.context)}`])];
    });
    expect(broken).toEqual([]);
  });

  it('reaches every rule and every route in the result', () => {
    const results = paths.filter((path) => path.state.matches('result'));
    expect(new Set(results.map((path) => matchRule(path.state.context.answers).id))).toEqual(new Set(ROUTE_RULE_IDS));
    expect(new Set(results.map((path) => path.state.context.result?.route))).toEqual(new Set(ROUTE_KINDS));
  });

  it('changes answers only by ANSWER and SKIP_QUESTION on the question on screen, or by SKIP', () => {
    expect(edges.length).toBeGreaterThan(10_000);
    const broken = edges.filter(({ state, event, nextState }) => {
      const before = state.context.answers;
      const after = nextState.context.answers;
      if (JSON.stringify(before) === JSON.stringify(after)) return false;
      if (event.type === 'SKIP') return JSON.stringify(after) !== '{}';
      if (!state.matches('question')) return true;
      const onScreen = questionAt(state.context.index).id;
      if (event.type !== 'ANSWER' && event.type !== 'SKIP_QUESTION') return true;
      if (event.type === 'ANSWER' && event.questionId !== onScreen) return true;
      // Nothing but the question on screen may differ.
      const others = (answers: AssessmentAnswers) => JSON.stringify(Object.entries(answers).filter(([id]) => id !== onScreen));
      return others(before) !== others(after);
    });
    expect(broken.map(({ state, event }) => `${JSON.stringify(state.value)} ${JSON.stringify(event)}`)).toEqual([]);
  });

  it('moves one question at a time and leaves the questions only by the documented events', () => {
    const broken = edges.filter(({ state, event, nextState }) => {
      const from = state.value;
      const to = nextState.value;
      if (from === 'question' && to === 'question') return Math.abs(nextState.context.index - state.context.index) > 1;
      if (from === 'question' && to === 'offer') return event.type !== 'BACK' || state.context.index !== 0;
      if (from === 'question' && to === 'result') return !['NEXT', 'SKIP_QUESTION'].includes(event.type) || state.context.index !== LAST;
      if (to === 'done' && from !== 'done') return event.type !== 'DONE' || from !== 'result';
      if (to === 'skipped' && from !== 'skipped') return event.type !== 'SKIP';
      if (from === 'done' || from === 'skipped') return JSON.stringify(nextState.context) !== JSON.stringify(state.context) || to !== from;
      return false;
    });
    expect(broken.map(({ state, event }) => `${JSON.stringify(state.value)} ${JSON.stringify(event)}`)).toEqual([]);
    // The checks above are not vacuous: each kind of move occurs.
    const moves = new Set(edges.map(({ state, nextState }) => `${String(state.value)}→${String(nextState.value)}`));
    for (const move of ['offer→question', 'question→offer', 'question→result', 'result→question', 'result→done', 'question→skipped', 'offer→skipped']) {
      expect(moves).toContain(move);
    }
  });

  it('keeps the invariants on every simple path of the navigation', () => {
    // Navigation and one answer: simple paths multiply with every answer that can come and go
    // (each doubles the states the BACK/NEXT cycles can thread through), so one is the bound.
    const navigation = (snapshot: AssessmentSnapshot): AssessmentEvent[] =>
      snapshot.matches('question') && snapshot.context.index === 0 ? [...NAVIGATION, answer('goal', 'learn')] : NAVIGATION;
    const simple = getSimplePaths(assessmentMachine, { events: navigation });
    expect(simple.length).toBeGreaterThan(100);
    const broken = simple.flatMap((path) => {
      const live = replay(path.steps);
      const agrees = JSON.stringify([live.value, live.context]) === JSON.stringify([path.state.value, path.state.context]);
      return [...brokenInvariants(path.state), ...(agrees ? [] : [`live actor differs: ${JSON.stringify(path.state.context)}`])];
    });
    expect(broken).toEqual([]);
  });
});
