import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/bridge';
import { AccessibilityButton, ReadAloudButton } from '../accessibility';
import { LanguagePicker } from '../components/LanguagePicker';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useSend } from '../KioskContext';

/**
 * The attract screen: what this computer is for, the language, the accessibility settings
 * (before anything else, for those who need them to read the rest), and one big Start button.
 */
export function WelcomeScreen({ snapshot }: { readonly snapshot: Snapshot }) {
  const { t } = useTranslation();
  const send = useSend();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { language } = snapshot.session;
  const textId = useId();

  return (
    <div className="screen screen--welcome" data-testid="welcome">
      <header className="brand-bar">
        <p className="brand-bar__name">{t('app.name')}</p>
        <AccessibilityButton variant="welcome" />
      </header>
      <main className="welcome">
        <div id={textId} className="welcome__text">
          <h1 ref={headingRef} tabIndex={-1} className="welcome__title">
            {t('welcome.title')}
          </h1>
          <p className="welcome__lead">{t('welcome.lead')}</p>
          <ul className="welcome__points">
            <li>{t('welcome.yourself')}</li>
            <li>{t('welcome.wipe')}</li>
          </ul>
        </div>
        <ReadAloudButton targetId={textId} />
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
