/**
 * The texts of the worker guidance (keys: worker-guidance.ts `guidanceKeys`) in the kiosk's four
 * languages, for the renderer to merge into its i18n resources: `guidanceMessages[lang]` goes
 * under the `guidance` key of the translation namespace, or `guidanceTexts[lang]` is used as flat
 * full keys. Short and practical on purpose: the panel is read at a glance, beside a client who
 * can read it too. Written for this kiosk after the Espoo need-based model (facts, not sentences).
 *
 * English is the reference shape; every other language must match it key for key (checked by
 * the type below and by the tests against allGuidanceKeys()).
 */
import type { Language } from './languages';

/** The shape of one language's texts: the English tree with every leaf a string. */
type MessagesLike<T> = { readonly [K in keyof T]: T[K] extends string ? string : MessagesLike<T[K]> };

const en = {
  needs: {
    device: {
      title: 'Using the device',
      signals: {
        mouseIsHard: 'The mouse is hard to move or click.',
        watchesKeyboard: 'Looks at the keyboard, not the screen, while typing.',
        unsureOfBasics: 'Unsure of basics such as scrolling or deleting text.',
        physicalObstacle: 'Could a physical obstacle (eyesight, hands) be the cause rather than skill?',
      },
      responses: {
        onlyWhatThisTaskNeeds: 'Show only the keys and buttons this task needs.',
        confirmRightGuesses: 'Let the client try; when a guess is right, say so out loud.',
        everydayWords: "Skip technical terms: 'button' is a fine word.",
        showThenLetThemDo: 'Show a step once, then let the client do it.',
        laterPractice: 'If the device is too hard for today but they want to learn, suggest a course or the library.',
      },
    },
    internet: {
      title: 'Using the internet',
      signals: {
        lostOnThePage: 'Seems lost on the page; everything looks equally important.',
        menusUnfamiliar: 'Does not recognise menus (☰), links or buttons.',
        cannotGoBack: 'Cannot find the way back to the previous page.',
        telltaleWords: 'Listen to the words they use for things on the screen.',
      },
      responses: {
        explainPageParts: 'Explain the parts of a page: front page, headings, menu.',
        watchTheMissteps: 'Note where things go wrong; it shows what the client really knows.',
        takeSecurityWorriesSeriously: 'Take worries about security seriously and explain them simply.',
        searchWithTheirInterests: 'With time to spare, practise searching on a topic the client enjoys.',
      },
    },
    service: {
      title: 'Using the e-service',
      signals: {
        cannotNameNeed: 'Finds it hard to say what needs doing.',
        unsureWhichService: 'Does not know which service or authority handles the matter.',
        losesTrackOfSteps: 'Does not follow what is being done in the service.',
        fluentWithDevice: 'Otherwise uses the device with ease.',
      },
      responses: {
        pickOutTheTask: "Listen to the story and pick out what matters for today's task.",
        clientStatesGoal: 'Ask the client to say the goal in their own words.',
        sayWhoseServiceItIs: 'Make sure the client knows whose service this is, and say plainly what comes next.',
        contentToAuthority: 'Help at a general level; questions about the matter itself go to the authority.',
      },
    },
    confidence: {
      title: 'Confidence and reassurance',
      signals: {
        tense: 'Seems tense or anxious.',
        givesUpThoughItGoesWell: 'Wants to give up even though it is going well.',
        belittlesSelf: 'Plays down their own skills.',
        overpraisesHelper: 'Praises the helper far too much.',
      },
      responses: {
        encourageAnyway: 'Encourage and praise, even when the client brushes it off.',
        calmThingsDown: 'If panic rises, slow down: this will get sorted, and you are here to help.',
        oneStepAtATime: 'Take one small step at a time and say what comes next.',
        creditTheClient: 'At the end, give the credit back: the client did it.',
      },
    },
  },
  styles: {
    temperamental: {
      title: 'Temperamental',
      description: 'Knows what they want, says it bluntly and is in a hurry; may have been let down before.',
      responses: {
        stayCalm: 'Do not take it personally; stay calm.',
        showYouHeard: 'Show that you heard: repeat the main point back.',
        beDirect: 'Be direct and brief; steer back to the task firmly.',
        pauseBriefly: 'Take a short pause if things heat up.',
      },
    },
    timid: {
      title: 'Hesitant',
      description: 'Listens closely but hesitates, and may not say when something is unclear.',
      responses: {
        oneClearStep: 'Say clearly what to do next, one step at a time.',
        makeNoEasyToSay: "Check understanding so that 'I don't follow' is easy to say.",
        encourageAndRepeat: 'Encourage along the way and repeat the key points.',
        doNotInterrupt: 'Listen calmly and without interrupting.',
      },
    },
    rambling: {
      title: 'Talkative',
      description: 'Tells a lot about their life; the visit is also a social moment.',
      responses: {
        allowSomeTalk: 'Allow some chat; it builds trust.',
        bringBackToTask: 'Kindly remind them why they came.',
        useTheirStories: 'Use their stories as examples for the task at hand.',
        haveThemRepeat: 'If they rush ahead, pause and have them repeat what they learned.',
      },
    },
    pessimistic: {
      title: 'Pessimistic',
      description: 'Stresses what they cannot do, brushes off encouragement, fears mistakes.',
      responses: {
        positiveAndKind: 'Stay positive; show empathy without dwelling on the worry.',
        nameTheProgress: "Put progress into words: 'At first this was new, now you did it.'",
        celebrateSuccess: 'Be glad of every success.',
        doNotFightTheMood: 'Negativity may just be how they talk; do not spend all your energy on changing it.',
      },
    },
    passive: {
      title: 'Passive',
      description: 'Would like you to do it, forgets what was just shown, shows little interest.',
      responses: {
        friendlyButFirm: 'Be friendly but firm: the client does the steps.',
        nowItIsTheirTurn: 'You handle your own matters online too; now it is their turn to learn.',
        theyAreInCharge: 'Treat the client as the one in charge of their own matter.',
        pointToGuidelines: 'If asked to do it for them, point to the guidelines of digital support.',
      },
    },
  },
  time: {
    timeShort: {
      title: 'Time is short',
      steps: {
        quickMapping: "Map it quickly: the real need, the client's style, any special needs.",
        straightToGoal: 'Go straight for the goal; this is not the time for a full lesson.',
        referIfNotInTime: 'If the goal is out of reach, make sure the client knows where to get help, and refer them.',
      },
    },
    moreTime: {
      title: 'More time',
      steps: {
        getToKnowFirst: 'Start with a short chat to learn how the client communicates.',
        addAnchors: 'Add intermediate anchors as you learn what the client can do.',
        agreeNextStep: 'For learning, agree a next step: a new appointment or a place to practise.',
      },
    },
  },
  anchors: {
    start: 'Start: where we begin',
    midpoint: 'Midpoint: what is done halfway',
    goal: 'Goal: the result the client wants',
    tip: 'Tell the client which anchor comes next.',
  },
  privacy: {
    clientLogsInThemselves: 'Log in yourself. Only you may use your bank codes or other means of identification.',
    workerLooksAway: 'The staff member looks away while you log in.',
    scamTip: 'No authority asks for your bank codes through a text-message link or by phone.',
  },
  pin: {
    wrong: 'Wrong PIN. Tries left: {{attemptsLeft}}.',
    wrongTryAgain: 'Wrong PIN. Try again.',
    locked: 'Too many wrong PINs. Try again in {{minutes}} min.',
    noPin: 'No staff PIN has been set. Contact IT support.',
    unavailable: 'The PIN could not be checked. Try again.',
  },
  outcomes: {
    selfService: 'Managed on their own',
    helped: 'Helped here',
    referred: 'Referred onward',
    notResolved: 'Not resolved',
  },
  headings: {
    signals: 'Signals to watch',
    responses: 'How to respond',
    style: 'Communication style',
    noStyle: 'No style chosen',
    anchors: 'Time anchors',
    strategies: 'Strategies for the time available',
    outcome: 'How did it go?',
  },
} as const;

