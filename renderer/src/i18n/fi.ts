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
    reload: 'Päivitä',
    end: 'Lopeta asiointi',
    guidelines: 'Ohjeet',
    language: 'Kieli',
    languageMenu: 'Kielet',
    youAreOn: 'Olet sivustolla:',
    homeHint: 'Valitse palvelu alta.',
    loading: 'Sivu latautuu…',
  },
  ethics: {
    intro: {
      title: 'Ennen kuin aloitat',
      lead: 'Tätä voit odottaa tällä koneella.',
      acknowledge: 'Selvä, aloitetaan',
      readAll: 'Lue koko ohje',
    },
    expectations: {
      staffHelpYouDoItYourself: 'Henkilökunta auttaa sinua tekemään asiat itse. He neuvovat, sinä teet.',
      nobodyAsksForYourCodes: 'Kukaan täällä ei kysy pankkitunnuksiasi tai salasanojasi eikä käytä niitä puolestasi.',
      youLogInYourself: 'Kirjaudut palveluihin itse. Henkilökunta katsoo silloin muualle.',
      youAreResponsibleForWhatYouSend: 'Sinä päätät, mitä lähetät ja liität, ja vastaat siitä itse.',
      staffMaySeeYourDataConfidential: 'Auttaessaan henkilökunta voi nähdä tietojasi. He pitävät ne omana tietonaan.',
      everythingIsWipedAtTheEnd: 'Kun lopetat, kaikki tekemäsi poistetaan tältä koneelta.',
    },
    tabs: {
      client: 'Sinulle',
      supporter: 'Henkilökunnalle',
    },
    guidelines: {
      client: {
        learnsToActIndependently: 'Opettelet käyttämään laitteita ja verkkopalveluja itsenäisesti ja turvallisesti.',
        aimsForLighterSupport: 'Tavoite on, että ensi kerralla tarvitset vähemmän apua tai et lainkaan.',
        doesTheStepsThemselves: 'Teet vaiheet itse; henkilökunta näyttää, miten.',
        understandsSupporterMaySeeData: 'Tiedät, että auttaja voi nähdä henkilötietojasi.',
        responsibleForOwnDevice: 'Huolehdit omasta puhelimestasi tai tietokoneestasi ja sen asetuksista.',
        understandsSupportHasLimits: 'Tiedät, ettei henkilökunta voi ratkaista jokaista ongelmaa.',
        authoritiesGuideInOwnServices: 'Omaa asiaasi koskeviin kysymyksiin vastaa se viranomainen, joka asiaa hoitaa.',
      },
      supporter: {
        knowsLimitsAndRefersOnward: 'tietää, missä voi auttaa, ja kertoo, mistä saat apua muuhun.',
        neverTakesCodesOrMeans: 'ei koskaan ota salasanojasi, pankkitunnuksiasi tai muita tunnistusvälineitäsi.',
        neverActsOnClientsBehalf: 'ei hoida henkilökohtaisia asioitasi puolestasi.',
        noRemoteControlDuringIdentification: 'ei ota ruutuasi hallintaansa kirjautumisen aikana, ja sen jälkeenkin vain, jos siitä sovitaan.',
        letsClientLogInThemselves: 'antaa sinun kirjautua itse ja katsoo silloin muualle.',
        kindCalmAndClear: 'auttaa ystävällisesti, rauhallisesti ja kannustaen, selkein sanoin.',
        makesSureClientKnowsWhatHappens: 'varmistaa, että tiedät, mitä kussakin vaiheessa tapahtuu.',
        discreetAndConfidential: 'on hienotunteinen ja pitää näkemänsä omana tietonaan.',
      },
    },
    dialog: {
      title: 'Digituen ohjeet',
      tabsLabel: 'Kenen ohjeet',
      clientLead: 'Toivomme sinulta tätä:',
      supporterLead: 'Henkilökunta:',
      close: 'Sulje',
    },
  },
  assessment: {
    offer: {
      title: 'Haluatko vastata muutamaan kysymykseen?',
      body: 'Siihen menee noin 2 minuuttia. Sen jälkeen ehdotamme, mistä kannattaa aloittaa.',
      note: 'Voit ohittaa minkä tahansa kysymyksen. Vastauksesi poistetaan lopuksi kuten kaikki muukin.',
      begin: 'Kyllä, aloitetaan',
      skip: 'Ei kiitos, näytä palvelut',
    },
    progress: 'Kysymys {{current}}/{{total}}',
    multiHint: 'Voit valita useamman.',
    next: 'Seuraava',
    skipQuestion: 'Ohita kysymys',
    back: 'Edellinen',
    skipAll: 'Ohita kysymykset',
    questions: {
      goal: {
        title: 'Mitä haluaisit tehdä tänään?',
        options: {
          benefit: 'Hakea etuutta',
          messages: 'Lukea viranomaisten viestejä',
          tax: 'Verot',
          immigration: 'Oleskelulupa tai Suomeen muutto',
          attachments: 'Lähettää hakemuksen liitteitä',
          health: 'Terveysasiat, esimerkiksi laboratoriotulokset',
          learn: 'Oppia käyttämään verkkopalveluja',
          other: 'Jotain muuta',
        },
      },
      level: {
        title: 'Miten verkkopalvelut sujuvat sinulta?',
        options: {
          '1': 'Käytän niitä ja pärjään hyvin',
          '2': 'Käytän niitä, mutta tarvitsen joskus apua',
          '3': 'En vielä käytä niitä ja tarvitsen apua',
          '4': 'En pysty käyttämään niitä itse',
        },
      },
      unsure: {
        title: 'Tuntuuko jokin epävarmalta?',
        options: {
          device: 'Tietokoneen, hiiren tai näppäimistön käyttö',
          internet: 'Verkkosivuilla liikkuminen',
          service: 'Mitä pitää täyttää tai mitä sanat tarkoittavat',
          confidence: 'Pärjäänkö ylipäätään',
          none: 'Ei mikään erityisesti',
        },
      },
      strongAuth: {
        title: 'Onko sinulla mukana pankkitunnukset tai muu tapa kirjautua?',
        options: {
          yes: 'Kyllä',
          no: 'Ei',
          unknown: 'En ole varma, mitä se tarkoittaa',
        },
      },
      ease: {
        title: 'Haluaisitko, että ruutua on helpompi lukea tai kuunnella?',
        options: {
          biggerText: 'Isompi teksti',
          readAloud: 'Teksti luetaan ääneen',
          contrast: 'Voimakkaammat värit',
          none: 'Ei, tämä on hyvä',
        },
      },
    },
    routes: {
      goAhead: {
        title: 'Voit aloittaa',
        body: 'Avaa palvelu ja hoida asiasi. Jos jäät jumiin, henkilökunta auttaa mielellään.',
      },
      askStaff: {
        title: 'Pyydä henkilökuntaa auttamaan alkuun',
        body: 'Henkilökunnasta joku voi olla vierelläsi ensimmäisten vaiheiden ajan. Sinä teet, he näyttävät miten.',
      },
      authority: {
        title: 'Asiaa hoitava viranomainen vastaa kysymyksiisi',
        body: 'Mitä lomakkeeseen täytetään ja mitä termit tarkoittavat, sen osaa parhaiten kertoa asiaasi hoitava viranomainen. Näin tavoitat heidät.',
      },
      learning: {
        title: 'Opi lisää omaan tahtiisi',
        body: 'Näissä paikoissa opetetaan tietokoneen, puhelimen ja verkkopalvelujen käyttöä maksutta tai edullisesti.',
      },
      identification: {
        title: 'Tarvitset ensin tavan kirjautua',
        body: 'Useimmat verkkopalvelut pyytävät sinua todistamaan, kuka olet. Näin saat siihen tarvittavat välineet.',
      },
      onBehalf: {
        title: 'Joku voi hoitaa asioitasi puolestasi',
        body: 'Jos et voi käyttää verkkopalveluja itse, voit antaa luotetulle ihmiselle oikeuden asioida puolestasi. Palvelua saa myös asiointipisteen tiskiltä.',
      },
      withStaff: 'Henkilökunta voi auttaa sinua tässä. Pyydä joku viereesi.',
    },
    result: {
      eyebrow: 'Ehdotuksemme',
      nextStep: 'Seuraava askel',
      open: 'Avaa {{service}}',
      showServices: 'Näytä palvelut',
      askStaff: 'Kysy henkilökunnalta tiskiltä',
      askStaffHint: 'Voit näyttää heille tämän ruudun.',
      alsoTitle: 'Voit myös',
      revise: 'Muuta vastauksiani',
    },
    identification: {
      what: 'Vahva tunnistautuminen tarkoittaa, että todistat verkossa, kuka olet: pankkitunnuksilla, mobiilivarmenteella tai sirullisella henkilökortilla.',
      onlyYou: 'Vain sinä saat käyttää tunnuksiasi. Älä anna niitä kenellekään, et henkilökunnallekaan.',
      howToGet: 'Pankkitunnukset saat omasta pankistasi. Henkilökorttia haetaan poliisilta; kortin tunnusluvut tulevat Digi- ja väestötietovirastosta.',
      alternative: 'Jos et voi hankkia niitä, luotettu ihminen voi asioida puolestasi Suomi.fi-valtuuksilla.',
    },
    onBehalf: {
      counter: 'Voit myös pyytää, että asiasi hoidetaan asiointipisteen tiskillä.',
    },
  },
  referrals: {
    kinds: {
      authority: {
        title: 'Viranomainen',
        body: 'He hoitavat asiaasi ja vastaavat siitä kysymyksiin.',
      },
      learning: {
        title: 'Oppiminen',
        body: 'He opettavat laitteiden ja verkkopalvelujen käyttöä.',
      },
      identification: {
        title: 'Tunnistautuminen',
        body: 'Heiltä saat välineet kirjautua verkkopalveluihin.',
      },
      onBehalf: {
        title: 'Puolesta asiointi',
        body: 'Sen avulla luotettu ihminen voi hoitaa asioitasi puolestasi.',
      },
      advice: {
        title: 'Neuvonta',
        body: 'He kertovat, mikä viranomainen voi auttaa asiassasi.',
      },
    },
    visit: 'Heidän luonaan voi asioida myös paikan päällä.',
    web: 'Verkkosivu',
    phone: 'Puhelin',
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
