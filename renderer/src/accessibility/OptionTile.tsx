import type { CSSProperties, ReactNode } from 'react';
import { Icon } from '../components/Icon';

type OptionTileProps = {
  /** The radio group's name. */
  readonly name: string;
  readonly checked: boolean;
  readonly onSelect: () => void;
  readonly testId: string;
  readonly className?: string;
  readonly style?: CSSProperties;
  /** The visible content; its text is the option's accessible name. */
  readonly children: ReactNode;
};

/**
 * One choice of a radio group, as a large tile. A real radio button (arrow keys move within the
 * group, a screen reader says "3 of 4, selected") stretched invisibly over the whole tile, so a
 * tap anywhere on it chooses. The chosen tile has a thicker outline and a check mark, so the
 * choice does not rest on colour alone.
 */
export function OptionTile({ name, checked, onSelect, testId, className, style, children }: OptionTileProps) {
  return (
    <label className={className ? `a11y-option ${className}` : 'a11y-option'} style={style}>
      <input type="radio" className="a11y-option__input" name={name} checked={checked} onChange={onSelect} data-testid={testId} />
      {children}
      <Icon name="check" className="a11y-option__check" />
    </label>
  );
}
