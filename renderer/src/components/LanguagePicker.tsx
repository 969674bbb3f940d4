import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlLang, type Language } from '../../../shared/content/languages';
import { Icon } from './Icon';

type LanguagePickerProps = {
  readonly languages: readonly Language[];
  readonly current: Language;
  readonly onChoose: (language: Language) => void;
};

/**
 * One button per language, each named in its own language (and marked with `lang`, so a screen
 * reader says "Svenska" in Swedish). The current one is pressed and shows a check mark, so the
 * choice does not rely on colour alone.
 */
export function LanguagePicker({ languages, current, onChoose }: LanguagePickerProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section className="languages" aria-labelledby={headingId}>
      <h2 id={headingId} className="languages__title">
        {t('welcome.languageHeading')}
      </h2>
      <div className="languages__buttons">
        {languages.map((language) => (
          <button
            key={language}
            type="button"
            lang={htmlLang(language)}
            className="language-button"
            data-testid={`language-${language}`}
            aria-pressed={language === current}
            onClick={() => onChoose(language)}
          >
            {language === current && <Icon name="check" />}
            {i18n.getFixedT(language)('language.name')}
          </button>
        ))}
      </div>
    </section>
  );
}
