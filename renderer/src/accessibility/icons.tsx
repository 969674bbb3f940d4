/**
 * This feature's own line icons (24×24, in the current text colour), always next to a visible
 * label and therefore hidden from assistive technology.
 */
const PATHS = {
  /** A person with open arms: the widely known accessibility sign. */
  person: ['M12 6.2a1.7 1.7 0 1 0 0-3.4 1.7 1.7 0 0 0 0 3.4z', 'M4.5 8.5 12 10l7.5-1.5', 'M12 10v4.5', 'M8.5 21l3.5-6.5 3.5 6.5'],
  close: ['M6 6l12 12', 'M18 6 6 18'],
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  minus: ['M5 12h14'],
  plus: ['M5 12h14', 'M12 5v14'],
  speaker: ['M4 9.5h3.5L12 5.5v13l-4.5-4H4z', 'M15.5 9a4 4 0 0 1 0 6', 'M18 6.5a7.5 7.5 0 0 1 0 11'],
  stop: ['M7 7h10v10H7z'],
  reset: ['M4.5 12a7.5 7.5 0 1 0 2.2-5.3', 'M4.5 4v4.5H9'],
} as const;

export type A11yIconName = keyof typeof PATHS;

export function A11yIcon({ name, className }: { readonly name: A11yIconName; readonly className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
