/**
 * The configuration reference for IT: one line of explanation per key, and a Markdown table
 * generated from the JSON Schema (types, limits) and these notes. `npm run schema` writes the
 * table into docs/it-guide.md; a test fails when a key has no note or a note has no key.
 */
import type { KioskConfig } from '../../../shared/config/schema';

export const TOP_LEVEL_NOTES: { readonly [K in keyof KioskConfig]: string } = {
  services: 'The e-service tiles on the home screen, in order. Each service’s own host is allowed automatically.',
  allowedHosts: 'Further hosts the content may show (help pages, identification, banks): `kela.fi` exactly, `*.kela.fi` any subdomain, `host:port` for a port other than 443.',
  languages: 'Languages offered on the welcome screen, in order: `fi`, `fi-plain` (plain Finnish), `sv`, `en`.',
  defaultLanguage: 'The language the welcome screen starts in; must be one of `languages`.',
  idle: 'When an idle session is warned and ended.',
  wipeRetrySeconds: 'While the kiosk is out of service, how often it tries the wipe again.',
  identificationHosts: 'Identification and bank login hosts: while the content is on one, assist mode steps back (the privacy moment). Review the shipped list of banks.',
  referrals: 'The referral directory: where clients are sent onward. Leave out to keep the shipped national list; a service point adds its local places.',
  branding: 'The service point’s name, logo and brand colours.',
  printer: 'Printing of decisions and receipts opened in the kiosk.',
  documents: 'The client’s documents: downloaded PDFs and images open in the kiosk’s viewer; the document inbox (USB stick, scanner) answers an e-service’s file chooser. All of it is wiped with the session.',
  permissions: 'Web permissions granted on top of deny-by-default, per exact host (e.g. the camera for an identification service that needs it).',
  relaunch: 'The app restarts itself at the welcome screen after this many clients or above this memory use (Electron keeps memory per session).',
  assist: 'Assist mode for service workers: PIN lockout and the key combination that opens the PIN pad.',
};

/** Notes for the keys inside the sections; `[]` stands for "each entry of the list". */
export const FIELD_NOTES: Readonly<Record<string, string>> = {
  'services[].id': 'Short id: lower-case letters, digits and dashes; unique.',
  'services[].name': 'The tile’s title in each language.',
  'services[].description': 'One line under the title in each language.',
  'services[].url': 'Where the tile opens; must be https.',
  'services[].logoutUrl': 'Optional: an https address on an allowed host that ends the service’s own session; visited before the wipe when the client used the service.',
  'idle.timeoutSeconds': 'Seconds without input before the idle warning appears.',
  'idle.warningSeconds': 'Length of the warning’s countdown (WCAG 2.2.1: at least 20).',
  'idle.endConfirmSeconds': 'How long “End the session?” waits before ending it anyway.',
  'referrals[].id': 'Unique id; the shipped ids are referred to by the self-assessment routes.',
  'referrals[].kind': 'Which kind of help: `authority`, `learning`, `identification`, `onBehalf`, `advice`.',
  'referrals[].name': 'Proper name in each language.',
  'referrals[].web': 'A host (`www.kela.fi`) or an https address of a public page; null when it depends on the region.',
  'referrals[].visit': 'Whether the client can go there in person.',
  'referrals[].phone': 'Optional phone number the service point wants clients to call.',
  'branding.name': 'Shown on the welcome screen and in the toolbar.',
  'branding.logo': 'Absolute path to a PNG, SVG, JPEG or WebP file on the kiosk, or null.',
  'branding.colours': 'The brand colours, as #rrggbb.',
  'branding.colours.primary': 'Brand colour (#rrggbb): toolbar and main buttons.',
  'branding.colours.onPrimary': 'Text colour on the brand colour; must contrast at least 4.5:1.',
  'printer.enabled': 'Whether the client can print.',
  'printer.deviceName': 'The printer’s system name; null for the system default.',
  'documents.sessionFolder': 'Folder for the client’s documents, emptied and checked at every wipe; null for the kiosk’s own (best on tmpfs). Must not hold the inbox folders.',
  'documents.usbFolder': 'Where the OS mounts a USB stick, or null; documents are copied from it, never changed.',
  'documents.scannerFolder': 'Where the scanner saves, or null; scans are moved into the session, so none is left for the next client.',
  'documents.maxFileMegabytes': 'Largest document accepted as a download or from the inbox.',
  'permissions[].host': 'One exact host (no `*.`), which must be a service’s host or in `allowedHosts`.',
  'permissions[].permissions': '`media` (camera and microphone), `camera`, `microphone`, `fullscreen`, `clipboard-sanitized-write`.',
  'relaunch.afterClients': 'Relaunch after this many client sessions.',
  'relaunch.aboveRssMb': 'Relaunch when the app uses more memory than this (MB).',
  'assist.pinLockout': 'Protection against guessing the staff PIN.',
  'assist.pinLockout.maxFailures': 'Wrong PINs in a row before PIN entry locks.',
  'assist.pinLockout.lockSeconds': 'How long PIN entry stays locked.',
  'assist.shortcut': 'Key combination that opens the PIN pad, e.g. `Control+Alt+Shift+H`.',
};

