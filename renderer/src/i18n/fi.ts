import type { Messages } from './messages';

/** Finnish texts (the kiosk's default language). */
export const fi: Messages = {
  app: {
    name: 'Vierellä',
    loading: 'Hetki vain…',
  },
  language: {
    name: 'Suomi',
  },
  welcome: {
    title: 'Tervetuloa!',
    lead: 'Tällä koneella voit käyttää julkisia verkkopalveluja, esimerkiksi Kelan, Verohallinnon ja Migrin palveluja.',
    yourself: 'Käytät palveluja itse. Henkilökunta on lähellä ja auttaa mielellään.',
    wipe: 'Kun lopetat, kaikki, mitä teit, poistetaan koneelta.',
    languageHeading: 'Valitse kieli',
    start: 'Aloita',
  },
  toolbar: {
    label: 'Sivun painikkeet',
    home: 'Etusivu',
    back: 'Takaisin',
    forward: 'Eteenpäin',
    reload: 'Lataa uudelleen',
    end: 'Lopeta asiointi',
    youAreOn: 'Olet sivustolla:',
    homeHint: 'Valitse palvelu alta.',
    loading: 'Sivu latautuu…',
  },
  home: {
    title: 'Valitse palvelu',
    intro: 'Napauta palvelua, jota haluat käyttää.',
    listLabel: 'Palvelut',
  },
  content: {
    title: 'Verkkopalvelu: {{host}}',
  },
  blocked: {
    title: 'Tätä sivua ei voi avata tällä koneella',
    address: 'Osoite: {{host}}',
    reason: {
      unparsable: 'Sivun osoite ei ole oikein.',
      'not-https': 'Sivu ei ole suojattu, joten tietosi eivät olisi siellä turvassa.',
      credentials: 'Osoitteessa on käyttäjätunnus tai salasana. Se ei ole turvallista.',
      'not-allowed': 'Tällä koneella voi avata vain sille valittuja palveluja.',
    },
    help: 'Jos tarvitset tätä sivua, pyydä apua henkilökunnalta.',
    ok: 'Selvä',
  },
  idle: {
    title: 'Oletko vielä siellä?',
    body: 'Jos et tee mitään, asiointi päättyy ja kaikki poistetaan koneelta.',
    unit_one: 'sekunti',
    unit_other: 'sekuntia',
    announce_one: '{{count}} sekunti jäljellä.',
    announce_other: '{{count}} sekuntia jäljellä.',
    moreTime: 'Lisää aikaa',
  },
  end: {
    title: 'Lopetetaanko asiointi?',
    logout: 'Kirjaudu ensin ulos niistä verkkopalveluista, joihin kirjauduit.',
    wipe: 'Sitten koneelta poistetaan kaikki: avaamasi sivut, kirjautumiset, ladatut tiedostot ja kopioitu teksti.',
    countdown_one: 'Jos et vastaa, asiointi päättyy {{count}} sekunnin kuluttua.',
    countdown_other: 'Jos et vastaa, asiointi päättyy {{count}} sekunnin kuluttua.',
    yes: 'Kyllä, lopeta ja tyhjennä',
    no: 'Ei, palaa takaisin',
  },
  clearing: {
    title: 'Konetta tyhjennetään seuraavaa asiakasta varten…',
    wiping: 'Tämä vie vain hetken.',
    verifying: 'Tarkistetaan, että kaikki on poistettu…',
  },
  outOfService: {
    title: 'Tämä kone on poissa käytöstä',
    body: 'Pyydä apua henkilökunnalta.',
  },
  unavailable: {
    title: 'Tätä konetta ei voi nyt käyttää',
    body: 'Pyydä apua henkilökunnalta.',
  },
};
