import { Icon } from '../components/Icon';
import { useAssistT } from './useAssistT';

/** Tells the client, always while a worker is in, that someone is helping and nothing stays. */
/** `onEnd` is null while the panel is hidden (privacy moment): ending is done from the panel. */
export function AssistBanner({ onEnd }: { readonly onEnd: (() => void) | null }) {
  const t = useAssistT();
  return (
    <section className="assist-banner" data-testid="assist-banner" aria-labelledby="assist-banner-title">
      <Icon name="people" className="assist-banner__icon" />
      <div className="assist-banner__text">
        <p id="assist-banner-title" className="assist-banner__title">
          {t('assist.banner.title')}
        </p>
        <p className="assist-banner__body">{t('assist.banner.body')}</p>
      </div>
      {onEnd !== null && (
        <button type="button" className="button button--secondary assist-banner__end" data-testid="banner-end" onClick={onEnd}>
          {t('assist.banner.end')}
        </button>
      )}
    </section>
  );
}
