import { useId, useRef } from 'react';
import { Icon } from '../components/Icon';
import { useFocusTrap } from '../hooks/useFocusTrap';
import { useSend } from '../KioskContext';
import { StaffButton } from './StaffButton';
import { useAssistT } from './useAssistT';

/**
 * The client's help sign: large enough to be seen across the room. It stays until staff join
 * (the host lowers it) or the client cancels; the staff member joins from its own Staff control,
 * because the toolbar behind a modal cannot be reached.
 */
export function HelpSign() {
  const t = useAssistT();
  const send = useSend();
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useFocusTrap(panelRef, cancelRef, () => send('cancelHelp', {}));
  return (
    <div className="help-sign" ref={panelRef} role="alertdialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} data-testid="help-sign">
      <div className="help-sign__sign">
        <Icon name="people" className="help-sign__icon" />
        <h2 id={titleId} className="help-sign__title">
          {t('assist.helpSign.title')}
        </h2>
        <p className="help-sign__body">{t('assist.helpSign.body')}</p>
      </div>
      <div className="help-sign__actions">
        <button ref={cancelRef} type="button" className="button button--secondary button--large" data-testid="help-cancel" onClick={() => send('cancelHelp', {})}>
          {t('assist.helpSign.cancel')}
        </button>
        <StaffButton className="help-sign__staff" />
      </div>
    </div>
  );
}
