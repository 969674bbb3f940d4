/**
 * The optional self-assessment, offered after the ethics step:
 *
 *   offer ──SKIP──▶ skipped (final)
 *     │ BEGIN
 *     ▼
 *   question[index] ──NEXT / SKIP_QUESTION on the last──▶ result ──DONE──▶ done (final)
 *     ▲  BACK on the first → offer; SKIP → skipped            │ REVISE (answers kept)
 *     └────────────────────────────────────────────────────────┘
 *
 * The questions and the routing are data (shared/content/assessment-model.ts); this machine
 * only walks them. Events come from UI code, so an answer that does not fit the question on
 * screen is ignored rather than thrown. The machine's output is the result, or null when the
 * client skipped; nothing is kept beyond the client session (the renderer drops the actor).
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import {
  applyAnswer,
  ASSESSMENT_QUESTIONS,
  MAX_ASSESSMENT_QUESTIONS,
  routeFor,
  withoutAnswer,
  type AnswerValue,
  type AssessmentAnswers,
  type AssessmentQuestion,
  type AssessmentResult,
  type QuestionId,
} from '../content/assessment-model';

export type AssessmentEvent =
  | { type: 'BEGIN' }
  | { type: 'SKIP' }
  /** A single choice carries one option id, a multi choice a list (possibly empty). */
  | { type: 'ANSWER'; questionId: QuestionId; value: AnswerValue }
  /** Next question; an unanswered question stays unanswered. */
  | { type: 'NEXT' }
  /** Next question, forgetting any answer given to this one. */
  | { type: 'SKIP_QUESTION' }
  | { type: 'BACK' }
  | { type: 'REVISE' }
  | { type: 'DONE' };

export interface AssessmentContext {
  /** The question on screen while in `question`; kept as is in the other states. */
  readonly index: number;
  readonly answers: AssessmentAnswers;
  /** Set on entering `result` (always `routeFor(answers)`); null elsewhere. */
  readonly result: AssessmentResult | null;
}

// The machine indexes the questions with plain numbers; the model's bound keeps the flow short.
// Read through a plain number so the check survives edits that the literal type would hide.
const QUESTION_COUNT: number = ASSESSMENT_QUESTIONS.length;
if (QUESTION_COUNT === 0 || QUESTION_COUNT > MAX_ASSESSMENT_QUESTIONS) {
  throw new Error(`the self-assessment needs 1–${MAX_ASSESSMENT_QUESTIONS} questions`);
}
const LAST_INDEX = QUESTION_COUNT - 1;

/** The question at `index`; the index is kept in range by the machine's guards. */
export function questionAt(index: number): AssessmentQuestion {
  const question = ASSESSMENT_QUESTIONS[Math.min(Math.max(index, 0), LAST_INDEX)];
  if (!question) throw new Error('unreachable: the question list is not empty');
  return question;
}

/** The answers after an ANSWER event, or null when it does not fit the question on screen. */
function answered(context: AssessmentContext, event: AssessmentEvent): AssessmentAnswers | null {
  if (event.type !== 'ANSWER' || event.questionId !== questionAt(context.index).id) return null;
  return applyAnswer(context.answers, event.questionId, event.value);
}

export const assessmentMachine = setup({
  types: {
    context: {} as AssessmentContext,
    events: {} as AssessmentEvent,
    output: {} as AssessmentResult | null,
  },
  actions: {
    firstQuestion: assign({ index: 0, result: null }),
    nextQuestion: assign({ index: ({ context }) => Math.min(context.index + 1, LAST_INDEX) }),
    previousQuestion: assign({ index: ({ context }) => Math.max(context.index - 1, 0) }),
    storeAnswer: assign({ answers: ({ context, event }) => answered(context, event) ?? context.answers }),
    forgetAnswer: assign({ answers: ({ context }) => withoutAnswer(context.answers, questionAt(context.index).id) }),
    computeResult: assign({ result: ({ context }) => routeFor(context.answers) }),
    // A client who skips wants none of it used: drop whatever was answered on the way.
    forgetAll: assign({ index: 0, answers: {}, result: null }),
  },
  guards: {
    answerFits: ({ context, event }) => answered(context, event) !== null,
    onFirstQuestion: ({ context }) => context.index <= 0,
    onLastQuestion: ({ context }) => context.index >= LAST_INDEX,
  },
}).createMachine({
  id: 'assessment',
  context: { index: 0, answers: {}, result: null },
  initial: 'offer',
  output: ({ context }) => context.result,
  states: {
    offer: {
      on: {
        BEGIN: { target: 'question', actions: 'firstQuestion' },
        SKIP: { target: 'skipped' },
      },
    },
    question: {
      on: {
        ANSWER: { guard: 'answerFits', actions: 'storeAnswer' },
        NEXT: [{ guard: 'onLastQuestion', target: 'result' }, { actions: 'nextQuestion' }],
        SKIP_QUESTION: [
          { guard: 'onLastQuestion', target: 'result', actions: 'forgetAnswer' },
          { actions: ['forgetAnswer', 'nextQuestion'] },
        ],
        BACK: [{ guard: 'onFirstQuestion', target: 'offer' }, { actions: 'previousQuestion' }],
        SKIP: { target: 'skipped' },
      },
    },
    result: {
      entry: 'computeResult',
      on: {
        REVISE: { target: 'question', actions: 'firstQuestion' },
        DONE: { target: 'done' },
      },
    },
    skipped: { type: 'final', entry: 'forgetAll' },
    done: { type: 'final' },
  },
});

export type AssessmentSnapshot = SnapshotFrom<typeof assessmentMachine>;

/** The question the renderer shows, or null outside the `question` state. */
export function currentQuestion(snapshot: AssessmentSnapshot): AssessmentQuestion | null {
  return snapshot.matches('question') ? questionAt(snapshot.context.index) : null;
}
