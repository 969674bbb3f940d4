import type { A11yMessages } from './types';

/** Finnish texts of the accessibility adjustments. */
export const fi: A11yMessages = {
  open: {
    toolbar: 'Helpotukset',
    welcome: 'Isompi teksti, värit ja ääneen luku',
  },
  panel: {
    title: 'Tee käytöstä helpompaa',
    intro: 'Muutokset näkyvät heti. Ne poistetaan, kun lopetat asioinnin.',
    close: 'Sulje',
    done: 'Valmis',
    reset: 'Palauta kaikki ennalleen',
    resetDone: 'Kaikki on taas ennallaan.',
    more: 'Lisää helpotuksia',
    on: 'Päällä',
    off: 'Pois',
  },
  textSize: {
    smaller: 'Pienennä',
    bigger: 'Suurenna',
  },
  font: {
    system: 'Tavallinen ulkoasu',
    atkinson: 'Kirjaimet on helppo erottaa toisistaan',
    openDyslexic: 'Tehty lukijoille, joilla on lukihäiriö',
  },
  describe: {
    textSpacing: 'Enemmän tilaa rivien, sanojen ja kirjainten väliin.',
    largeCursor: 'Isompi hiiren osoitin.',
    reducedMotion: 'Mikään ei liiku eikä liu’u näytöllä.',
    readAloud: 'Lisää painikkeen, joka lukee näytön tekstin ääneen.',
    singleTap: 'Avaa asiat yhdellä napautuksella silloinkin, kun muuten tarvittaisiin kaksi.',
    onScreenKeyboard: 'Näyttää näppäimistön näytöllä, kun kirjoitat tämän koneen omiin kenttiin (ei palvelujen sivuilla).',
  },
  readAloud: {
    button: 'Lue ääneen',
    stop: 'Lopeta lukeminen',
    noVoice: 'Tällä koneella ei ole ääntä, joka lukisi suomea ääneen. Kysy henkilökunnalta.',
    try: 'Kuuntele esimerkki',
    sample: 'Hei! Tältä kuulostaa, kun kone lukee näytön tekstin ääneen.',
  },
  keyboard: {
    backspace: 'Poista',
    shift: 'Vaihto',
    space: 'Välilyönti',
    done: 'Valmis',
  },
};
