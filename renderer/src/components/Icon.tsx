/**
 * Self-contained line icons (24×24, drawn with the current text colour). Always decorative:
 * every icon sits next to a visible text label, so it is hidden from assistive technology.
 */
const PATHS = {
  home: ['M3 11.5 12 4l9 7.5', 'M5.5 10v10h5v-6h3v6h5V10'],
  back: ['M20 12H5', 'M11 5.5 4.5 12l6.5 6.5'],
  forward: ['M4 12h15', 'M13 5.5l6.5 6.5-6.5 6.5'],
  reload: ['M19.5 12a7.5 7.5 0 1 1-2.2-5.3', 'M19.5 4v4.5H15'],
  end: ['M10 4H5v16h5', 'M15 7.5l4.5 4.5-4.5 4.5', 'M19.5 12H9.5'],
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  shield: ['M12 3.5 19.5 6v5.5c0 4.6-3.1 7.8-7.5 9-4.4-1.2-7.5-4.4-7.5-9V6z', 'M9 9l6 6', 'M15 9l-6 6'],
  clock: ['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M12 7v5l3.5 2'],
  alert: ['M12 3.5 21.5 20h-19z', 'M12 10v4.5', 'M12 17.2v.3'],
  arrowRight: ['M5 12h13', 'M12.5 6.5 18 12l-5.5 5.5'],
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { readonly name: IconName; readonly className?: string }) {
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
