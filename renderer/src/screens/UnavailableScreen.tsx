import { useTranslation } from 'react-i18next';
import { htmlLang, LANGUAGES } from '../../../shared/content/languages';

/**
 * Shown when the host bridge is missing or the UI failed. The session language is unknown
 * here, so the message is given in every language, each marked with its `lang`.
 */
export function UnavailableScreen() {
  const { i18n } = useTranslation();
  return (
    <main className="screen screen--centered" data-testid="unavailable">
      {LANGUAGES.map((language, index) => {
        const t = i18n.getFixedT(language);
        const Heading = index === 0 ? 'h1' : 'h2';
        return (
          <section key={language} lang={htmlLang(language)} className="unavailable__block">
            <Heading className={index === 0 ? 'centered__title' : 'centered__subtitle'}>{t('unavailable.title')}</Heading>
            <p className="centered__body">{t('unavailable.body')}</p>
          </section>
        );
      })}
    </main>
  );
}
