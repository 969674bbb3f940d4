import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/bridge';
import { LanguagePicker } from '../components/LanguagePicker';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useSend } from '../KioskContext';

/** The attract screen: what this computer is for, the language, and one big Start button. */
export function WelcomeScreen({ snapshot }: { readonly snapshot: Snapshot }) {
  const { t } = useTranslation();
  const send = useSend();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { language } = snapshot.session;

  return (
    <div className="screen screen--welcome" data-testid="welcome">
      <header className="brand-bar">
        <p className="brand-bar__name">{t('app.name')}</p>
      </header>
      <main className="welcome">
        <h1 ref={headingRef} tabIndex={-1} className="welcome__title">
          {t('welcome.title')}
        </h1>
        <p className="welcome__lead">{t('welcome.lead')}</p>
        <ul className="welcome__points">
          <li>{t('welcome.yourself')}</li>
          <li>{t('welcome.wipe')}</li>
        </ul>
        {snapshot.languages.length > 1 && (
          <LanguagePicker languages={snapshot.languages} current={language} onChoose={(choice) => send('setLanguage', { language: choice })} />
        )}
        <button type="button" className="button button--primary button--start" data-testid="start-session" onClick={() => send('startSession', { language })}>
          {t('welcome.start')}
        </button>
      </main>
    </div>
  );
}
