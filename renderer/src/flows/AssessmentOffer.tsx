import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../accessibility';
import { Icon } from '../components/Icon';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useSend } from '../KioskContext';
import { useClientFlows } from './ClientFlowsContext';

/** The optional self-assessment, offered once after the ethics step; one tap skips it. */
export function AssessmentOffer() {
  const { t } = useTranslation();
  const send = useSend();
  const { assessment } = useClientFlows();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const textId = useId();

  const skip = (): void => {
    assessment.send({ type: 'SKIP' });
    send('setAssessment', { assessment: 'skipped' });
  };

  return (
    <div className="flow" data-testid="assessment-offer">
      <div id={textId} className="flow__text">
        <Icon name="question" className="flow__icon" />
        <h1 ref={headingRef} tabIndex={-1} className="flow__title">
          {t('assessment.offer.title')}
        </h1>
        <p className="flow__lead">{t('assessment.offer.body')}</p>
        <p>{t('assessment.offer.note')}</p>
      </div>
      <div className="flow__tools">
        <ReadAloudButton targetId={textId} />
      </div>
      <div className="flow__actions">
        <button type="button" className="button button--primary button--large" data-testid="assessment-begin" onClick={() => assessment.send({ type: 'BEGIN' })}>
          {t('assessment.offer.begin')}
        </button>
        <button type="button" className="button button--secondary button--large" data-testid="assessment-skip" onClick={skip}>
          {t('assessment.offer.skip')}
        </button>
      </div>
    </div>
  );
}
