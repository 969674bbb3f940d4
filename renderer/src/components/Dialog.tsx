import { useId, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import { useFocusTrap } from '../hooks/useFocusTrap';
import { Icon } from './Icon';
import type { IconName } from './Icon';

type DialogProps = {
  /** 'alertdialog' for modals that interrupt with something urgent (idle, end, blocked). */
  readonly role?: 'dialog' | 'alertdialog';
  readonly title: string;
  readonly icon?: IconName;
  readonly testId: string;
  /** The element that gets focus on open; the first button when not given. */
  readonly initialFocusRef?: RefObject<HTMLElement | null>;
  readonly onEscape?: () => void;
  /**
   * Whether the body becomes the dialog's accessible description (read out on opening). Off
   * for long bodies such as the guidelines, which would otherwise be read out in full at once.
   */
  readonly describedByBody?: boolean;
  /** The explanation; by default it becomes the dialog's accessible description. */
  readonly children: ReactNode;
  /** The buttons, laid out at the bottom. */
  readonly actions: ReactNode;
};

/**
 * A real modal: labelled by its title, described by its body, focus moved in and kept there.
 * The caller renders it outside the (then inert) screen, so nothing behind it can be reached.
 */
export function Dialog({ role = 'alertdialog', title, icon, testId, initialFocusRef, onEscape, describedByBody = true, children, actions }: DialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const fallbackFocusRef = useRef<HTMLElement>(null);
  useFocusTrap(panelRef, initialFocusRef ?? fallbackFocusRef, onEscape);

  return (
    <div className="dialog-backdrop">
      <div
        ref={panelRef}
        className="dialog"
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedByBody ? bodyId : undefined}
        tabIndex={-1}
        data-testid={testId}
      >
        {icon && <Icon name={icon} className="dialog__icon" />}
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <div id={bodyId} className="dialog__body">
          {children}
        </div>
        <div className="dialog__actions">{actions}</div>
      </div>
    </div>
  );
}
