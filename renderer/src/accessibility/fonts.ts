/** The fonts the client can choose for the UI (their files are imported in styles.ts). */
import type { FontChoice } from '../../../shared/content/accessibility';

const SYSTEM_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/** The stacks of the [data-font] rules (documentCss.ts), also for showing each option in its own font. */
export const FONT_STACKS: Readonly<Record<FontChoice, string>> = {
  system: SYSTEM_STACK,
  atkinson: `'Atkinson Hyperlegible', ${SYSTEM_STACK}`,
  openDyslexic: `'OpenDyslexic', ${SYSTEM_STACK}`,
};
