/**
 * The digits typed on the PIN pad. Pure, so the rules are tested without a DOM: digits only,
 * at most MAX_PIN_DIGITS (the bridge refuses more), submit only from MIN_PIN_DIGITS on.
 */
export const MIN_PIN_DIGITS = 4;
export const MAX_PIN_DIGITS = 12;

export type PinAction = { readonly type: 'digit'; readonly digit: string } | { readonly type: 'erase' } | { readonly type: 'clear' };

export function nextPin(pin: string, action: PinAction): string {
  switch (action.type) {
    case 'digit':
      if (!/^[0-9]$/.test(action.digit) || pin.length >= MAX_PIN_DIGITS) return pin;
      return pin + action.digit;
    case 'erase':
      return pin.slice(0, -1);
    case 'clear':
      return '';
  }
}

export function canSubmitPin(pin: string): boolean {
  return /^[0-9]+$/.test(pin) && pin.length >= MIN_PIN_DIGITS && pin.length <= MAX_PIN_DIGITS;
}

/** The physical key as a pad action, or null for keys the pad ignores. */
export function pinActionForKey(key: string): PinAction | null {
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
  if (key === 'Backspace') return { type: 'erase' };
  if (key === 'Delete') return { type: 'clear' };
  return null;
}
