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
  arrowLeft: ['M19 12H6', 'M11.5 6.5 6 12l5.5 5.5'],
  people: ['M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z', 'M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6', 'M16 4.3a3.5 3.5 0 0 1 0 6.4', 'M18 14.3c2.1.7 3.5 2.8 3.5 5.7'],
  lock: ['M5.5 10.5h13v10h-13z', 'M8.5 10.5V7.5a3.5 3.5 0 0 1 7 0v3', 'M12 14.5v2.5'],
  login: ['M14 4h5v16h-5', 'M9 7.5 13.5 12 9 16.5', 'M13.5 12H3.5'],
  send: ['M21 3 10.5 13.5', 'M21 3l-6.5 18-4-7.5-7.5-4z'],
  eye: ['M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z', 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z'],
  trash: ['M4 6.5h16', 'M9.5 6.5V4h5v2.5', 'M6 6.5l1 13.5h10l1-13.5', 'M10 10.5v6', 'M14 10.5v6'],
  book: ['M3.5 5.5c2.8-1 5.7-.8 8.5.9 2.8-1.7 5.7-1.9 8.5-.9V19c-2.8-1-5.7-.8-8.5.9-2.8-1.7-5.7-1.9-8.5-.9z', 'M12 6.4v13.5'],
  globe: ['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M3 12h18', 'M12 3c2.4 2.6 3.6 5.6 3.6 9s-1.2 6.4-3.6 9c-2.4-2.6-3.6-5.6-3.6-9S9.6 5.6 12 3z'],
  euro: ['M17.5 6.3a7 7 0 1 0 0 11.4', 'M4 10h9.5', 'M4 14h9.5'],
  mail: ['M3.5 6h17v12h-17z', 'M3.5 6.5 12 13l8.5-6.5'],
  receipt: ['M6 3.5h12v17l-2-1.3-2 1.3-2-1.3-2 1.3-2-1.3-2 1.3z', 'M9 8h6', 'M9 11.5h6', 'M9 15h3'],
  passport: ['M6 3.5h12v17H6z', 'M12 13.5a3 3 0 1 0 0-6 3 3 0 0 0 0 6z', 'M9.5 17h5'],
  paperclip: ['M20 11.5l-7.8 7.8a5 5 0 0 1-7-7.1l8.2-8.2a3.4 3.4 0 0 1 4.8 4.8l-8.1 8.1a1.7 1.7 0 0 1-2.4-2.4l7.4-7.4'],
  heart: ['M12 20s-8-4.7-8-10.3A4.3 4.3 0 0 1 12 7.3a4.3 4.3 0 0 1 8 2.4C20 15.3 12 20 12 20z'],
  question: ['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6v.6', 'M12 17.2v.3'],
  phone: ['M5 3.5h3.5l1.5 4.5-2 1.5a11 11 0 0 0 6 6l1.5-2 4.5 1.5V19a1.5 1.5 0 0 1-1.5 1.5A16.5 16.5 0 0 1 3.5 5 1.5 1.5 0 0 1 5 3.5z'],
  place: ['M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11z', 'M12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z'],
  idCard: ['M3 6h18v12H3z', 'M8.5 12.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4z', 'M5.5 16c.5-1.5 1.6-2.3 3-2.3s2.5.8 3 2.3', 'M14 10h4', 'M14 13.5h4'],
  building: ['M3.5 20.5h17', 'M5 20.5V9.5h14v11', 'M3.5 9.5 12 4l8.5 5.5', 'M8.5 13v4', 'M12 13v4', 'M15.5 13v4'],
  monitor: ['M3.5 4.5h17v11h-17z', 'M9 19.5h6', 'M12 15.5v4'],
  form: ['M6 3.5h9l3 3v14H6z', 'M9 10h6', 'M9 13.5h6', 'M9 17h3'],
  smile: ['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M8.5 14.5c1.8 2 5.2 2 7 0', 'M9 9.5v.5', 'M15 9.5v.5'],
  textSize: ['M3.5 19 8.5 5l5 14', 'M5.3 14h6.4', 'M15 19l3-8 3 8', 'M15.9 16.5h4.2'],
  speaker: ['M4 9.5h3.5L12 5.5v13l-4.5-4H4z', 'M15.5 9a4 4 0 0 1 0 6', 'M18 6.5a7.5 7.5 0 0 1 0 11'],
  contrast: ['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M12 3v18', 'M12 7.5h6.5', 'M12 12h9', 'M12 16.5h6.5'],
  close: ['M6 6l12 12', 'M18 6 6 18'],
  printer: ['M7 8.5V3.5h10v5', 'M5 17.5H3.5v-9h17v9H19', 'M7 14h10v6.5H7z', 'M17 11.5h.5'],
  chevronDown: ['M6 9.5l6 6 6-6'],
  minus: ['M5 12h14'],
  /** A person with open arms: the widely known accessibility sign. */
  person: ['M12 6.2a1.7 1.7 0 1 0 0-3.4 1.7 1.7 0 0 0 0 3.4z', 'M4.5 8.5 12 10l7.5-1.5', 'M12 10v4.5', 'M8.5 21l3.5-6.5 3.5 6.5'],
  plus: ['M5 12h14', 'M12 5v14'],
  stop: ['M7 7h10v10H7z'],
  reset: ['M4.5 12a7.5 7.5 0 1 0 2.2-5.3', 'M4.5 4v4.5H9'],
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
