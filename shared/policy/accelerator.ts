/**
 * Whether a key press is the staff key combination from the configuration (an Electron-style
 * accelerator such as `Control+Alt+Shift+H`, validated by shared/config/schema.ts). Compared by
 * physical key code, like the shortcut lock, so it works on every keyboard layout.
 */
import type { ShortcutInput } from './shortcuts';

interface Accelerator {
  readonly code: string;
  readonly control: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
  readonly meta: boolean;
}

const cache = new Map<string, Accelerator | null>();

export function parseAccelerator(accelerator: string): Accelerator | null {
  const cached = cache.get(accelerator);
  if (cached !== undefined) return cached;
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const known = ['control', 'ctrl', 'alt', 'shift', 'super', 'meta', 'commandorcontrol', 'cmdorctrl'];
  let code: string | null = null;
  if (/^[A-Z]$/.test(key)) code = `Key${key}`;
  else if (/^[0-9]$/.test(key)) code = `Digit${key}`;
  else if (/^F([1-9]|1[0-9]|2[0-4])$/.test(key)) code = key;
  const parsed =
    code === null || mods.size === 0 || [...mods].some((m) => !known.includes(m))
      ? null
      : {
          code,
          control: mods.has('control') || mods.has('ctrl') || mods.has('commandorcontrol') || mods.has('cmdorctrl'),
          shift: mods.has('shift'),
          alt: mods.has('alt'),
          meta: mods.has('super') || mods.has('meta'),
        };
  cache.set(accelerator, parsed);
  return parsed;
}

export function matchesAccelerator(input: ShortcutInput, accelerator: string): boolean {
  const a = parseAccelerator(accelerator);
  return (
    a !== null &&
    input.code === a.code &&
    input.control === a.control &&
    input.shift === a.shift &&
    input.alt === a.alt &&
    input.meta === a.meta
  );
}
