import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/bridge';
import type { Language } from '../../../shared/content/languages';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useSend } from '../KioskContext';
import { ServiceTile } from './ServiceTile';

/** The home screen of a session: one tile per allowlisted e-service. */
export function HomeTiles({ services, language }: { readonly services: Snapshot['services']; readonly language: Language }) {
  const { t } = useTranslation();
  const send = useSend();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="home">
      <h1 ref={headingRef} tabIndex={-1} className="home__title">
        {t('home.title')}
      </h1>
      <p className="home__intro">{t('home.intro')}</p>
      <ul className="tiles" aria-label={t('home.listLabel')}>
        {services.map((service) => (
          <li key={service.id} className="tiles__item">
            <ServiceTile service={service} language={language} onOpen={() => send('openService', { serviceId: service.id })} />
          </li>
        ))}
      </ul>
    </div>
  );
}
