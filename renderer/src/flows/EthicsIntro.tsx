import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPECTATION_IDS, ethicsKeys } from '../../../shared/content/ethics';
import { ReadAloudButton } from '../accessibility';
import { Icon } from '../components/Icon';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useKeyT } from '../i18n/dynamic';
import { useSend } from '../KioskContext';
import { useClientFlows } from './ClientFlowsContext';
import { EXPECTATION_ICONS } from './icons';

/**
 * "What to expect here", before the first service opens (DVV's ethics of digital support, in
 * our words). The host refuses services until the client has acknowledged it; the ethics
 * machine follows the host's acknowledgement (ClientFlowsProvider).
 */
export function EthicsIntro() {
  const { t } = useTranslation();
  const tk = useKeyT();
  const send = useSend();
  const { ethics } = useClientFlows();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const textId = useId();

  return (
    <div className="flow" data-testid="ethics-intro">
      <div id={textId} className="flow__text">
        <h1 ref={headingRef} tabIndex={-1} className="flow__title">
          {t('ethics.intro.title')}
        </h1>
        <p className="flow__lead">{t('ethics.intro.lead')}</p>
        <ul className="expectations">
          {EXPECTATION_IDS.map((id) => (
            <li key={id} className="expectations__item">
              <span className="expectations__icon">
                <Icon name={EXPECTATION_ICONS[id]} />
              </span>
              <span className="expectations__text">{tk(ethicsKeys.expectation(id))}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="flow__tools">
        <ReadAloudButton targetId={textId} />
      </div>
      <div className="flow__actions">
        <button
          type="button"
          className="button button--primary button--large"
          data-testid="ethics-acknowledge"
          onClick={() => send('acknowledgeEthics', {})}
        >
          {t('ethics.intro.acknowledge')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="ethics-read-guidelines"
          onClick={() => ethics.send({ type: 'OPEN_GUIDELINES', tab: 'client' })}
        >
          <Icon name="book" />
          {t('ethics.intro.readAll')}
        </button>
      </div>
    </div>
  );
}
