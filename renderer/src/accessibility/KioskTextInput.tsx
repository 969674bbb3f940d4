import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { InputHTMLAttributes } from 'react';
import Keyboard from 'react-simple-keyboard';
import { useAccessibility } from './context';
import { applyKey, keyboardLayoutFor } from './keyboard';
import { useA11yT } from './useA11yT';
import { useCurrentLanguage } from './useReadAloud';

export type KioskTextInputProps = InputHTMLAttributes<HTMLInputElement> & {
  readonly label: string;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
};

/**
 * A labelled text field of the kiosk's own UI. With the on-screen keyboard on, a keyboard in the
 * current language's layout opens under the field while it has focus. Its keys never take focus
 * (the field keeps the caret), and it is hidden from assistive technology: someone using a
 * screen reader has the physical keyboard, and fifty unlabelled keys would only be in the way.
 */
export function KioskTextInput({ label, value, onValueChange, id, className, onFocus, onBlur, onChange, ...rest }: KioskTextInputProps) {
  const { prefs } = useAccessibility();
  const language = useCurrentLanguage();
  const t = useA11yT();
  const autoId = useId();
  const inputId = id ?? autoId;
  const inputRef = useRef<HTMLInputElement>(null);
  const keyboardRef = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(false);
  const [shifted, setShifted] = useState(false);
  const caretRef = useRef<number | null>(null);
  const showKeyboard = prefs.onScreenKeyboard && focused && rest.disabled !== true && rest.readOnly !== true;

  // Puts the caret after what the keyboard typed, once React has written the new value.
  useLayoutEffect(() => {
    const caret = caretRef.current;
    caretRef.current = null;
    if (caret !== null) setCaret(inputRef.current, caret);
  }, [value]);

  useEffect(() => {
    if (showKeyboard) keyboardRef.current?.scrollIntoView({ block: 'nearest' });
  }, [showKeyboard]);

  const pressKey = (key: string): void => {
    const input = inputRef.current;
    if (input === null) return;
    const { start, end } = selectionOf(input, value);
    const result = applyKey({ value, start, end }, key, input.maxLength >= 0 ? input.maxLength : undefined);
    switch (result.kind) {
      case 'shift':
        setShifted((on) => !on);
        return;
      case 'done':
        input.form?.requestSubmit();
        input.blur();
        return;
      case 'edit':
        caretRef.current = result.caret;
        onValueChange(result.value);
        // Like a phone keyboard: shift is for one letter.
        setShifted(false);
        return;
      case 'none':
        return;
    }
  };
  // simple-keyboard keeps the handler it was given; this ref always reaches the current one.
  const pressKeyRef = useRef(pressKey);
  useLayoutEffect(() => {
    pressKeyRef.current = pressKey;
  });

  const layout = keyboardLayoutFor(language);

  return (
    <div className={className ? `kiosk-input ${className}` : 'kiosk-input'}>
      <label htmlFor={inputId} className="kiosk-input__label">
        {label}
      </label>
      <input
        type="text"
        autoComplete="off"
        spellCheck={false}
        {...rest}
        ref={inputRef}
        id={inputId}
        className="kiosk-input__field"
        value={value}
        onChange={(event) => {
          onChange?.(event);
          onValueChange(event.currentTarget.value);
        }}
        onFocus={(event) => {
          setFocused(true);
          onFocus?.(event);
        }}
        onBlur={(event) => {
          setFocused(false);
          setShifted(false);
          onBlur?.(event);
        }}
      />
      {showKeyboard && (
        // preventDefault keeps focus (and the caret) in the field when the gaps between keys are pressed.
        <div ref={keyboardRef} className="kiosk-keyboard" aria-hidden="true" data-testid="on-screen-keyboard" onMouseDown={(event) => event.preventDefault()}>
          <Keyboard
            layout={{ default: [...layout.default], shift: [...layout.shift] }}
            layoutName={shifted ? 'shift' : 'default'}
            display={{
              '{bksp}': `⌫ ${t('a11y.keyboard.backspace')}`,
              '{shift}': `⇧ ${t('a11y.keyboard.shift')}`,
              '{space}': t('a11y.keyboard.space'),
              '{enter}': `✓ ${t('a11y.keyboard.done')}`,
            }}
            buttonTheme={[
              { class: 'kiosk-keyboard__function', buttons: '{bksp} {shift} {enter}' },
              { class: 'kiosk-keyboard__space', buttons: '{space}' },
              ...(shifted ? [{ class: 'kiosk-keyboard__active', buttons: '{shift}' }] : []),
            ]}
            theme="hg-theme-default kiosk-keyboard__board"
            preventMouseDownDefault
            disableButtonHold
            onKeyPress={(key: string) => pressKeyRef.current(key)}
          />
        </div>
      )}
    </div>
  );
}

/** The field's selection; fields without one (type=email) edit at the end. */
function selectionOf(input: HTMLInputElement, value: string): { start: number; end: number } {
  try {
    return { start: input.selectionStart ?? value.length, end: input.selectionEnd ?? value.length };
  } catch {
    return { start: value.length, end: value.length };
  }
}

function setCaret(input: HTMLInputElement | null, caret: number): void {
  try {
    input?.setSelectionRange(caret, caret);
  } catch {
    // Some input types have no caret to place.
  }
}
