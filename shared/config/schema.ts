import { z } from 'zod';
import { LanguageSchema, LocalizedTextSchema } from '../content/languages';
import { ReferralDirectorySchema } from '../content/referrals';
import { isValidHostPattern } from '../policy/navigation';

/** One tile on the home screen: an allowlisted e-service the client can open. */
export const ServiceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'use lower-case letters, digits and dashes'),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** Where the tile opens; its host is allowlisted automatically. Must be https. */
  url: z.string().url().refine((u) => u.startsWith('https://'), 'service URLs must use https'),
  /**
   * Visited before the wipe when the client used this service, so that the service's own
   * session ends on its server too. Must be https on an allowlisted host.
   */
  logoutUrl: z
    .string()
    .url()
    .refine((u) => u.startsWith('https://'), 'logout URLs must use https')
    .optional(),
});
export type Service = z.infer<typeof ServiceSchema>;

/**
 * A host pattern for the allowlist: `kela.fi`, `*.kela.fi`, optionally with a port (`kela.test:8443`).
 * The grammar is checked here; matching lives in shared/policy/navigation.ts.
 */
export const HostPatternSchema = z
  .string()
  .min(1)
  .max(260)
  .refine(isValidHostPattern, 'a host name (kela.fi), optionally starting with *. and ending with :port');

export const IdleSchema = z.object({
  /** Seconds without input before the idle warning appears. */
  timeoutSeconds: z.number().int().min(5).max(3600),
  /** Countdown shown in the warning. WCAG 2.2.1 asks for at least 20 seconds to respond. */
  warningSeconds: z.number().int().min(20).max(600),
  /** How long the "end session?" confirmation waits before it ends the session anyway. */
  endConfirmSeconds: z.number().int().min(20).max(600),
});

/** `#rrggbb`: one spelling, so contrast can be computed and the JSON Schema can say it. */
export const HexColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb, e.g. #0050a0');

/** Relative luminance per WCAG 2.x, from a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The service point's look: its name in the toolbar, an optional logo and the brand colour.
 * Text on the brand colour must keep WCAG AA contrast (4.5:1), whatever IT picks.
 */
export const BrandingSchema = z
  .strictObject({
    /** Shown on the welcome screen and in the toolbar, e.g. "Suomi-piste Kallio". */
    name: z.string().trim().min(1).max(60),
    /**
     * An absolute path to a PNG, SVG, JPEG or WebP file on the kiosk (IT's, read-only to the
     * kiosk account), or null for no logo. A path, not a URL: the kiosk loads nothing remote.
     */
    logo: z
      .string()
      .max(260)
      // Spelled without the `i` flag so the JSON Schema for editors means the same.
      .regex(
        /^(\/|[A-Za-z]:\\)[^\0]*\.([pP][nN][gG]|[sS][vV][gG]|[jJ][pP][eE]?[gG]|[wW][eE][bB][pP])$/,
        'an absolute path to a .png, .svg, .jpg or .webp file',
      )
      .nullable(),
    colours: z.strictObject({
      /** The brand colour: toolbar and primary buttons. */
      primary: HexColourSchema,
      /** Text and icons drawn on the brand colour. */
      onPrimary: HexColourSchema,
    }),
  })
  .refine((b) => contrastRatio(b.colours.primary, b.colours.onPrimary) >= 4.5, {
    message: 'colours.onPrimary must contrast with colours.primary at least 4.5:1 (WCAG AA)',
    path: ['colours', 'onPrimary'],
  });

/** Printing of decisions and receipts the client opens in the kiosk. */
export const PrinterSchema = z.strictObject({
  enabled: z.boolean(),
  /** The system name of the printer; null for the system's default printer. */
  deviceName: z.string().trim().min(1).max(200).nullable(),
});

/** An absolute folder path on the kiosk (Linux or Windows), e.g. `/media/usb` or `D:\\Scans`. */
export const FolderPathSchema = z
  .string()
  .max(260)
  .regex(/^(\/|[A-Za-z]:\\)[^\0]*$/, 'an absolute folder path, e.g. /media/kiosk-usb');

