import { useAccessibility } from './context';
import { Icon } from '../components/Icon';
import { useA11yT } from './useA11yT';

/**
 * Opens the accessibility panel: one tap away on every screen. In the toolbar it looks like the
 * other toolbar buttons (their classes); on the welcome screen it is a large pill that says
 * what it offers.
 */
export function AccessibilityButton({ variant }: { readonly variant: 'toolbar' | 'welcome' }) {
  const { openPanel } = useAccessibility();
  const t = useA11yT();
  const toolbar = variant === 'toolbar';
  return (
    <button
      type="button"
      className={toolbar ? 'toolbar-button toolbar-button--plain a11y-open a11y-open--toolbar' : 'a11y-open a11y-open--welcome'}
      data-testid="accessibility-open"
      aria-haspopup="dialog"
      onClick={openPanel}
    >
      <Icon name="person" className="a11y-open__icon" />
      <span className={toolbar ? 'toolbar-button__label' : 'a11y-open__label'}>{toolbar ? t('a11y.open.toolbar') : t('a11y.open.welcome')}</span>
    </button>
  );
}
