import type { Snapshot } from '../../../shared/bridge';
import { Icon } from '../components/Icon';
import { useSend } from '../KioskContext';
import { useAssistT } from './useAssistT';

/** The client's "I need help" toolbar button: raises or lowers the help sign. */
export function HelpButton({ snapshot }: { readonly snapshot: Snapshot }) {
  const t = useAssistT();
  const send = useSend();
  const pressed = snapshot.assist.helpRequested;
  // With a worker already in, there is nobody to call over.
  const disabled = snapshot.session.phase !== 'active' || snapshot.assist.mode === 'on';
  return (
    <button
      type="button"
      className="toolbar-button toolbar-button--plain help-button"
      data-testid="toolbar-help"
      aria-pressed={pressed}
      disabled={disabled}
      onClick={() => send(pressed ? 'cancelHelp' : 'requestHelp', {})}
    >
      <Icon name="people" />
      <span className="toolbar-button__label">{t('assist.help.button')}</span>
    </button>
  );
}
