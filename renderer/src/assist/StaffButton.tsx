import { Icon } from '../components/Icon';
import { useSend } from '../KioskContext';
import { useAssistT } from './useAssistT';

/** The discreet toolbar control that opens the staff PIN pad. */
export function StaffButton({ className }: { readonly className?: string } = {}) {
  const t = useAssistT();
  const send = useSend();
  return (
    <button
      type="button"
      className={className ? `staff-button ${className}` : 'staff-button'}
      data-testid="toolbar-staff"
      aria-haspopup="dialog"
      onClick={() => send('openStaffEntry', {})}
    >
      <Icon name="lock" />
      <span>{t('assist.staff.button')}</span>
    </button>
  );
}