export type GuidanceMessages = MessagesLike<typeof en>;

const fi: GuidanceMessages = {
  needs: {
    device: {
      title: 'Laitteen käyttö',
      signals: {
        mouseIsHard: 'Hiiren liikuttaminen tai klikkaaminen on työlästä.',
        watchesKeyboard: 'Katsoo kirjoittaessaan näppäimistöä eikä näyttöä.',
        unsureOfBasics: 'Perustoiminnot, kuten vierittäminen tai tekstin poistaminen, ovat epävarmoja.',
        physicalObstacle: 'Voisiko syynä olla fyysinen este (näkö, kädet) eikä osaaminen?',
      },
      responses: {
        onlyWhatThisTaskNeeds: 'Näytä vain ne näppäimet ja painikkeet, joita tämä tehtävä vaatii.',
        confirmRightGuesses: 'Anna asiakkaan kokeilla; kun hän arvaa oikein, sano se ääneen.',
        everydayWords: 'Jätä tekniset termit pois: ”nappi” on hyvä sana.',
        showThenLetThemDo: 'Näytä vaihe kerran ja anna asiakkaan tehdä se itse.',
        laterPractice: 'Jos laite on tänään liian vaikea mutta asiakas haluaa oppia, ehdota kurssia tai kirjastoa.',
      },
    },
    internet: {
      title: 'Internetin käyttö',
      signals: {
        lostOnThePage: 'Näyttää eksyvän sivulla; kaikki vaikuttaa yhtä tärkeältä.',
        menusUnfamiliar: 'Ei tunnista valikkoa (☰), linkkejä tai painikkeita.',
        cannotGoBack: 'Ei löydä takaisin edelliselle sivulle.',
        telltaleWords: 'Kuuntele, millä sanoilla asiakas puhuu näytön asioista.',
      },
      responses: {
        explainPageParts: 'Kerro sivun osat: etusivu, otsikot ja valikko.',
        watchTheMissteps: 'Pane merkille, missä kohdin menee pieleen; se kertoo todellisen osaamisen.',
        takeSecurityWorriesSeriously: 'Ota tietoturvahuolet vakavasti ja selitä ne yksinkertaisesti.',
        searchWithTheirInterests: 'Jos aikaa jää, harjoitelkaa hakua aiheella, joka kiinnostaa asiakasta.',
      },
    },
    service: {
      title: 'Asiointipalvelun käyttö',
      signals: {
        cannotNameNeed: 'Asiakkaan on vaikea sanoa, mitä pitää saada hoidettua.',
        unsureWhichService: 'Ei tiedä, mikä palvelu tai viranomainen asiaa hoitaa.',
        losesTrackOfSteps: 'Ei pysy mukana siinä, mitä palvelussa tehdään.',
        fluentWithDevice: 'Käyttää muuten laitetta sujuvasti.',
      },
      responses: {
        pickOutTheTask: 'Kuuntele tarina ja poimi siitä tämänpäiväisen asian kannalta olennainen.',
        clientStatesGoal: 'Pyydä asiakasta kertomaan tavoite omin sanoin.',
        sayWhoseServiceItIs: 'Varmista, että asiakas tietää, kenen palvelu tämä on, ja kerro suoraan, mitä seuraavaksi tehdään.',
        contentToAuthority: 'Auta yleisellä tasolla; itse asiaa koskevat kysymykset kuuluvat viranomaiselle.',
      },
    },
    confidence: {
      title: 'Varmuus ja rohkaisu',
      signals: {
        tense: 'Vaikuttaa jännittyneeltä tai ahdistuneelta.',
        givesUpThoughItGoesWell: 'Haluaa luovuttaa, vaikka asiointi sujuu.',
        belittlesSelf: 'Vähättelee omaa osaamistaan.',
        overpraisesHelper: 'Kehuu auttajaa ylen määrin.',
      },
      responses: {
        encourageAnyway: 'Kannusta ja kehu, vaikka asiakas torjuisi kehut.',
        calmThingsDown: 'Jos hätä nousee, hidasta: asia järjestyy, ja olet tässä auttamassa.',
        oneStepAtATime: 'Etenkää pienin askelin ja kerro, mitä seuraavaksi tapahtuu.',
        creditTheClient: 'Lopuksi anna kunnia asiakkaalle: hän sen teki.',
      },
    },
  },
  styles: {
    temperamental: {
      title: 'Temperamenttinen',
      description: 'Tietää mitä haluaa, puhuu suoraan ja kiireellä; taustalla voi olla huonoja kokemuksia.',
      responses: {
        stayCalm: 'Älä ota henkilökohtaisesti; pysy rauhallisena.',
        showYouHeard: 'Näytä, että kuulit: toista pääasia omin sanoin.',
        beDirect: 'Ole suora ja lyhyt; ohjaa jämäkästi takaisin asiaan.',
        pauseBriefly: 'Pidä pieni tauko, jos tilanne kuumenee.',
      },
    },
    timid: {
      title: 'Arkaileva',
      description: 'Kuuntelee tarkasti mutta epäröi, eikä aina kerro, jos ei ymmärrä.',
      responses: {
        oneClearStep: 'Kerro selvästi seuraava vaihe, yksi kerrallaan.',
        makeNoEasyToSay: 'Varmista ymmärtäminen niin, että ”en ymmärrä” on helppo sanoa.',
        encourageAndRepeat: 'Kannusta matkan varrella ja kertaa tärkeimmät kohdat.',
        doNotInterrupt: 'Kuuntele rauhassa ja keskeyttämättä.',
      },
    },
    rambling: {
      title: 'Puhelias',
      description: 'Kertoo paljon elämästään; käynti on myös sosiaalinen hetki.',
      responses: {
        allowSomeTalk: 'Salli vähän jutustelua; se rakentaa luottamusta.',
        bringBackToTask: 'Muistuta ystävällisesti, miksi asiakas tuli.',
        useTheirStories: 'Käytä asiakkaan tarinoita esimerkkeinä käsillä olevaan tehtävään.',
        haveThemRepeat: 'Jos asiakas kiirehtii edelle, pysähdy ja pyydä häntä toistamaan opittu.',
      },
    },
    pessimistic: {
      title: 'Pessimistinen',
      description: 'Korostaa, mitä ei osaa, torjuu kannustuksen ja pelkää virheitä.',
      responses: {
        positiveAndKind: 'Pysy myönteisenä; osoita myötätuntoa jäämättä vellomaan huolessa.',
        nameTheProgress: 'Sanoita edistyminen: ”Alussa tämä oli uutta, nyt teit sen.”',
        celebrateSuccess: 'Iloitse jokaisesta onnistumisesta.',
        doNotFightTheMood: 'Kielteisyys voi olla vain tapa puhua; älä käytä kaikkea energiaa sen muuttamiseen.',
      },
    },
    passive: {
      title: 'Passiivinen',
      description: 'Toivoo, että teet asian puolesta, unohtaa juuri näytetyn eikä juuri innostu.',
      responses: {
        friendlyButFirm: 'Ole ystävällinen mutta jämäkkä: asiakas tekee vaiheet itse.',
        nowItIsTheirTurn: 'Sinäkin hoidat omat asiasi verkossa; nyt on asiakkaan vuoro oppia.',
        theyAreInCharge: 'Kohtele asiakasta oman asiansa hoitajana.',
        pointToGuidelines: 'Jos asiakas pyytää tekemään puolesta, näytä digituen pelisäännöt.',
      },
    },
  },
  time: {
    timeShort: {
      title: 'Aikaa on vähän',
      steps: {
        quickMapping: 'Kartoita nopeasti: todellinen tarve, asiakkaan tyyli ja mahdolliset erityistarpeet.',
        straightToGoal: 'Mene suoraan kohti tavoitetta; nyt ei ole perusteellisen opetuksen aika.',
        referIfNotInTime: 'Jos tavoite ei ehdi toteutua, varmista että asiakas tietää, mistä saa apua, ja ohjaa eteenpäin.',
      },
    },
    moreTime: {
      title: 'Aikaa on enemmän',
      steps: {
        getToKnowFirst: 'Aloita lyhyellä jutustelulla, niin opit asiakkaan tavan viestiä.',
        addAnchors: 'Lisää välitavoitteita sitä mukaa kuin opit, mitä asiakas osaa.',
        agreeNextStep: 'Jos tavoitteena on oppia, sopikaa jatkosta: uusi aika tai harjoittelupaikka.',
      },
    },
  },
  anchors: {
    start: 'Alku: mistä lähdetään',
    midpoint: 'Puoliväli: mitä on tehty puolivälissä',
    goal: 'Tavoite: lopputulos, jota asiakas haluaa',
    tip: 'Kerro asiakkaalle, mikä on seuraava välitavoite.',
  },
  privacy: {
    clientLogsInThemselves: 'Kirjaudu itse. Vain sinä saat käyttää pankkitunnuksiasi tai muuta tunnistusvälinettäsi.',
    workerLooksAway: 'Työntekijä kääntyy pois sillä aikaa, kun kirjaudut.',
    scamTip: 'Yksikään viranomainen ei kysy pankkitunnuksia tekstiviestin linkillä tai puhelimessa.',
  },
  pin: {
    wrong: 'Väärä PIN-koodi. Yrityksiä jäljellä: {{attemptsLeft}}.',
    wrongTryAgain: 'Väärä PIN-koodi. Yritä uudelleen.',
    locked: 'Liian monta väärää PIN-koodia. Yritä uudelleen {{minutes}} min kuluttua.',
    noPin: 'Henkilökunnan PIN-koodia ei ole asetettu. Ota yhteys IT-tukeen.',
    unavailable: 'PIN-koodia ei voitu tarkistaa. Yritä uudelleen.',
  },
  outcomes: {
    selfService: 'Asiakas pärjäsi itse',
    helped: 'Autettiin täällä',
    referred: 'Ohjattiin eteenpäin',
    notResolved: 'Asia jäi ratkaisematta',
  },
  headings: {
    signals: 'Mitä tarkkailla',
    responses: 'Miten toimia',
    style: 'Viestintätyyli',
    noStyle: 'Ei valittu',
    anchors: 'Aikaankkurit',
    strategies: 'Toimintatapa käytössä olevan ajan mukaan',
    outcome: 'Miten kävi?',
  },
};

