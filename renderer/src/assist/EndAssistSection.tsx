import { useState } from 'react';
import type { FormEvent, RefObject } from 'react';
import type { Language } from '../../../shared/content/languages';
import { localized } from '../../../shared/content/languages';
import type { Referral } from '../../../shared/content/referrals';
import type { AssistOutcome } from '../../../shared/content/worker-guidance';
import { ASSIST_OUTCOMES, guidanceKeys } from '../../../shared/content/worker-guidance';
import { useKeyT } from '../i18n/dynamic';
import { useSend } from '../KioskContext';
import { useAssistT } from './useAssistT';

type EndProps = {
  readonly directory: readonly Referral[];
  readonly language: Language;
  /** The first outcome choice: the banner's "End help" moves focus here. */
  readonly firstOutcomeRef: RefObject<HTMLInputElement | null>;
};

/** Ends assist mode, recording the outcome (and where the client was referred, if anywhere). */
export function EndAssistSection({ directory, language, firstOutcomeRef }: EndProps) {
  const t = useAssistT();
  const tk = useKeyT();
  const send = useSend();
  const [outcome, setOutcome] = useState<AssistOutcome | null>(null);
  const [referralId, setReferralId] = useState('');

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (outcome === null) return;
    send('exitAssist', { outcome, referralId: referralId === '' ? null : referralId });
  };

  return (
    <section className="worker-panel__section worker-panel__section--end" aria-labelledby="wp-end">
      <h3 id="wp-end">{t('assist.panel.end.title')}</h3>
      <form onSubmit={submit}>
        <fieldset className="outcome-choices">
          <legend>{t('assist.panel.end.outcome')}</legend>
          {ASSIST_OUTCOMES.map((id, index) => (
            <label key={id} className="outcome-choice">
              <input
                ref={index === 0 ? firstOutcomeRef : undefined}
                type="radio"
                name="assist-outcome"
                value={id}
                checked={outcome === id}
                data-testid={`outcome-${id}`}
                onChange={() => setOutcome(id)}
              />
              <span>{tk(guidanceKeys.outcome(id))}</span>
            </label>
          ))}
        </fieldset>
        <label className="end-referral">
          <span>{t('assist.panel.end.referral')}</span>
          <select value={referralId} data-testid="end-referral" onChange={(event) => setReferralId(event.target.value)}>
            <option value="">{t('assist.panel.end.noReferral')}</option>
            {directory.map((referral) => (
              <option key={referral.id} value={referral.id}>
                {localized(referral.name, language)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--primary" data-testid="end-assist" disabled={outcome === null}>
          {t('assist.panel.end.submit')}
        </button>
      </form>
    </section>
  );
}
