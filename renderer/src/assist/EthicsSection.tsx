import { ethicsKeys, SUPPORTER_GUIDELINE_IDS } from '../../../shared/content/ethics';
import { useKeyT } from '../i18n/dynamic';
import { useAssistT } from './useAssistT';

/** The supporter's guidelines, to point to together when the client asks the worker to do it. */
export function EthicsSection() {
  const t = useAssistT();
  const tk = useKeyT();
  return (
    <section className="worker-panel__section" aria-labelledby="wp-ethics">
      <h3 id="wp-ethics">{t('assist.panel.ethics.title')}</h3>
      <p className="worker-panel__emphasis">{t('assist.panel.ethics.ask')}</p>
      <p>{t('assist.panel.ethics.lead')}</p>
      <p>{tk('ethics.dialog.supporterLead')}</p>
      <ul className="worker-panel__list" data-testid="panel-ethics">
        {SUPPORTER_GUIDELINE_IDS.map((id) => (
          <li key={id}>{tk(ethicsKeys.guideline({ tab: 'supporter', id }))}</li>
        ))}
      </ul>
    </section>
  );
}