/** Plain Finnish (selkosuomi): short sentences, everyday words, one thing at a time. */
const fiPlain: GuidanceMessages = {
  needs: {
    device: {
      title: 'Laitteen käyttö',
      signals: {
        mouseIsHard: 'Hiiren käyttö on vaikeaa.',
        watchesKeyboard: 'Asiakas katsoo näppäimiä, kun hän kirjoittaa.',
        unsureOfBasics: 'Asiakas ei ole varma perusasioista. Esimerkiksi sivun vierittäminen on vaikeaa.',
        physicalObstacle: 'Onko syy ehkä näössä tai käsissä? Silloin kyse ei ole taidosta.',
      },
      responses: {
        onlyWhatThisTaskNeeds: 'Näytä vain ne napit, joita tässä asiassa tarvitaan.',
        confirmRightGuesses: 'Anna asiakkaan kokeilla. Kun hän tekee oikein, sano se.',
        everydayWords: 'Puhu tavallisilla sanoilla. Sana ”nappi” on hyvä.',
        showThenLetThemDo: 'Näytä kerran. Sitten asiakas tekee itse.',
        laterPractice: 'Haluaako asiakas oppia lisää? Kerro kursseista ja kirjastosta.',
      },
    },
    internet: {
      title: 'Internetin käyttö',
      signals: {
        lostOnThePage: 'Asiakas on hämmentynyt. Kaikki sivulla näyttää yhtä tärkeältä.',
        menusUnfamiliar: 'Asiakas ei tunne valikkoa (☰), linkkejä tai nappeja.',
        cannotGoBack: 'Asiakas ei osaa palata edelliselle sivulle.',
        telltaleWords: 'Kuuntele, millä sanoilla asiakas puhuu sivusta.',
      },
      responses: {
        explainPageParts: 'Kerro, mitä sivulla on: etusivu, otsikot ja valikko.',
        watchTheMissteps: 'Katso, missä kohdassa tulee virhe. Se kertoo, mitä asiakas osaa.',
        takeSecurityWorriesSeriously: 'Ota huoli tietoturvasta vakavasti. Selitä asia lyhyesti.',
        searchWithTheirInterests: 'Onko aikaa? Harjoitelkaa hakua aiheella, josta asiakas pitää.',
      },
    },
    service: {
      title: 'Asiointi verkossa',
      signals: {
        cannotNameNeed: 'Asiakkaan on vaikea sanoa, mitä hän haluaa hoitaa.',
        unsureWhichService: 'Asiakas ei tiedä, mikä palvelu hoitaa asian.',
        losesTrackOfSteps: 'Asiakas ei ymmärrä, mitä palvelussa tehdään.',
        fluentWithDevice: 'Asiakas osaa muuten käyttää laitetta hyvin.',
      },
      responses: {
        pickOutTheTask: 'Kuuntele asiakasta. Etsi, mikä on tärkeää tämän päivän asiassa.',
        clientStatesGoal: 'Pyydä asiakasta kertomaan, mitä hän haluaa saada tehtyä.',
        sayWhoseServiceItIs: 'Kerro, kenen palvelu tämä on. Kerro selvästi, mitä tehdään seuraavaksi.',
        contentToAuthority: 'Auta yleisesti. Kysymykset asian sisällöstä kuuluvat viranomaiselle.',
      },
    },
    confidence: {
      title: 'Rohkaisu',
      signals: {
        tense: 'Asiakas on jännittynyt tai huolissaan.',
        givesUpThoughItGoesWell: 'Asiakas haluaa lopettaa, vaikka kaikki menee hyvin.',
        belittlesSelf: 'Asiakas sanoo, ettei hän osaa.',
        overpraisesHelper: 'Asiakas kehuu auttajaa todella paljon.',
      },
      responses: {
        encourageAnyway: 'Kannusta ja kehu, vaikka asiakas ei usko sitä.',
        calmThingsDown: 'Jos asiakas hätääntyy, hidasta. Sano, että asia järjestyy.',
        oneStepAtATime: 'Tehkää yksi pieni asia kerrallaan. Kerro aina, mitä tulee seuraavaksi.',
        creditTheClient: 'Sano lopuksi, että asiakas teki sen itse.',
      },
    },
  },
  styles: {
    temperamental: {
      title: 'Kiivas',
      description: 'Tietää, mitä haluaa. Puhuu suoraan ja on kiireinen.',
      responses: {
        stayCalm: 'Älä suutu. Pysy rauhallisena.',
        showYouHeard: 'Näytä, että kuulit. Toista tärkein asia.',
        beDirect: 'Puhu suoraan ja lyhyesti. Palaa asiaan.',
        pauseBriefly: 'Pitäkää pieni tauko, jos tunteet kuumenevat.',
      },
    },
    timid: {
      title: 'Arka',
      description: 'Kuuntelee tarkasti mutta epäröi. Ei aina sano, jos ei ymmärrä.',
      responses: {
        oneClearStep: 'Kerro selvästi, mitä tehdään seuraavaksi. Yksi asia kerrallaan.',
        makeNoEasyToSay: 'Kysy niin, että asiakkaan on helppo sanoa: en ymmärrä.',
        encourageAndRepeat: 'Kannusta. Kertaa tärkeät asiat.',
        doNotInterrupt: 'Kuuntele rauhassa. Älä keskeytä.',
      },
    },
    rambling: {
      title: 'Puhelias',
      description: 'Kertoo paljon elämästään. Käynti on hänelle myös seuraa.',
      responses: {
        allowSomeTalk: 'Juttele vähän. Se lisää luottamusta.',
        bringBackToTask: 'Muistuta ystävällisesti, miksi asiakas tuli.',
        useTheirStories: 'Käytä asiakkaan tarinoita esimerkkeinä.',
        haveThemRepeat: 'Jos asiakas kiirehtii, pysähdy. Pyydä häntä toistamaan, mitä opitte.',
      },
    },
    pessimistic: {
      title: 'Epäilevä',
      description: 'Sanoo, ettei osaa. Ei usko kehuja. Pelkää virheitä.',
      responses: {
        positiveAndKind: 'Ole myönteinen ja ystävällinen. Älä jää puhumaan huolista.',
        nameTheProgress: 'Sano ääneen, mitä asiakas on jo oppinut.',
        celebrateSuccess: 'Iloitse jokaisesta onnistumisesta.',
        doNotFightTheMood: 'Joskus ihminen vain puhuu kielteisesti. Älä yritä muuttaa sitä liikaa.',
      },
    },
    passive: {
      title: 'Passiivinen',
      description: 'Haluaa, että teet asian hänen puolestaan. Unohtaa helposti.',
      responses: {
        friendlyButFirm: 'Ole ystävällinen mutta päättäväinen. Asiakas tekee itse.',
        nowItIsTheirTurn: 'Sinäkin hoidat asiasi verkossa. Nyt asiakas oppii saman.',
        theyAreInCharge: 'Asiakas päättää omasta asiastaan.',
        pointToGuidelines: 'Pyytääkö asiakas tekemään puolesta? Näytä digituen säännöt.',
      },
    },
  },
  time: {
    timeShort: {
      title: 'Aikaa on vähän',
      steps: {
        quickMapping: 'Selvitä nopeasti, mitä asiakas tarvitsee.',
        straightToGoal: 'Mene suoraan tavoitteeseen. Nyt ei ole aikaa opettaa kaikkea.',
        referIfNotInTime: 'Jos aika ei riitä, kerro, mistä asiakas saa apua.',
      },
    },
    moreTime: {
      title: 'Aikaa on enemmän',
      steps: {
        getToKnowFirst: 'Juttele ensin vähän. Opit, miten asiakas puhuu.',
        addAnchors: 'Lisää välitavoitteita, kun opit, mitä asiakas osaa.',
        agreeNextStep: 'Sopikaa, miten asiakas jatkaa oppimista.',
      },
    },
  },
  anchors: {
    start: 'Alku: mistä aloitetaan',
    midpoint: 'Puoliväli: mitä on tehty puolessa välissä',
    goal: 'Tavoite: mitä asiakas haluaa saada valmiiksi',
    tip: 'Kerro asiakkaalle, mitä tehdään seuraavaksi.',
  },
  privacy: {
    clientLogsInThemselves: 'Kirjaudu itse. Vain sinä saat käyttää omia pankkitunnuksiasi.',
    workerLooksAway: 'Työntekijä ei katso, kun kirjaudut.',
    scamTip: 'Viranomainen ei koskaan kysy pankkitunnuksia tekstiviestillä tai puhelimessa.',
  },
  pin: {
    wrong: 'Väärä PIN-koodi. Yrityksiä jäljellä: {{attemptsLeft}}.',
    wrongTryAgain: 'Väärä PIN-koodi. Kokeile uudelleen.',
    locked: 'Liian monta väärää PIN-koodia. Odota {{minutes}} min.',
    noPin: 'PIN-koodia ei ole. Ota yhteys IT-tukeen.',
    unavailable: 'PIN-koodin tarkistus ei onnistunut. Yritä uudelleen.',
  },
  outcomes: {
    selfService: 'Asiakas teki itse',
    helped: 'Autoimme',
    referred: 'Ohjasimme muualle',
    notResolved: 'Asia ei ratkennut',
  },
  headings: {
    signals: 'Mitä huomata',
    responses: 'Miten auttaa',
    style: 'Tapa puhua',
    noStyle: 'Ei valittu',
    anchors: 'Aika',
    strategies: 'Miten toimia ajan mukaan',
    outcome: 'Miten meni?',
  },
};

