import { useId } from 'react';
import type { ReactNode } from 'react';
import { useA11yT } from './useA11yT';

type SwitchRowProps = {
  readonly label: string;
  readonly description: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly testId: string;
  /** Shown under the row (e.g. the read-aloud note); outside the tappable area. */
  readonly children?: ReactNode;
};

/**
 * An on/off setting: a real checkbox with the switch role, stretched invisibly over the whole
 * row, so a tap anywhere on it toggles. The visible label is its name and the description its
 * description; the track and the word "On"/"Off" show the state (not colour alone).
 */
export function SwitchRow({ label, description, checked, onChange, testId, children }: SwitchRowProps) {
  const t = useA11yT();
  const id = useId();
  const descriptionId = `${id}-description`;
  return (
    <div className="a11y-switch-block">
      <div className="a11y-switch">
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="a11y-switch__input"
          checked={checked}
          onChange={(event) => onChange(event.currentTarget.checked)}
          aria-describedby={descriptionId}
          data-testid={testId}
        />
        <span className="a11y-switch__text">
          <label htmlFor={id} className="a11y-switch__label">
            {label}
          </label>
          <span id={descriptionId} className="a11y-switch__description">
            {description}
          </span>
        </span>
        <span className="a11y-switch__state" aria-hidden="true">
          <span className="a11y-switch__track">
            <span className="a11y-switch__thumb" />
          </span>
          <span className="a11y-switch__word">{checked ? t('a11y.panel.on') : t('a11y.panel.off')}</span>
        </span>
      </div>
      {children}
    </div>
  );
}
