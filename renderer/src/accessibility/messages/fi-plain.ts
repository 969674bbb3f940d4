import type { A11yMessages } from './types';

/**
 * Plain Finnish (selkosuomi): short sentences, one thing in each, common words, no passive
 * voice, no abbreviations.
 */
export const fiPlain: A11yMessages = {
  open: {
    toolbar: 'Helpotukset',
    welcome: 'Isompi teksti ja muita helpotuksia',
  },
  panel: {
    title: 'Helpota käyttöä',
    intro: 'Muutos näkyy heti. Kone poistaa muutokset, kun lopetat.',
    close: 'Sulje',
    done: 'Valmis',
    reset: 'Palauta kaikki',
    resetDone: 'Kaikki on taas niin kuin alussa.',
    more: 'Muita helpotuksia',
    on: 'Päällä',
    off: 'Pois',
  },
  textSize: {
    smaller: 'Pienempi',
    bigger: 'Isompi',
  },
  font: {
    system: 'Tavalliset kirjaimet',
    atkinson: 'Kirjaimet on helppo erottaa',
    openDyslexic: 'Hyvä, jos sinulla on lukihäiriö',
  },
  describe: {
    textSpacing: 'Rivit ja sanat ovat kauempana toisistaan.',
    largeCursor: 'Hiiren nuoli on isompi.',
    reducedMotion: 'Mikään ei liiku näytöllä.',
    readAloud: 'Saat painikkeen. Kone lukee tekstin ääneen.',
    singleTap: 'Yksi napautus riittää. Sinun ei tarvitse napauttaa kahdesti.',
    onScreenKeyboard: 'Näppäimistö tulee näytölle. Voit kirjoittaa sillä tämän koneen omiin kenttiin.',
  },
  readAloud: {
    button: 'Lue ääneen',
    stop: 'Lopeta',
    noVoice: 'Tämä kone ei osaa lukea suomea ääneen. Kysy apua henkilökunnalta.',
    try: 'Kuuntele',
    sample: 'Hei! Näin kone lukee tekstiä.',
  },
  keyboard: {
    backspace: 'Poista',
    shift: 'Isot kirjaimet',
    space: 'Väli',
    done: 'Valmis',
  },
};
