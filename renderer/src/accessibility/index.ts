/**
 * The client's accessibility adjustments in the UI (issue 3, item 3). Import this module once
 * from the app; it brings its own stylesheets.
 */
import './styles';

export { AccessibilityButton } from './AccessibilityButton';
export { AccessibilityPanel } from './AccessibilityPanel';
export { AccessibilityProvider } from './AccessibilityProvider';
export { useAccessibility } from './context';
export type { Accessibility } from './context';
export { KioskTextInput } from './KioskTextInput';
export type { KioskTextInputProps } from './KioskTextInput';
export { accessibilityMessages, accessibilityOptionMessages } from './messages';
export type { A11yKey, A11yMessages, AccessibilityOptionMessages, OptionKey } from './messages';
export { ReadAloudButton } from './ReadAloudButton';
export { useReadAloud } from './useReadAloud';
export type { ReadAloud } from './useReadAloud';