const sv: GuidanceMessages = {
  needs: {
    device: {
      title: 'Att använda enheten',
      signals: {
        mouseIsHard: 'Det är svårt att flytta musen eller klicka.',
        watchesKeyboard: 'Tittar på tangentbordet i stället för skärmen när hen skriver.',
        unsureOfBasics: 'Osäker på grunderna, till exempel att skrolla eller radera text.',
        physicalObstacle: 'Kan orsaken vara ett fysiskt hinder (syn, händer) snarare än kunskap?',
      },
      responses: {
        onlyWhatThisTaskNeeds: 'Visa bara de tangenter och knappar som den här uppgiften kräver.',
        confirmRightGuesses: 'Låt kunden pröva; säg högt när hen gissar rätt.',
        everydayWords: 'Undvik tekniska termer: ”knapp” är ett bra ord.',
        showThenLetThemDo: 'Visa ett steg en gång och låt sedan kunden göra det själv.',
        laterPractice: 'Om enheten är för svår i dag men kunden vill lära sig, föreslå en kurs eller biblioteket.',
      },
    },
    internet: {
      title: 'Att använda internet',
      signals: {
        lostOnThePage: 'Verkar vilse på sidan; allt ser lika viktigt ut.',
        menusUnfamiliar: 'Känner inte igen menyer (☰), länkar eller knappar.',
        cannotGoBack: 'Hittar inte tillbaka till föregående sida.',
        telltaleWords: 'Lyssna på vilka ord kunden använder om det som syns på skärmen.',
      },
      responses: {
        explainPageParts: 'Förklara sidans delar: startsida, rubriker och meny.',
        watchTheMissteps: 'Notera var det går fel; det visar vad kunden verkligen kan.',
        takeSecurityWorriesSeriously: 'Ta oro för datasäkerheten på allvar och förklara enkelt.',
        searchWithTheirInterests: 'Om tiden räcker, öva sökning med ett ämne som intresserar kunden.',
      },
    },
    service: {
      title: 'Att använda e-tjänsten',
      signals: {
        cannotNameNeed: 'Har svårt att säga vad som ska göras.',
        unsureWhichService: 'Vet inte vilken tjänst eller myndighet som sköter ärendet.',
        losesTrackOfSteps: 'Hänger inte med i vad som görs i tjänsten.',
        fluentWithDevice: 'Använder annars enheten obehindrat.',
      },
      responses: {
        pickOutTheTask: 'Lyssna på berättelsen och plocka ut det som gäller dagens ärende.',
        clientStatesGoal: 'Be kunden säga målet med egna ord.',
        sayWhoseServiceItIs: 'Se till att kunden vet vems tjänst det är, och säg rakt ut vad som händer härnäst.',
        contentToAuthority: 'Hjälp på ett allmänt plan; frågor om själva ärendet hör till myndigheten.',
      },
    },
    confidence: {
      title: 'Trygghet och uppmuntran',
      signals: {
        tense: 'Verkar spänd eller orolig.',
        givesUpThoughItGoesWell: 'Vill ge upp fast det går bra.',
        belittlesSelf: 'Förminskar sitt eget kunnande.',
        overpraisesHelper: 'Berömmer hjälparen överdrivet mycket.',
      },
      responses: {
        encourageAnyway: 'Uppmuntra och beröm, även om kunden viftar bort det.',
        calmThingsDown: 'Om paniken stiger, sakta ner: det här ordnar sig, och du är här för att hjälpa.',
        oneStepAtATime: 'Ta ett litet steg i taget och säg vad som kommer härnäst.',
        creditTheClient: 'Ge till sist äran tillbaka: det var kunden som gjorde det.',
      },
    },
  },
  styles: {
    temperamental: {
      title: 'Temperamentsfull',
      description: 'Vet vad hen vill, säger det rakt ut och har bråttom; kan ha dåliga erfarenheter.',
      responses: {
        stayCalm: 'Ta det inte personligt; håll dig lugn.',
        showYouHeard: 'Visa att du hört: upprepa huvudpoängen.',
        beDirect: 'Var rak och kortfattad; styr bestämt tillbaka till uppgiften.',
        pauseBriefly: 'Ta en kort paus om stämningen blir het.',
      },
    },
    timid: {
      title: 'Försiktig',
      description: 'Lyssnar noga men tvekar, och säger inte alltid till när något är oklart.',
      responses: {
        oneClearStep: 'Säg tydligt vad som ska göras, ett steg i taget.',
        makeNoEasyToSay: 'Kontrollera förståelsen så att det är lätt att säga ”jag förstår inte”.',
        encourageAndRepeat: 'Uppmuntra under vägen och repetera det viktigaste.',
        doNotInterrupt: 'Lyssna lugnt utan att avbryta.',
      },
    },
    rambling: {
      title: 'Pratsam',
      description: 'Berättar gärna om sitt liv; besöket är också en social stund.',
      responses: {
        allowSomeTalk: 'Tillåt lite prat; det bygger förtroende.',
        bringBackToTask: 'Påminn vänligt om varför kunden kom.',
        useTheirStories: 'Använd kundens berättelser som exempel för uppgiften.',
        haveThemRepeat: 'Om kunden rusar i väg, stanna upp och låt hen upprepa det hen lärt sig.',
      },
    },
    pessimistic: {
      title: 'Pessimistisk',
      description: 'Betonar vad hen inte kan, avvisar uppmuntran och är rädd för fel.',
      responses: {
        positiveAndKind: 'Var positiv; visa medkänsla utan att fastna i oron.',
        nameTheProgress: 'Sätt ord på framstegen: ”I början var det nytt, nu gjorde du det.”',
        celebrateSuccess: 'Gläd dig åt varje lyckat steg.',
        doNotFightTheMood: 'Negativiteten kan vara ett sätt att prata; lägg inte all energi på att ändra den.',
      },
    },
    passive: {
      title: 'Passiv',
      description: 'Vill att du gör det, glömmer det som just visats och visar lite intresse.',
      responses: {
        friendlyButFirm: 'Var vänlig men bestämd: kunden gör stegen själv.',
        nowItIsTheirTurn: 'Du sköter också dina ärenden på nätet; nu är det kundens tur att lära sig.',
        theyAreInCharge: 'Behandla kunden som den som styr sitt eget ärende.',
        pointToGuidelines: 'Om kunden ber dig göra det åt hen, visa riktlinjerna för digistöd.',
      },
    },
  },
  time: {
    timeShort: {
      title: 'Ont om tid',
      steps: {
        quickMapping: 'Kartlägg snabbt: det verkliga behovet, kundens stil och eventuella särskilda behov.',
        straightToGoal: 'Gå direkt mot målet; nu är det inte tid för en grundlig lektion.',
        referIfNotInTime: 'Om målet inte hinns med, se till att kunden vet var hjälp finns, och hänvisa vidare.',
      },
    },
    moreTime: {
      title: 'Mer tid',
      steps: {
        getToKnowFirst: 'Börja med en kort pratstund för att lära känna kundens sätt att kommunicera.',
        addAnchors: 'Lägg till delmål allteftersom du ser vad kunden kan.',
        agreeNextStep: 'Om målet är att lära sig, kom överens om fortsättningen: en ny tid eller en plats att öva på.',
      },
    },
  },
  anchors: {
    start: 'Start: var vi börjar',
    midpoint: 'Halvvägs: vad som är gjort halvvägs',
    goal: 'Mål: det resultat kunden vill ha',
    tip: 'Berätta för kunden vilket delmål som kommer härnäst.',
  },
  privacy: {
    clientLogsInThemselves: 'Logga in själv. Bara du får använda dina bankkoder eller andra identifieringsverktyg.',
    workerLooksAway: 'Personalen vänder sig bort medan du loggar in.',
    scamTip: 'Ingen myndighet ber om dina bankkoder via en länk i ett sms eller per telefon.',
  },
  pin: {
    wrong: 'Fel PIN-kod. Försök kvar: {{attemptsLeft}}.',
    wrongTryAgain: 'Fel PIN-kod. Försök igen.',
    locked: 'För många fel PIN-koder. Försök igen om {{minutes}} min.',
    noPin: 'Ingen PIN-kod för personalen har angetts. Kontakta IT-stödet.',
    unavailable: 'PIN-koden kunde inte kontrolleras. Försök igen.',
  },
  outcomes: {
    selfService: 'Klarade sig själv',
    helped: 'Fick hjälp här',
    referred: 'Hänvisades vidare',
    notResolved: 'Löstes inte',
  },
  headings: {
    signals: 'Att hålla utkik efter',
    responses: 'Hur du kan göra',
    style: 'Kommunikationsstil',
    noStyle: 'Ingen vald',
    anchors: 'Tidsankare',
    strategies: 'Strategi efter tillgänglig tid',
    outcome: 'Hur gick det?',
  },
};

/** The texts per language as a tree, to mount under the `guidance` key of the i18n resources. */
export const guidanceMessages: Readonly<Record<Language, GuidanceMessages>> = { fi, 'fi-plain': fiPlain, sv, en };

interface TextTree {
  readonly [key: string]: string | TextTree;
}

/** `{ a: { b: 'x' } }` → `{ 'prefix.a.b': 'x' }`, in the tree's order. */
function flatten(tree: TextTree, prefix: string): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}.${key}`;
    if (typeof value === 'string') flat[path] = value;
    else Object.assign(flat, flatten(value, path));
  }
  return flat;
}

/** The texts per language keyed by the full i18n key (`guidance.needs.device.title` …). */
export const guidanceTexts: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  fi: flatten(fi, 'guidance'),
  'fi-plain': flatten(fiPlain, 'guidance'),
  sv: flatten(sv, 'guidance'),
  en: flatten(en, 'guidance'),
};
