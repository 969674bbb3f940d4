import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { temporaryHostOf } from '../../../shared/machines/assist';
import { KioskTextInput } from '../accessibility';
import { useSend } from '../KioskContext';
import { useAssistT } from './useAssistT';

/** One more host for this client session only: an exact host, checked before it is sent. */
export function AllowHostSection({ allowed }: { readonly allowed: readonly string[] }) {
  const t = useAssistT();
  const send = useSend();
  const [host, setHost] = useState('');
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const normal = temporaryHostOf(host);
    setInvalid(normal === null);
    if (normal === null) return;
    send('allowHostTemporarily', { host: normal });
    setHost('');
  };

  return (
    <section className="worker-panel__section" aria-labelledby="wp-allow">
      <h3 id="wp-allow">{t('assist.panel.allow.title')}</h3>
      <form className="allow-form" onSubmit={submit} noValidate>
        <KioskTextInput
          label={t('assist.panel.allow.label')}
          value={host}
          onValueChange={(value) => {
            setHost(value);
            setInvalid(false);
          }}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={260}
          data-testid="allow-host-input"
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
        />
        {invalid && (
          <p id={errorId} className="worker-panel__error" role="alert" data-testid="allow-host-error">
            {t('assist.panel.allow.invalid')}
          </p>
        )}
        <button type="submit" className="button button--secondary" data-testid="allow-host-submit">
          {t('assist.panel.allow.submit')}
        </button>
      </form>
      {allowed.length === 0 ? (
        <p>{t('assist.panel.allow.none')}</p>
      ) : (
        <>
          <p>{t('assist.panel.allow.allowed')}</p>
          <ul className="worker-panel__list" data-testid="allowed-hosts">
            {allowed.map((h) => (
              <li key={h} className="worker-panel__host">
                {h}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
