import { Icon } from './Icon';
import type { IconName } from './Icon';

type ToolbarButtonProps = {
  readonly icon: IconName;
  readonly label: string;
  readonly testId: string;
  readonly onClick: () => void;
  readonly disabled?: boolean;
  readonly variant?: 'plain' | 'end';
  /** Set when the button opens a dialog, so a screen reader says so before it is pressed. */
  readonly opensDialog?: boolean;
};

/** A large toolbar button: icon above a visible text label (the label is its name). */
export function ToolbarButton({ icon, label, testId, onClick, disabled = false, variant = 'plain', opensDialog = false }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={`toolbar-button toolbar-button--${variant}`}
      data-testid={testId}
      disabled={disabled}
      aria-haspopup={opensDialog ? 'dialog' : undefined}
      onClick={onClick}
    >
      <Icon name={icon} />
      <span className="toolbar-button__label">{label}</span>
    </button>
  );
}