type JsonObject = { readonly [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface ReferenceRow {
  readonly path: string;
  readonly type: string;
  readonly note: string;
}

const LOCALIZED_KEYS = ['en', 'fi', 'fi-plain', 'sv'];

function isLocalizedText(node: JsonObject): boolean {
  return isObject(node['properties']) && Object.keys(node['properties']).sort().join() === LOCALIZED_KEYS.join();
}

function range(node: JsonObject, low: string, high: string, unit = ''): string {
  const min = node[low];
  const max = node[high];
  if (min === undefined && max === undefined) return '';
  if (max === undefined) return ` ≥ ${String(min)}${unit}`;
  if (min === undefined) return ` ≤ ${String(max)}${unit}`;
  return ` ${String(min)}–${String(max)}${unit}`;
}

/** A short human description of a JSON Schema node's type and limits. */
function typeOf(node: JsonObject): string {
  if (Array.isArray(node['anyOf'])) {
    const options = (node['anyOf'] as unknown[]).filter(isObject);
    const nonNull = options.filter((o) => o['type'] !== 'null');
    const base = nonNull.map(typeOf).join(' or ');
    return options.length > nonNull.length ? `${base} or null` : base;
  }
  if (Array.isArray(node['enum'])) return (node['enum'] as unknown[]).map((v) => `\`${String(v)}\``).join(', ');
  switch (node['type']) {
    case 'integer':
      return `integer${range(node, 'minimum', 'maximum')}`;
    case 'number':
      return `number${range(node, 'minimum', 'maximum')}`;
    case 'boolean':
      return '`true` / `false`';
    case 'string':
      return `text${range(node, 'minLength', 'maxLength', ' chars')}`;
    case 'array': {
      const items = isObject(node['items']) ? node['items'] : {};
      const count = range(node, 'minItems', 'maxItems');
      const of = items['type'] === 'object' && !isLocalizedText(items) ? 'entries' : typeOf(items);
      return `list of ${of}${count === '' ? '' : ` (${count.trim()})`}`;
    }
    case 'object':
      return isLocalizedText(node) ? 'text per language (`fi`, `sv`, `en`; `fi-plain` optional)' : 'object';
    default:
      return 'value';
  }
}

/** Rows for every documented key, depth first in schema order. */
export function referenceRows(schema: JsonObject): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  const visit = (path: string, node: JsonObject, note: string | undefined) => {
    rows.push({ path, type: typeOf(node), note: note ?? '' });
    const inner = node['type'] === 'array' && isObject(node['items']) ? node['items'] : node;
    if (inner['type'] !== 'object' || isLocalizedText(inner) || !isObject(inner['properties'])) return;
    const prefix = inner === node ? path : `${path}[]`;
    for (const [key, child] of Object.entries(inner['properties'])) {
      if (isObject(child)) visit(`${prefix}.${key}`, child, FIELD_NOTES[`${prefix}.${key}`]);
    }
  };
  const properties = isObject(schema['properties']) ? schema['properties'] : {};
  for (const [key, node] of Object.entries(properties)) {
    if (key === '$schema' || !isObject(node)) continue;
    visit(key, node, (TOP_LEVEL_NOTES as Readonly<Record<string, string>>)[key]);
  }
  return rows;
}

export function renderReferenceTable(schema: JsonObject): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| key | type and limits | what it does |',
    '| --- | --- | --- |',
    ...referenceRows(schema).map((row) => `| \`${row.path}\` | ${escape(row.type)} | ${escape(row.note)} |`),
  ].join('\n');
}

export const REFERENCE_START = '<!-- config-reference:start (generated by npm run schema; do not edit) -->';
export const REFERENCE_END = '<!-- config-reference:end -->';

/** Replaces the generated part of a Markdown document; throws when the markers are missing. */
export function spliceReference(markdown: string, table: string): string {
  const start = markdown.indexOf(REFERENCE_START);
  const end = markdown.indexOf(REFERENCE_END);
  if (start < 0 || end < start) throw new Error('the document lacks the config-reference markers');
  return `${markdown.slice(0, start + REFERENCE_START.length)}\n${table}\n${markdown.slice(end)}`;
}
