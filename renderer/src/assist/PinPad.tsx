import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import type { Snapshot } from '../../../shared/bridge';
import { pinMessage } from '../../../shared/machines/assist';
import { Dialog } from '../components/Dialog';
import { useKeyT } from '../i18n/dynamic';
import { useSend } from '../KioskContext';
import { canSubmitPin, MAX_PIN_DIGITS, nextPin, pinActionForKey } from './pin-buffer';
import type { PinAction } from './pin-buffer';
import { useAssistT } from './useAssistT';
import { useNow } from './useNow';

/** The keys above the bottom row (erase, 0), in phone order. */
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * The staff PIN pad: big digit keys, dots for what was typed (never the digits), the host's
 * answer as text. The PIN lives only in this component's state and is cleared once sent.
 */
export function PinPad({ assist }: { readonly assist: Snapshot['assist'] }) {
  const t = useAssistT();
  const tk = useKeyT();
  const send = useSend();
  const [pin, setPin] = useState('');
  const statusId = useId();
  const firstDigitRef = useRef<HTMLButtonElement>(null);
  const checking = assist.mode === 'checking';
  const lockedUntil = assist.pinError?.lockedUntil ?? null;
  const now = useNow(1000, lockedUntil !== null);
  const locked = lockedUntil !== null && lockedUntil > now;
  const busy = checking || locked;
  const message = assist.pinError === null ? null : pinMessage(assist.pinError, now);

  const apply = (action: PinAction): void => {
    if (!busy) setPin((current) => nextPin(current, action));
  };
  const submit = (): void => {
    if (busy || !canSubmitPin(pin)) return;
    send('submitPin', { pin });
    setPin('');
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      // Enter on a focused key presses that key; anywhere else it means OK.
      if (event.target instanceof HTMLButtonElement) return;
      event.preventDefault();
      submit();
      return;
    }
    const action = pinActionForKey(event.key);
    if (action === null || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    apply(action);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent): void => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return (
    <Dialog
      role="dialog"
      title={t('assist.pin.title')}
      icon="lock"
      testId="pin-pad"
      initialFocusRef={firstDigitRef}
      onEscape={() => send('cancelPin', {})}
      actions={
        <>
          <button type="button" className="button button--secondary" data-testid="pin-cancel" onClick={() => send('cancelPin', {})}>
            {t('assist.pin.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="pin-submit"
            disabled={busy || !canSubmitPin(pin)}
            aria-describedby={statusId}
            onClick={submit}
          >
            {t('assist.pin.submit')}
          </button>
        </>
      }
    >
      <p>{t('assist.pin.lead')}</p>
      <div className="pin-pad__dots" aria-hidden="true" data-testid="pin-dots" data-count={pin.length}>
        {Array.from({ length: Math.max(4, pin.length) }, (_, i) => (
          <span key={i} className={i < pin.length ? 'pin-pad__dot pin-pad__dot--filled' : 'pin-pad__dot'} />
        ))}
      </div>
      <p id={statusId} className="visually-hidden" aria-live="polite">
        {t('assist.pin.entered', { count: pin.length })}
      </p>
      <div aria-live="assertive" className="pin-pad__message-slot">
        {checking && (
          <p className="pin-pad__checking" data-testid="pin-checking">
            <span className="pin-pad__spinner" aria-hidden="true" />
            {t('assist.pin.checking')}
          </p>
        )}
        {!checking && message !== null && (
          <p className="pin-pad__error" data-testid="pin-error">
            {tk(message.key, message.values)}
          </p>
        )}
      </div>
      <div className="pin-pad__keys" role="group" aria-label={t('assist.pin.pad')} aria-busy={checking}>
        {DIGITS.map((digit, index) => (
          <button
            key={digit}
            ref={index === 0 ? firstDigitRef : undefined}
            type="button"
            className="pin-pad__key"
            data-testid={`pin-digit-${digit}`}
            disabled={busy}
            onClick={() => apply({ type: 'digit', digit })}
          >
            {digit}
          </button>
        ))}
        <button type="button" className="pin-pad__key pin-pad__key--erase" data-testid="pin-erase" disabled={busy || pin.length === 0} onClick={() => apply({ type: 'erase' })}>
          {t('assist.pin.erase')}
        </button>
        <button type="button" className="pin-pad__key" data-testid="pin-digit-0" disabled={busy} onClick={() => apply({ type: 'digit', digit: '0' })}>
          0
        </button>
        <span aria-hidden="true" className="pin-pad__limit">
          {pin.length}/{MAX_PIN_DIGITS}
        </span>
      </div>
    </Dialog>
  );
}
