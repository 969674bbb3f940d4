import type { Snapshot } from '../../../shared/bridge';
import { useKeyT } from '../i18n/dynamic';
import { summaryLabelKeys } from './summary-labels';
import { useAssistT } from './useAssistT';

/** The client's self-assessment answers, only when the client agreed on screen to share them. */
export function SummarySection({ snapshot }: { readonly snapshot: Snapshot }) {
  const t = useAssistT();
  const tk = useKeyT();
  const assessment = snapshot.client.assessment;
  const consent = snapshot.assist.shareConsent;

  let body;
  if (assessment === null) body = <p>{t('assist.panel.summary.notAnswered')}</p>;
  else if (assessment === 'skipped') body = <p>{t('assist.panel.summary.skipped')}</p>;
  else if (consent === 'declined') body = <p>{t('assist.panel.summary.declined')}</p>;
  else if (consent === 'unasked') body = <p>{t('assist.panel.summary.waiting')}</p>;
  else {
    const keys = summaryLabelKeys(assessment);
    const label = (key: string | null): string => (key === null ? t('assist.panel.summary.none') : tk(key));
    body = (
      <>
        <dl className="worker-panel__facts" data-testid="panel-summary">
          <div>
            <dt>{t('assist.panel.summary.route')}</dt>
            <dd>{tk(keys.route)}</dd>
          </div>
          <div>
            <dt>{t('assist.panel.summary.goal')}</dt>
            <dd>{label(keys.goal)}</dd>
          </div>
          <div>
            <dt>{t('assist.panel.summary.level')}</dt>
            <dd>{label(keys.level)}</dd>
          </div>
          <div>
            <dt>{t('assist.panel.summary.need')}</dt>
            <dd>{label(keys.need)}</dd>
          </div>
        </dl>
        {assessment.withStaff && <p>{t('assist.panel.summary.withStaff')}</p>}
      </>
    );
  }

  return (
    <section className="worker-panel__section" aria-labelledby="wp-summary">
      <h3 id="wp-summary">{t('assist.panel.summary.title')}</h3>
      {body}
    </section>
  );
}
