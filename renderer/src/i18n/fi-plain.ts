import type { Messages } from './messages';

/**
 * Plain Finnish (selkosuomi). Its own texts, not a copy of fi.ts: short sentences, one thing
 * in each sentence, common words, no passive voice and no abbreviations. The machine does
 * things ("kone poistaa"), people do things ("henkilökunta auttaa"), the client is "sinä".
 */
export const fiPlain: Messages = {
  app: {
    name: 'Vierellä',
    loading: 'Odota hetki.',
  },
  language: {
    name: 'Selkosuomi',
  },
  welcome: {
    title: 'Tervetuloa!',
    lead: 'Tällä koneella voit hoitaa asioita netissä. Voit käyttää esimerkiksi Kelan, Verohallinnon ja Maahanmuuttoviraston palveluja.',
    yourself: 'Sinä käytät palveluja itse. Henkilökunta on lähellä. He auttavat sinua mielellään.',
    wipe: 'Kun lopetat, kone poistaa kaikki sinun tiedot.',
    languageHeading: 'Valitse kieli',
    start: 'Aloita',
  },
  toolbar: {
    label: 'Sivun napit',
    home: 'Etusivu',
    back: 'Takaisin',
    forward: 'Eteenpäin',
    reload: 'Päivitä',
    end: 'Lopeta',
    guidelines: 'Ohjeet',
    language: 'Kieli',
    languageMenu: 'Kielet',
    youAreOn: 'Olet sivulla:',
    homeHint: 'Valitse palvelu alta.',
    loading: 'Sivu latautuu.',
  },
  ethics: {
    intro: {
      title: 'Ennen kuin aloitat',
      lead: 'Lue nämä asiat.',
      acknowledge: 'Selvä, aloitan',
      readAll: 'Lue kaikki ohjeet',
    },
    expectations: {
      staffHelpYouDoItYourself: 'Henkilökunta neuvoo sinua. Sinä teet asiat itse.',
      nobodyAsksForYourCodes: 'Kukaan ei kysy sinun pankkitunnuksia tai salasanoja. Kukaan ei käytä niitä sinun puolesta.',
      youLogInYourself: 'Sinä kirjaudut palveluun itse. Henkilökunta katsoo silloin muualle.',
      youAreResponsibleForWhatYouSend: 'Sinä päätät, mitä lähetät. Sinä vastaat siitä itse.',
      staffMaySeeYourDataConfidential: 'Henkilökunta voi nähdä sinun tietoja. He eivät kerro niitä muille.',
      everythingIsWipedAtTheEnd: 'Kun lopetat, kone poistaa kaikki sinun tiedot.',
    },
    tabs: {
      client: 'Sinulle',
      supporter: 'Henkilökunnalle',
    },
    guidelines: {
      client: {
        learnsToActIndependently: 'Opit käyttämään laitteita ja nettiä itse. Opit tekemään sen turvallisesti.',
        aimsForLighterSupport: 'Ensi kerralla tarvitset ehkä vähemmän apua.',
        doesTheStepsThemselves: 'Sinä teet asiat itse. Henkilökunta näyttää, miten.',
        understandsSupporterMaySeeData: 'Auttaja voi nähdä sinun tietoja.',
        responsibleForOwnDevice: 'Sinä huolehdit omasta puhelimesta tai tietokoneesta.',
        understandsSupportHasLimits: 'Henkilökunta ei osaa ratkaista kaikkea.',
        authoritiesGuideInOwnServices: 'Kysy omasta asiasta siltä virastolta, joka hoitaa asiaa.',
      },
      supporter: {
        knowsLimitsAndRefersOnward: 'He tietävät, missä he voivat auttaa. He kertovat, mistä saat muuta apua.',
        neverTakesCodesOrMeans: 'He eivät ota sinun salasanoja tai pankkitunnuksia.',
        neverActsOnClientsBehalf: 'He eivät hoida sinun omia asioita sinun puolesta.',
        noRemoteControlDuringIdentification: 'He eivät ohjaa sinun ruutua, kun kirjaudut. Sen jälkeen he ohjaavat sitä vain, jos sinä haluat.',
        letsClientLogInThemselves: 'Sinä kirjaudut itse. He katsovat silloin muualle.',
        kindCalmAndClear: 'He auttavat ystävällisesti ja rauhallisesti. He puhuvat selvästi.',
        makesSureClientKnowsWhatHappens: 'He kertovat sinulle, mitä tapahtuu.',
        discreetAndConfidential: 'He eivät kerro sinun asioita muille.',
      },
    },
    dialog: {
      title: 'Ohjeet: apu netin käyttöön',
      tabsLabel: 'Kenelle ohjeet ovat',
      clientLead: 'Tätä toivomme sinulta:',
      supporterLead: 'Henkilökunta lupaa nämä asiat:',
      close: 'Sulje',
    },
  },
  assessment: {
    offer: {
      title: 'Haluatko vastata muutamaan kysymykseen?',
      body: 'Se vie noin 2 minuuttia. Sitten kerromme, mistä voit aloittaa.',
      note: 'Voit jättää kysymyksen väliin. Kone poistaa vastaukset lopuksi.',
      begin: 'Kyllä, vastaan',
      skip: 'Ei kiitos, näytä palvelut',
    },
    progress: 'Kysymys {{current}}. Kysymyksiä on {{total}}.',
    multiHint: 'Voit valita monta.',
    next: 'Seuraava',
    skipQuestion: 'Jätä väliin',
    back: 'Takaisin',
    skipAll: 'Lopeta kysymykset',
    questions: {
      goal: {
        title: 'Mitä haluat tehdä tänään?',
        options: {
          benefit: 'Hakea rahaa Kelasta tai muualta',
          messages: 'Lukea viestejä virastoilta',
          tax: 'Verot',
          immigration: 'Oleskelulupa tai muutto Suomeen',
          attachments: 'Lähettää liitteitä hakemukseen',
          health: 'Oma terveys, esimerkiksi verikokeen tulokset',
          learn: 'Oppia käyttämään nettiä',
          other: 'Jotain muuta',
        },
      },
      level: {
        title: 'Käytätkö netin palveluja?',
        options: {
          '1': 'Käytän, ja osaan hyvin.',
          '2': 'Käytän, mutta tarvitsen joskus apua.',
          '3': 'En käytä vielä. Tarvitsen apua.',
          '4': 'En pysty käyttämään niitä itse.',
        },
      },
      unsure: {
        title: 'Mikä tuntuu vaikealta?',
        options: {
          device: 'Tietokone, hiiri tai näppäimistö',
          internet: 'Nettisivuilla liikkuminen',
          service: 'Mitä pitää kirjoittaa. Mitä sanat tarkoittavat.',
          confidence: 'Pelkään, etten osaa.',
          none: 'Ei mikään',
        },
      },
      strongAuth: {
        title: 'Onko sinulla mukana pankkitunnukset? Tai muu tapa kirjautua?',
        options: {
          yes: 'Kyllä',
          no: 'Ei',
          unknown: 'En tiedä, mitä se tarkoittaa.',
        },
      },
      ease: {
        title: 'Haluatko, että ruutua on helpompi lukea tai kuunnella?',
        options: {
          biggerText: 'Isompi teksti',
          readAloud: 'Kone lukee tekstin ääneen',
          contrast: 'Vahvemmat värit',
          none: 'Ei, tämä on hyvä',
        },
      },
    },
    routes: {
      goAhead: {
        title: 'Voit aloittaa',
        body: 'Avaa palvelu ja hoida asiasi. Jos tarvitset apua, kysy henkilökunnalta.',
      },
      askStaff: {
        title: 'Pyydä henkilökunnalta apua',
        body: 'Joku henkilökunnasta voi istua vierelläsi. Sinä teet asiat itse. He näyttävät, miten.',
      },
      authority: {
        title: 'Kysy virastolta',
        body: 'Virasto hoitaa sinun asiaa. Virasto osaa kertoa, mitä sinun pitää kirjoittaa lomakkeeseen. Näin saat yhteyden virastoon.',
      },
      learning: {
        title: 'Opi lisää',
        body: 'Näissä paikoissa voit opetella tietokoneen ja netin käyttöä. Se on ilmaista tai halpaa.',
      },
      identification: {
        title: 'Tarvitset tavan kirjautua',
        body: 'Netin palvelut kysyvät, kuka olet. Näin saat tunnukset.',
      },
      onBehalf: {
        title: 'Joku voi hoitaa asiasi',
        body: 'Voit antaa luvan ihmiselle, johon luotat. Hän voi hoitaa sinun asioita netissä. Voit myös hoitaa asian tiskillä.',
      },
      withStaff: 'Henkilökunta voi auttaa sinua. Pyydä joku viereesi.',
    },
    result: {
      eyebrow: 'Ehdotus sinulle',
      nextStep: 'Tee seuraavaksi näin',
      open: 'Avaa {{service}}',
      showServices: 'Näytä palvelut',
      askStaff: 'Kysy henkilökunnalta tiskiltä',
      askStaffHint: 'Voit näyttää heille tämän ruudun.',
      alsoTitle: 'Voit myös',
      revise: 'Muuta vastauksia',
    },
    identification: {
      what: 'Kun kirjaudut, todistat, kuka olet. Siihen tarvitset pankkitunnukset, mobiilivarmenteen tai henkilökortin.',
      onlyYou: 'Vain sinä saat käyttää tunnuksia. Älä anna niitä kenellekään. Älä anna niitä henkilökunnallekaan.',
      howToGet: 'Pankkitunnukset saat omasta pankista. Henkilökortin saat poliisilta. Kortin tunnusluvut tulevat Digi- ja väestötietovirastosta.',
      alternative: 'Voit myös antaa luvan ihmiselle, johon luotat. Hän voi hoitaa asioita sinun puolesta. Lupa on nimeltään Suomi.fi-valtuudet.',
    },
    onBehalf: {
      counter: 'Voit myös hoitaa asian tiskillä.',
    },
  },
  referrals: {
    kinds: {
      authority: {
        title: 'Virasto',
        body: 'Virasto hoitaa sinun asiaa. Se vastaa kysymyksiin.',
      },
      learning: {
        title: 'Opiskelu',
        body: 'Täällä opit käyttämään laitteita ja nettiä.',
      },
      identification: {
        title: 'Tunnukset',
        body: 'Täältä saat tunnukset, joilla kirjaudut.',
      },
      onBehalf: {
        title: 'Lupa hoitaa asioita',
        body: 'Ihminen, johon luotat, voi hoitaa sinun asioita.',
      },
      advice: {
        title: 'Neuvonta',
        body: 'He kertovat, mikä virasto auttaa sinua.',
      },
    },
    visit: 'Voit käydä siellä myös itse.',
    web: 'Nettisivu',
    phone: 'Puhelin',
  },
  home: {
    title: 'Valitse palvelu',
    intro: 'Paina palvelua, jota haluat käyttää.',
    listLabel: 'Palvelut',
  },
  content: {
    title: 'Netin palvelu: {{host}}',
  },
  blocked: {
    title: 'Kone ei avaa tätä sivua',
    address: 'Osoite: {{host}}',
    reason: {
      unparsable: 'Sivun osoite on väärin.',
      'not-https': 'Sivu ei ole turvallinen. Sinun tiedot eivät olisi siellä turvassa.',
      credentials: 'Osoitteessa on käyttäjätunnus tai salasana. Se ei ole turvallista.',
      'not-allowed': 'Tämä kone avaa vain tietyt palvelut.',
      certificate: 'Sivun turvatodistus ei ole kunnossa. Yhteys ei ole turvallinen.',
    },
    help: 'Tarvitsetko tätä sivua? Kysy henkilökunnalta.',
    ok: 'Selvä',
  },
  documents: {
    toolbar_one: 'Paperit ({{count}})',
    toolbar_other: 'Paperit ({{count}})',
    print: 'Tulosta',
    printed: 'Paperi tulee tulostimesta. Hae se sieltä.',
    source: {
      download: 'Ladattu',
      usb: 'USB-tikulta',
      scanner: 'Skannattu',
    },
    viewer: {
      close: 'Sulje paperi',
      loading: 'Paperi avautuu…',
      failed: 'Kone ei voi näyttää tätä paperia. Kysy henkilökunnalta.',
      pages_one: 'Paperi, {{count}} sivu',
      pages_other: 'Paperi, {{count}} sivua',
      page: 'Sivu {{page}}/{{count}}',
      imageAlt: 'Kuva: {{name}}',
      zoom: 'Paperin koko',
      smaller: 'Pienemmäksi',
      larger: 'Isommaksi',
      zoomLevel: '{{percent}}\u00a0%',
    },
    list: {
      title: 'Sinun paperit',
      empty: 'Sinulla ei ole vielä papereita.',
      open: 'Avaa',
      close: 'Sulje',
      wiped: 'Kun lopetat, paperit poistetaan koneelta.',
    },
    picker: {
      title: 'Valitse paperi',
      leadOne: 'Palvelu pyytää paperia. Valitse yksi.',
      leadMany: 'Palvelu pyytää papereita. Valitse yksi tai monta.',
      empty: 'Papereita ei ole vielä.',
      howUsb: 'Onko paperi USB-tikulla? Laita tikku koneeseen. Paina sitten ”Katso uudelleen”.',
      howScanner: 'Onko sinulla paperi käsissä? Pyydä henkilökuntaa skannaamaan se. Paina sitten ”Katso uudelleen”.',
      refresh: 'Katso uudelleen',
      cancel: 'Peruuta',
      send: 'Lähetä',
    },
    printConfirm: {
      title: 'Tulostetaanko?',
      page: 'Kone tulostaa sivun, jonka näet nyt.',
      document: 'Kone tulostaa tämän paperin.',
      collect: 'Hae paperi tulostimesta. Koneelle ei jää mitään.',
      yes: 'Tulosta',
      no: 'Peruuta',
    },
    notice: {
      title: 'Kone ei voi käyttää tätä tiedostoa',
      printTitle: 'Tulostus ei onnistunut',
      notADocument: 'Kone avaa vain PDF-papereita ja kuvia.',
      tooLarge: 'Tiedosto on liian iso.',
      tooMany: 'Sinulla on liian monta paperia koneella.',
      unreadable: 'Kone ei voinut lukea tiedostoa.',
      inboxUnavailable: 'Kone ei löytänyt USB-tikkua eikä skannattuja papereita.',
      printFailed: 'Tulostin ei tulostanut.',
      help: 'Kysy henkilökunnalta.',
      ok: 'Selvä',
    },
  },
  idle: {
    title: 'Oletko vielä täällä?',
    body: 'Jos et tee mitään, kone lopettaa. Silloin kone poistaa kaikki sinun tiedot.',
    unit_one: 'sekunti',
    unit_other: 'sekuntia',
    announce_one: '{{count}} sekunti jäljellä.',
    announce_other: '{{count}} sekuntia jäljellä.',
    moreTime: 'Lisää aikaa',
  },
  end: {
    title: 'Haluatko lopettaa?',
    logout: 'Kirjaudu ensin ulos palveluista.',
    wipe: 'Sitten kone poistaa kaiken: sivut, kirjautumiset, tiedostot ja kopioidun tekstin.',
    countdown_one: 'Jos et vastaa, kone lopettaa {{count}} sekunnin päästä.',
    countdown_other: 'Jos et vastaa, kone lopettaa {{count}} sekunnin päästä.',
    yes: 'Kyllä, lopeta',
    no: 'Ei, jatkan',
  },
  clearing: {
    title: 'Kone poistaa tietoja.',
    wiping: 'Tämä vie hetken.',
    verifying: 'Kone tarkistaa, että kaikki on poissa.',
  },
  outOfService: {
    title: 'Tämä kone ei toimi nyt.',
    body: 'Kysy apua henkilökunnalta.',
  },
  unavailable: {
    title: 'Tätä konetta ei voi nyt käyttää.',
    body: 'Kysy apua henkilökunnalta.',
  },
};
