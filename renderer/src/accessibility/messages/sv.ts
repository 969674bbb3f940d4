import type { A11yMessages } from './types';

/** Swedish texts of the accessibility adjustments. */
export const sv: A11yMessages = {
  open: {
    toolbar: 'Anpassa',
    welcome: 'Större text, färger och uppläsning',
  },
  panel: {
    title: 'Gör det lättare att använda',
    intro: 'Ändringarna syns direkt. De tas bort när du avslutar.',
    close: 'Stäng',
    done: 'Klar',
    reset: 'Återställ allt',
    resetDone: 'Allt är som vanligt igen.',
    more: 'Mer hjälp',
    on: 'På',
    off: 'Av',
  },
  textSize: {
    smaller: 'Mindre',
    bigger: 'Större',
  },
  font: {
    system: 'Det vanliga utseendet',
    atkinson: 'Bokstäver som är lätta att skilja åt',
    openDyslexic: 'Gjort för läsare med dyslexi',
  },
  describe: {
    textSpacing: 'Mer luft mellan rader, ord och bokstäver.',
    largeCursor: 'En större muspekare.',
    reducedMotion: 'Ingenting rör sig eller glider på skärmen.',
    readAloud: 'Lägger till en knapp som läser upp texten på skärmen.',
    singleTap: 'Öppnar saker med ett tryck där det annars behövs två.',
    onScreenKeyboard: 'Visar ett tangentbord på skärmen när du skriver i den här datorns egna fält (inte på tjänsternas sidor).',
  },
  readAloud: {
    button: 'Läs upp',
    stop: 'Sluta läsa',
    noVoice: 'Den här datorn har ingen röst som läser upp svenska. Fråga personalen.',
    try: 'Lyssna på ett exempel',
    sample: 'Hej! Så här låter det när texten på skärmen läses upp.',
  },
  keyboard: {
    backspace: 'Radera',
    shift: 'Skift',
    space: 'Mellanslag',
    done: 'Klar',
  },
};
