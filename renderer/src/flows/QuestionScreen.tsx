import { useSelector } from '@xstate/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ASSESSMENT_QUESTIONS,
  assessmentKeys,
  type AnswerValue,
  type AssessmentQuestion,
  type QuestionId,
} from '../../../shared/content/assessment-model';
import { currentQuestion } from '../../../shared/machines/assessment';
import { ReadAloudButton } from '../accessibility';
import { Icon } from '../components/Icon';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useKeyT } from '../i18n/dynamic';
import { useSend } from '../KioskContext';
import { useClientFlows } from './ClientFlowsContext';
import { optionIcon } from './icons';
import { toggleChoice } from './multi-choice';

type Question = AssessmentQuestion & { readonly id: QuestionId };

/** The i18n key of an option; the shared helper is typed per question, the UI walks them all alike. */
const optionKey = (questionId: QuestionId, optionId: string): string =>
  (assessmentKeys.option as (questionId: QuestionId, optionId: string) => string)(questionId, optionId);

const isAnswered = (value: AnswerValue | undefined): boolean => (typeof value === 'string' ? true : (value?.length ?? 0) > 0);

/** The question the machine is on, one per screen; remounted per question so focus starts at its title. */
export function QuestionScreen() {
  const { assessment } = useClientFlows();
  const question = useSelector(assessment, currentQuestion);
  if (question === null) return null;
  // The machine only ever holds questions of ASSESSMENT_QUESTIONS, whose ids are QuestionIds.
  return <QuestionView key={question.id} question={question as Question} />;
}

function QuestionView({ question }: { readonly question: Question }) {
  const { t } = useTranslation();
  const tk = useKeyT();
  const send = useSend();
  const { assessment } = useClientFlows();
  const answer = useSelector(assessment, (snapshot) => snapshot.context.answers[question.id] as AnswerValue | undefined);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const hintId = useId();
  const textId = useId();
  const number = ASSESSMENT_QUESTIONS.findIndex((q) => q.id === question.id) + 1;
  const answered = isAnswered(answer);

  const choose = (optionId: string, checked: boolean): void => {
    const value =
      question.kind === 'single' ? optionId : toggleChoice(question, Array.isArray(answer) ? (answer as readonly string[]) : [], optionId, checked);
    assessment.send({ type: 'ANSWER', questionId: question.id, value });
  };
  const skipAll = (): void => {
    assessment.send({ type: 'SKIP' });
    send('setAssessment', { assessment: 'skipped' });
  };

  return (
    <div className="flow flow--question" data-testid={`assessment-question-${question.id}`}>
      <p className="flow__progress">{t('assessment.progress', { current: number, total: ASSESSMENT_QUESTIONS.length })}</p>
      {/* The legend names the group of options; read aloud, the question comes with its options. */}
      <fieldset id={textId} className="question" aria-describedby={question.kind === 'multi' ? hintId : undefined}>
        <legend className="question__legend">
          <h1 ref={headingRef} tabIndex={-1} className="flow__title">
            {tk(assessmentKeys.question(question.id))}
          </h1>
        </legend>
        {question.kind === 'multi' && (
          <p id={hintId} className="flow__hint">
            {t('assessment.multiHint')}
          </p>
        )}
        <div className={question.id === 'goal' ? 'options options--tiles' : 'options'}>
          {question.options.map((optionId) => {
            const checked = question.kind === 'single' ? answer === optionId : Array.isArray(answer) && answer.includes(optionId);
            const icon = optionIcon(question.id, optionId);
            return (
              <label key={optionId} className="option">
                <input
                  type={question.kind === 'single' ? 'radio' : 'checkbox'}
                  className="option__input"
                  name={`assessment-${question.id}`}
                  value={optionId}
                  checked={checked}
                  data-testid={`assessment-option-${question.id}-${optionId}`}
                  onChange={(event) => choose(optionId, event.currentTarget.checked)}
                />
                {icon !== null && <Icon name={icon} className="option__icon" />}
                <span className="option__label">{tk(optionKey(question.id, optionId))}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="flow__tools">
        <ReadAloudButton targetId={textId} />
      </div>
      <div className="flow__actions flow__actions--split">
        <button type="button" className="button button--secondary" data-testid="assessment-back" onClick={() => assessment.send({ type: 'BACK' })}>
          <Icon name="arrowLeft" />
          {t('assessment.back')}
        </button>
        <button
          type="button"
          className={answered ? 'button button--primary button--large' : 'button button--secondary button--large'}
          data-testid="assessment-next"
          onClick={() => assessment.send({ type: answered ? 'NEXT' : 'SKIP_QUESTION' })}
        >
          {answered ? t('assessment.next') : t('assessment.skipQuestion')}
          <Icon name="arrowRight" />
        </button>
      </div>
      <button type="button" className="button button--link" data-testid="assessment-skip-all" onClick={skipAll}>
        {t('assessment.skipAll')}
      </button>
    </div>
  );
}
