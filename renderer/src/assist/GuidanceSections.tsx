import type { NeedCategory } from '../../../shared/content/assessment-model';
import { NEED_CATEGORIES } from '../../../shared/content/assessment-model';
import type { CommunicationStyle } from '../../../shared/content/worker-guidance';
import { COMMUNICATION_STYLES, guidanceKeys, needResponseKeys, needSignalKeys, styleResponseKeys } from '../../../shared/content/worker-guidance';
import { useKeyT } from '../i18n/dynamic';
import { useSend } from '../KioskContext';
import { useAssistT } from './useAssistT';

function KeyList({ keys, testId }: { readonly keys: readonly string[]; readonly testId?: string }) {
  const tk = useKeyT();
  return (
    <ul className="worker-panel__list" data-testid={testId}>
      {keys.map((key) => (
        <li key={key}>{tk(key)}</li>
      ))}
    </ul>
  );
}

/** Signals and responses for the primary need: from the shared answers, or picked by the worker. */
export function NeedSection({ need, fromAnswers, onPick }: { readonly need: NeedCategory | null; readonly fromAnswers: boolean; readonly onPick: (need: NeedCategory) => void }) {
  const t = useAssistT();
  const tk = useKeyT();
  return (
    <section className="worker-panel__section" aria-labelledby="wp-need">
      <h3 id="wp-need">{t('assist.panel.need.title')}</h3>
      <p id="wp-need-pick">{fromAnswers ? t('assist.panel.need.fromAnswers') : t('assist.panel.need.pick')}</p>
      <div className="worker-panel__choices" role="group" aria-labelledby="wp-need-pick">
        {NEED_CATEGORIES.map((id) => (
          <button key={id} type="button" className="choice-button" aria-pressed={need === id} data-testid={`need-${id}`} onClick={() => onPick(id)}>
            {tk(guidanceKeys.needTitle(id))}
          </button>
        ))}
      </div>
      {need !== null && (
        <>
          <h4>{tk(guidanceKeys.heading('signals'))}</h4>
          <KeyList keys={needSignalKeys(need)} testId="need-signals" />
          <h4>{tk(guidanceKeys.heading('responses'))}</h4>
          <KeyList keys={needResponseKeys(need)} testId="need-responses" />
        </>
      )}
    </section>
  );
}

/** The client's communication style, if the worker picks one, and how to respond to it. */
export function StyleSection({ style }: { readonly style: CommunicationStyle | null }) {
  const t = useAssistT();
  const tk = useKeyT();
  const send = useSend();
  return (
    <section className="worker-panel__section" aria-labelledby="wp-style">
      <h3 id="wp-style">{t('assist.panel.style.title')}</h3>
      <p id="wp-style-pick">{t('assist.panel.style.pick')}</p>
      <div className="worker-panel__choices" role="group" aria-labelledby="wp-style-pick">
        {COMMUNICATION_STYLES.map((id) => (
          <button
            key={id}
            type="button"
            className="choice-button"
            aria-pressed={style === id}
            data-testid={`style-${id}`}
            onClick={() => send('setCommunicationStyle', { style: id })}
          >
            {tk(guidanceKeys.styleTitle(id))}
          </button>
        ))}
        <button type="button" className="choice-button" aria-pressed={style === null} data-testid="style-none" onClick={() => send('setCommunicationStyle', { style: null })}>
          {t('assist.panel.style.none')}
        </button>
      </div>
      {style !== null && (
        <>
          <p className="worker-panel__description">{tk(guidanceKeys.styleDescription(style))}</p>
          <h4>{tk(guidanceKeys.heading('responses'))}</h4>
          <KeyList keys={styleResponseKeys(style)} testId="style-responses" />
        </>
      )}
    </section>
  );
}
