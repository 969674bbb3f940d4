import { useSelector } from '@xstate/react';
import { useEffect, useEffectEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/bridge';
import { assessmentKeys, type AssessmentResult, type GoalId, type RouteKind } from '../../../shared/content/assessment-model';
import { localized, type Language } from '../../../shared/content/languages';
import type { Referral } from '../../../shared/content/referrals';
import { displayAddress } from './referral-address';
import { referralDirectory } from './referral-directory';
import { routeReferrals } from './route-referrals';
import { ReadAloudButton, useAccessibility } from '../accessibility';
import { Icon } from '../components/Icon';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useKeyT } from '../i18n/dynamic';
import { useSend } from '../KioskContext';
import { useClientFlows } from './ClientFlowsContext';
import { ROUTE_ICONS } from './icons';
import { nextStepFor } from './next-step';
import { RouteDetails } from './RouteDetails';
import { toSummary } from './summary';

/** The suggested route in plain words, with one big next step. */
export function ResultScreen({ snapshot }: { readonly snapshot: Snapshot }) {
  const { assessment } = useClientFlows();
  const result = useSelector(assessment, (s) => s.context.result);
  const chosenGoal = useSelector(assessment, (s) => s.context.answers.goal ?? null);
  if (result === null) return null;
  return <ResultView result={result} chosenGoal={chosenGoal} snapshot={snapshot} />;
}

function ResultView({ result, chosenGoal, snapshot }: { readonly result: AssessmentResult; readonly chosenGoal: GoalId | null; readonly snapshot: Snapshot }) {
  const { t } = useTranslation();
  const tk = useKeyT();
  const send = useSend();
  const { assessment } = useClientFlows();
  const { applyWishes } = useAccessibility();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const textId = useId();
  const nextId = useId();
  const alsoId = useId();
  const { language } = snapshot.session;
  const step = nextStepFor(result, snapshot.services);
  const directory = referralDirectory(snapshot.referrals);

  // Once per result (a revised one too): the host keeps the ids for the session, and the
  // wishes for an easier screen take effect at once.
  const reached = useEffectEvent((reachedResult: AssessmentResult) => {
    send('setAssessment', { assessment: toSummary(reachedResult, chosenGoal) });
    applyWishes(reachedResult.easeWishes);
  });
  useEffect(() => {
    reached(result);
  }, [result]);

  const done = (): void => assessment.send({ type: 'DONE' });
  const open = (serviceId: string): void => {
    send('openService', { serviceId });
    done();
  };
  const showServices = (testId: string, primary: boolean) => (
    <button type="button" className={primary ? 'button button--primary button--large' : 'button button--secondary'} data-testid={testId} onClick={done}>
      {t('assessment.result.showServices')}
    </button>
  );

  return (
    <div className="flow flow--result" data-testid="assessment-result" data-route={result.route}>
      <div id={textId} className="flow__text">
        <p className="flow__eyebrow">{t('assessment.result.eyebrow')}</p>
        <div className="result__head">
          <span className="result__icon">
            <Icon name={ROUTE_ICONS[result.route]} />
          </span>
          <h1 ref={headingRef} tabIndex={-1} className="flow__title">
            {tk(assessmentKeys.routeTitle(result.route))}
          </h1>
        </div>
        <p className="flow__lead">{tk(assessmentKeys.routeBody(result.route))}</p>
        {/* When the next step is the desk, it says so itself. */}
        {result.withStaff && step.kind !== 'askStaff' && (
          <p className="result__staff">
            <Icon name="people" />
            {tk(assessmentKeys.withStaff())}
          </p>
        )}
        <RouteDetails route={result.route} referralId={result.referralId} directory={directory} language={language} />
      </div>
      <div className="flow__tools">
        <ReadAloudButton targetId={textId} />
      </div>

      <section className="next-step" aria-labelledby={nextId}>
        <h2 id={nextId} className="next-step__title">
          {t('assessment.result.nextStep')}
        </h2>
        {step.kind === 'open' && (
          <div className="next-step__actions">
            <button type="button" className="button button--primary button--large" data-testid="assessment-next-step" onClick={() => open(step.service.id)}>
              {t('assessment.result.open', { service: localized(step.service.name, language) })}
              <Icon name="arrowRight" />
            </button>
            {showServices('assessment-show-services', false)}
          </div>
        )}
        {step.kind === 'askStaff' && (
          <>
            <div className="next-step__desk" data-testid="assessment-next-step">
              <Icon name="people" className="next-step__icon" />
              <div>
                <p className="next-step__desk-title">{t('assessment.result.askStaff')}</p>
                <p className="next-step__desk-hint">{t('assessment.result.askStaffHint')}</p>
              </div>
            </div>
            <div className="next-step__actions">{showServices('assessment-show-services', false)}</div>
          </>
        )}
        {step.kind === 'services' && <div className="next-step__actions">{showServices('assessment-next-step', true)}</div>}
      </section>

      {result.alsoSuggest.length > 0 && (
        <section className="also" aria-labelledby={alsoId}>
          <h2 id={alsoId} className="also__title">
            {t('assessment.result.alsoTitle')}
          </h2>
          <ul className="also__list">
            {result.alsoSuggest.map((route) => (
              <li key={route} className="also__item" data-testid={`assessment-also-${route}`}>
                <Icon name={ROUTE_ICONS[route]} />
                <div>
                  <h3 className="also__item-title">{tk(assessmentKeys.routeTitle(route))}</h3>
                  <p>{tk(assessmentKeys.routeBody(route))}</p>
                  <AlsoPlaces route={route} directory={directory} language={language} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="flow__actions">
        <button type="button" className="button button--link" data-testid="assessment-revise" onClick={() => assessment.send({ type: 'REVISE' })}>
          {t('assessment.result.revise')}
        </button>
      </div>
    </div>
  );
}

/** The places of a secondary route, by name and address only (the main route has full cards). */
function AlsoPlaces({ route, directory, language }: { readonly route: RouteKind; readonly directory: readonly Referral[]; readonly language: Language }) {
  const places = routeReferrals(route, null, directory);
  if (places.length === 0) return null;
  return (
    <ul className="also__places">
      {places.map((place) => (
        <li key={place.id}>
          <span className="also__place-name">{localized(place.name, language)}</span>
          {place.web !== null && <span className="also__place-web">{displayAddress(place.web)}</span>}
        </li>
      ))}
    </ul>
  );
}
