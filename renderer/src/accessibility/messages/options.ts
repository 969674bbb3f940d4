import type { Language } from '../../../../shared/content/languages';
import type { AccessibilityOptionMessages } from './types';

const scales = (percent: (value: number) => string) => ({
  '100': percent(100),
  '125': percent(125),
  '150': percent(150),
  '175': percent(175),
  '200': percent(200),
});
// Finnish and Swedish put a space before the per cent sign; English does not.
const spaced = (value: number): string => `${value} %`;
const tight = (value: number): string => `${value}%`;

/** Setting labels and option names in every language, merged into i18n under 'accessibility'. */
export const accessibilityOptionMessages: Readonly<Record<Language, AccessibilityOptionMessages>> = {
  fi: {
    settings: {
      textScale: { label: 'Tekstin koko', options: scales(spaced) },
      theme: {
        label: 'Värit ja kontrasti',
        options: {
          default: 'Tavallinen',
          darkHighContrast: 'Valkoinen mustalla',
          yellowOnBlack: 'Keltainen mustalla',
          lightHighContrast: 'Musta valkoisella',
        },
      },
      textSpacing: { label: 'Väljempi teksti' },
      font: {
        label: 'Fontti',
        options: { system: 'Tavallinen fontti', atkinson: 'Atkinson Hyperlegible', openDyslexic: 'OpenDyslexic' },
      },
      largeCursor: { label: 'Iso hiiren osoitin' },
      reducedMotion: { label: 'Vähemmän liikettä' },
      readAloud: { label: 'Ääneen luku' },
      singleTap: { label: 'Yksi napautus riittää' },
      onScreenKeyboard: { label: 'Näyttönäppäimistö' },
    },
  },
  'fi-plain': {
    settings: {
      textScale: { label: 'Tekstin koko', options: scales(spaced) },
      theme: {
        label: 'Värit',
        options: {
          default: 'Tavalliset värit',
          darkHighContrast: 'Valkoinen teksti, musta tausta',
          yellowOnBlack: 'Keltainen teksti, musta tausta',
          lightHighContrast: 'Musta teksti, valkoinen tausta',
        },
      },
      textSpacing: { label: 'Enemmän tilaa tekstiin' },
      font: {
        label: 'Kirjainten muoto',
        options: { system: 'Tavalliset kirjaimet', atkinson: 'Atkinson Hyperlegible', openDyslexic: 'OpenDyslexic' },
      },
      largeCursor: { label: 'Iso hiiren nuoli' },
      reducedMotion: { label: 'Ei liikettä' },
      readAloud: { label: 'Lue ääneen' },
      singleTap: { label: 'Yksi napautus' },
      onScreenKeyboard: { label: 'Näppäimistö näytölle' },
    },
  },
  sv: {
    settings: {
      textScale: { label: 'Textstorlek', options: scales(spaced) },
      theme: {
        label: 'Färger och kontrast',
        options: {
          default: 'Vanliga färger',
          darkHighContrast: 'Vitt på svart',
          yellowOnBlack: 'Gult på svart',
          lightHighContrast: 'Svart på vitt',
        },
      },
      textSpacing: { label: 'Mer luft i texten' },
      font: {
        label: 'Typsnitt',
        options: { system: 'Vanligt typsnitt', atkinson: 'Atkinson Hyperlegible', openDyslexic: 'OpenDyslexic' },
      },
      largeCursor: { label: 'Stor muspekare' },
      reducedMotion: { label: 'Mindre rörelse' },
      readAloud: { label: 'Uppläsning' },
      singleTap: { label: 'Ett tryck räcker' },
      onScreenKeyboard: { label: 'Skärmtangentbord' },
    },
  },
  en: {
    settings: {
      textScale: { label: 'Text size', options: scales(tight) },
      theme: {
        label: 'Colours and contrast',
        options: {
          default: 'Usual colours',
          darkHighContrast: 'White on black',
          yellowOnBlack: 'Yellow on black',
          lightHighContrast: 'Black on white',
        },
      },
      textSpacing: { label: 'More space in text' },
      font: {
        label: 'Font',
        options: { system: 'Usual font', atkinson: 'Atkinson Hyperlegible', openDyslexic: 'OpenDyslexic' },
      },
      largeCursor: { label: 'Large mouse pointer' },
      reducedMotion: { label: 'Less motion' },
      readAloud: { label: 'Read aloud' },
      singleTap: { label: 'One tap is enough' },
      onScreenKeyboard: { label: 'On-screen keyboard' },
    },
  },
};