/**
 * The client's documents: downloads that open in the kiosk's own viewer, and the document inbox
 * that answers an e-service's file chooser. Everything lives in the session folder and goes
 * with the wipe.
 */
export const DocumentsSchema = z.strictObject({
  /**
   * The session folder: created empty for each client, emptied and checked at every wipe.
   * null: a folder of the kiosk's own (Electron's userData/session). A tmpfs mount is best.
   */
  sessionFolder: FolderPathSchema.nullable(),
  /** Where the OS mounts a USB stick; its documents are copied (never changed) into the inbox. */
  usbFolder: FolderPathSchema.nullable(),
  /** Where the service point's scanner saves; scans are moved into the inbox, so none waits for the next client. */
  scannerFolder: FolderPathSchema.nullable(),
  /** Largest document accepted, as a download or from the inbox. */
  maxFileMegabytes: z.number().int().min(1).max(200),
});

/**
 * Web permissions a host may use, on top of deny-by-default. `camera` and `microphone` narrow
 * Electron's `media` permission to video or audio only; `media` allows both.
 */
export const PERMISSION_NAMES = ['media', 'camera', 'microphone', 'fullscreen', 'clipboard-sanitized-write'] as const;
export const PermissionNameSchema = z.enum(PERMISSION_NAMES);

export const PermissionGrantSchema = z.strictObject({
  /** One exact host (with its port when not 443): a grant never covers a wildcard. */
  host: HostPatternSchema.refine((h) => !h.startsWith('*.'), 'a permission names one exact host, not a *. wildcard'),
  permissions: z.array(PermissionNameSchema).min(1).max(PERMISSION_NAMES.length),
});

/**
 * Electron never frees a session's memory, so the app relaunches itself at a welcome-screen
 * boundary after this many clients or when its memory grows above this size.
 */
export const RelaunchSchema = z.strictObject({
  afterClients: z.number().int().min(1).max(1000),
  aboveRssMb: z.number().int().min(256).max(65536),
});

/** An Electron accelerator with at least one modifier, e.g. `Control+Alt+Shift+H`. */
export const ShortcutSchema = z
  .string()
  .max(60)
  .regex(
    /^((Control|Ctrl|Alt|Shift|Super|Meta|CommandOrControl|CmdOrCtrl)\+)+([A-Z0-9]|F([1-9]|1[0-9]|2[0-4]))$/,
    'modifiers and one key joined by +, e.g. Control+Alt+Shift+H',
  );

/** Assist mode: the service worker's PIN entry. */
export const AssistSchema = z.strictObject({
  pinLockout: z.strictObject({
    /** Wrong PINs in a row before entry locks. */
    maxFailures: z.number().int().min(3).max(20),
    lockSeconds: z.number().int().min(30).max(86400),
  }),
  /** The key combination that opens the PIN pad, besides the toolbar's Staff control. */
  shortcut: ShortcutSchema,
});

export const KioskConfigSchema = z.object({
  services: z.array(ServiceSchema).min(1).max(60),
  /** Hosts allowed besides the services' own (identification, banks, help pages). */
  allowedHosts: z.array(HostPatternSchema).max(500),
  languages: z.array(LanguageSchema).min(1),
  defaultLanguage: LanguageSchema,
  idle: IdleSchema,
  /** Seconds between wipe retries while the kiosk is out of service. */
  wipeRetrySeconds: z.number().int().min(1).max(3600),
  /**
   * Identification and bank login hosts: the client types credentials there, so assist mode
   * steps back (the privacy moment) while the content is on one of them.
   */
  identificationHosts: z.array(HostPatternSchema).max(200),
  /** Where clients are referred onward (see shared/content/referrals.ts). */
  referrals: ReferralDirectorySchema,
  branding: BrandingSchema,
  printer: PrinterSchema,
  documents: DocumentsSchema,
  /** Grants on top of deny-by-default; empty means no page gets any permission. */
  permissions: z.array(PermissionGrantSchema).max(50),
  relaunch: RelaunchSchema,
  assist: AssistSchema,
});
export type KioskConfig = z.infer<typeof KioskConfigSchema>;
