import { DEFAULT_REFERRALS } from '../content/referrals';
import type { KioskConfig } from './schema';

/**
 * Shipped defaults. IT overrides them with one JSON file (issue 6); tests and the preview
 * use their own files that point at the fixture sites.
 */
export const DEFAULT_CONFIG: KioskConfig = {
  services: [
    {
      id: 'kela',
      name: { fi: 'Kela', sv: 'FPA', en: 'Kela' },
      description: {
        fi: 'Etuudet, hakemukset ja päätökset',
        sv: 'Förmåner, ansökningar och beslut',
        en: 'Benefits, applications and decisions',
      },
      url: 'https://www.kela.fi/asiointi',
    },
    {
      id: 'suomifi',
      name: { fi: 'Suomi.fi-viestit', sv: 'Suomi.fi-meddelanden', en: 'Suomi.fi Messages' },
      description: {
        fi: 'Viranomaisten viestit ja päätökset',
        sv: 'Meddelanden och beslut från myndigheter',
        en: 'Messages and decisions from authorities',
      },
      url: 'https://www.suomi.fi/viestit',
    },
    {
      id: 'vero',
      name: { fi: 'OmaVero', sv: 'MinSkatt', en: 'MyTax' },
      description: {
        fi: 'Verot ja veroilmoitus',
        sv: 'Skatter och skattedeklaration',
        en: 'Taxes and tax returns',
      },
      url: 'https://www.vero.fi/omavero',
    },
    {
      id: 'migri',
      name: { fi: 'Migri', sv: 'Migri', en: 'Migri' },
      description: {
        fi: 'Oleskeluluvat ja ajanvaraus',
        sv: 'Uppehållstillstånd och tidsbokning',
        en: 'Residence permits and appointments',
      },
      url: 'https://migri.fi/en/home',
    },
  ],
  allowedHosts: ['*.kela.fi', '*.suomi.fi', '*.vero.fi', 'migri.fi', '*.migri.fi', 'enterfinland.fi', '*.enterfinland.fi'],
  languages: ['fi', 'fi-plain', 'sv', 'en'],
  defaultLanguage: 'fi',
  idle: { timeoutSeconds: 180, warningSeconds: 30, endConfirmSeconds: 60 },
  wipeRetrySeconds: 30,
  // The Suomi.fi identification service and the Finnish banks' login domains, as wildcards over
  // each bank's main domain. IT should review this list against the identification methods
  // offered by tunnistus.suomi.fi at the time of deployment (banks merge and move their logins).
  identificationHosts: [
    'tunnistus.suomi.fi',
    '*.tunnistus.suomi.fi',
    '*.op.fi',
    '*.nordea.fi',
    '*.danskebank.fi',
    '*.s-pankki.fi',
    '*.aktia.fi',
    '*.poppankki.fi',
    '*.saastopankki.fi',
    '*.omasp.fi',
    '*.handelsbanken.fi',
    '*.alandsbanken.fi',
  ],
  referrals: [...DEFAULT_REFERRALS],
  branding: { name: 'Vierellä', logo: null, colours: { primary: '#0b4f8a', onPrimary: '#ffffff' } },
  printer: { enabled: false, deviceName: null },
  documents: { sessionFolder: null, usbFolder: null, scannerFolder: null, maxFileMegabytes: 20 },
  permissions: [],
  relaunch: { afterClients: 50, aboveRssMb: 1500 },
  assist: { pinLockout: { maxFailures: 5, lockSeconds: 300 }, shortcut: 'Control+Alt+Shift+H' },
};
