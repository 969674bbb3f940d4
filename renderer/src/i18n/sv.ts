import type { Messages } from './messages';

/** Swedish texts. */
export const sv: Messages = {
  app: {
    name: 'Vierellä',
    loading: 'Ett ögonblick…',
  },
  language: {
    name: 'Svenska',
  },
  welcome: {
    title: 'Välkommen!',
    lead: 'På den här datorn kan du använda offentliga e-tjänster, till exempel FPA, Skatteförvaltningen och Migri.',
    yourself: 'Du använder tjänsterna själv. Personalen finns nära och hjälper gärna till.',
    wipe: 'När du är klar raderas allt du har gjort från datorn.',
    languageHeading: 'Välj språk',
    start: 'Börja',
  },
  toolbar: {
    label: 'Knappar för sidan',
    home: 'Startsida',
    back: 'Tillbaka',
    forward: 'Framåt',
    reload: 'Ladda om',
    end: 'Avsluta besöket',
    guidelines: 'Riktlinjer',
    language: 'Språk',
    languageMenu: 'Språk',
    youAreOn: 'Du är på:',
    homeHint: 'Välj en tjänst nedan.',
    loading: 'Sidan laddas…',
  },
  ethics: {
    intro: {
      title: 'Innan du börjar',
      lead: 'Det här kan du vänta dig vid den här datorn.',
      acknowledge: 'Jag förstår, vi börjar',
      readAll: 'Läs hela riktlinjerna',
    },
    expectations: {
      staffHelpYouDoItYourself: 'Personalen hjälper dig att göra saker själv. De visar vägen, du tar stegen.',
      nobodyAsksForYourCodes: 'Ingen här frågar efter dina bankkoder eller lösenord, och ingen använder dem åt dig.',
      youLogInYourself: 'Du loggar in i tjänsterna själv. Personalen tittar bort medan du gör det.',
      youAreResponsibleForWhatYouSend: 'Du bestämmer vad du skickar och bifogar, och du ansvarar för det.',
      staffMaySeeYourDataConfidential: 'När personalen hjälper dig kan de se dina uppgifter. De håller dem för sig själva.',
      everythingIsWipedAtTheEnd: 'När du är klar raderas allt du har gjort från den här datorn.',
    },
    tabs: {
      client: 'För dig',
      supporter: 'För personalen',
    },
    guidelines: {
      client: {
        learnsToActIndependently: 'Du lär dig använda enheter och e-tjänster på egen hand och på ett säkert sätt.',
        aimsForLighterSupport: 'Målet är att du nästa gång behöver mindre hjälp, eller ingen alls.',
        doesTheStepsThemselves: 'Du tar stegen själv; personalen visar hur.',
        understandsSupporterMaySeeData: 'Du vet att den som hjälper dig kan se dina personuppgifter.',
        responsibleForOwnDevice: 'Du tar hand om din egen telefon eller dator och dess inställningar.',
        understandsSupportHasLimits: 'Du vet att personalen inte kan lösa alla problem.',
        authoritiesGuideInOwnServices: 'Frågor om ditt eget ärende besvaras av den myndighet som sköter det.',
      },
      supporter: {
        knowsLimitsAndRefersOnward: 'vet vad de kan hjälpa till med och berättar var du får hjälp med resten.',
        neverTakesCodesOrMeans: 'tar aldrig dina lösenord, bankkoder eller andra identifieringsmedel.',
        neverActsOnClientsBehalf: 'sköter aldrig dina personliga ärenden åt dig.',
        noRemoteControlDuringIdentification: 'tar inte över din skärm medan du loggar in, och efteråt bara om ni båda går med på det.',
        letsClientLogInThemselves: 'låter dig logga in själv och tittar bort medan du gör det.',
        kindCalmAndClear: 'hjälper dig vänligt, lugnt och uppmuntrande, med tydliga ord.',
        makesSureClientKnowsWhatHappens: 'ser till att du vet vad som händer i varje steg.',
        discreetAndConfidential: 'är diskreta och håller det de ser för sig själva.',
      },
    },
    dialog: {
      title: 'Riktlinjer för digital hjälp',
      tabsLabel: 'Vems riktlinjer',
      clientLead: 'Det här hoppas vi av dig:',
      supporterLead: 'Personalen:',
      close: 'Stäng',
    },
  },
  assessment: {
    offer: {
      title: 'Vill du svara på några frågor?',
      body: 'Det tar ungefär 2 minuter. Sedan föreslår vi var du kan börja.',
      note: 'Du kan hoppa över vilken fråga som helst. Dina svar raderas i slutet, liksom allt annat.',
      begin: 'Ja, vi börjar',
      skip: 'Nej tack, visa tjänsterna',
    },
    progress: 'Fråga {{current}} av {{total}}',
    multiHint: 'Du kan välja flera.',
    next: 'Nästa',
    skipQuestion: 'Hoppa över frågan',
    back: 'Tillbaka',
    skipAll: 'Hoppa över frågorna',
    questions: {
      goal: {
        title: 'Vad vill du göra i dag?',
        options: {
          benefit: 'Söka en förmån',
          messages: 'Läsa meddelanden från myndigheter',
          tax: 'Skatter',
          immigration: 'Uppehållstillstånd eller flytt till Finland',
          attachments: 'Skicka bilagor till en ansökan',
          health: 'Hälsofrågor, till exempel laboratoriesvar',
          learn: 'Lära mig använda e-tjänster',
          other: 'Något annat',
        },
      },
      level: {
        title: 'Hur går det för dig med e-tjänster?',
        options: {
          '1': 'Jag använder dem och klarar mig bra',
          '2': 'Jag använder dem, men behöver ibland hjälp',
          '3': 'Jag använder dem inte ännu och behöver hjälp',
          '4': 'Jag kan inte använda dem själv',
        },
      },
      unsure: {
        title: 'Känner du dig osäker på något?',
        options: {
          device: 'Att använda datorn, musen eller tangentbordet',
          internet: 'Att hitta rätt på webbsidor',
          service: 'Vad jag ska fylla i eller vad orden betyder',
          confidence: 'Om jag alls klarar det',
          none: 'Inget särskilt',
        },
      },
      strongAuth: {
        title: 'Har du dina bankkoder eller något annat sätt att logga in med dig?',
        options: {
          yes: 'Ja',
          no: 'Nej',
          unknown: 'Jag vet inte vad det betyder',
        },
      },
      ease: {
        title: 'Vill du att skärmen blir lättare att läsa eller lyssna på?',
        options: {
          biggerText: 'Större text',
          readAloud: 'Texten läses upp',
          contrast: 'Starkare färger',
          none: 'Nej, det här är bra',
        },
      },
    },
    routes: {
      goAhead: {
        title: 'Du kan sätta i gång',
        body: 'Öppna tjänsten och sköt ditt ärende. Om du kör fast hjälper personalen gärna till.',
      },
      askStaff: {
        title: 'Be personalen hjälpa dig i gång',
        body: 'Någon i personalen kan vara med dig under de första stegen. Du gör dem själv, de visar hur.',
      },
      authority: {
        title: 'Myndigheten som sköter ärendet kan svara på dina frågor',
        body: 'Vad du ska fylla i och vad termerna betyder förklaras bäst av den myndighet som sköter ditt ärende. Så här når du dem.',
      },
      learning: {
        title: 'Lär dig mer i din egen takt',
        body: 'På de här ställena lär man sig använda datorer, telefoner och e-tjänster, gratis eller för en liten avgift.',
      },
      identification: {
        title: 'Först behöver du ett sätt att logga in',
        body: 'De flesta e-tjänster ber dig visa vem du är. Så här får du det du behöver för det.',
      },
      onBehalf: {
        title: 'Någon kan sköta dina ärenden åt dig',
        body: 'Om du inte kan använda e-tjänster själv kan du ge en person du litar på rätt att sköta ärenden åt dig. Du kan också få service vid en disk.',
      },
      withStaff: 'Personalen kan hjälpa dig med det här. Be någon komma till dig.',
    },
    result: {
      eyebrow: 'Vårt förslag',
      nextStep: 'Ditt nästa steg',
      open: 'Öppna {{service}}',
      showServices: 'Visa tjänsterna',
      askStaff: 'Fråga personalen vid disken',
      askStaffHint: 'Du kan visa dem den här skärmen.',
      alsoTitle: 'Du kan också',
      revise: 'Ändra mina svar',
    },
    identification: {
      what: 'Stark identifiering betyder att du på nätet visar vem du är: med bankkoder, mobilcertifikat eller ett identitetskort med chipp.',
      onlyYou: 'Bara du får använda dina koder. Ge dem aldrig till någon, inte heller till personalen.',
      howToGet: 'Bankkoder får du av din egen bank. Identitetskort söker du hos polisen; kortets koder kommer från Myndigheten för digitalisering och befolkningsdata.',
      alternative: 'Om du inte kan skaffa dem kan en person du litar på sköta ärenden åt dig med Suomi.fi-fullmakter.',
    },
    onBehalf: {
      counter: 'Du kan också be att få ditt ärende skött vid en servicedisk.',
    },
  },
  referrals: {
    kinds: {
      authority: {
        title: 'Myndighet',
        body: 'De sköter ditt ärende och kan svara på frågor om det.',
      },
      learning: {
        title: 'Lärande',
        body: 'De lär dig använda enheter och e-tjänster.',
      },
      identification: {
        title: 'Identifiering',
        body: 'Av dem får du det du behöver för att logga in i e-tjänster.',
      },
      onBehalf: {
        title: 'Att sköta ärenden för någon',
        body: 'Med det kan en person du litar på sköta dina ärenden åt dig.',
      },
      advice: {
        title: 'Rådgivning',
        body: 'De berättar vilken myndighet som kan hjälpa dig med ditt ärende.',
      },
    },
    visit: 'Du kan också besöka dem personligen.',
    web: 'Webbplats',
    phone: 'Telefon',
  },
  home: {
    title: 'Välj en tjänst',
    intro: 'Tryck på den tjänst du vill använda.',
    listLabel: 'Tjänster',
  },
  content: {
    title: 'E-tjänst: {{host}}',
  },
  blocked: {
    title: 'Den här sidan kan inte öppnas på den här datorn',
    address: 'Adress: {{host}}',
    reason: {
      unparsable: 'Sidans adress är inte korrekt.',
      'not-https': 'Sidan är inte skyddad, så dina uppgifter skulle inte vara säkra där.',
      credentials: 'Adressen innehåller ett användarnamn eller ett lösenord. Det är inte säkert.',
      'not-allowed': 'Den här datorn öppnar bara de tjänster som har valts för den.',
    },
    help: 'Om du behöver den här sidan, be personalen om hjälp.',
    ok: 'OK',
  },
  idle: {
    title: 'Är du kvar?',
    body: 'Om du inte gör något avslutas besöket och allt raderas från datorn.',
    unit_one: 'sekund',
    unit_other: 'sekunder',
    announce_one: '{{count}} sekund kvar.',
    announce_other: '{{count}} sekunder kvar.',
    moreTime: 'Mer tid',
  },
  end: {
    title: 'Vill du avsluta besöket?',
    logout: 'Logga först ut från de e-tjänster som du loggade in på.',
    wipe: 'Sedan raderas allt från datorn: sidorna du öppnade, dina inloggningar, nedladdade filer och kopierad text.',
    countdown_one: 'Om du inte svarar avslutas besöket om {{count}} sekund.',
    countdown_other: 'Om du inte svarar avslutas besöket om {{count}} sekunder.',
    yes: 'Ja, avsluta och radera',
    no: 'Nej, gå tillbaka',
  },
  clearing: {
    title: 'Datorn töms för nästa person…',
    wiping: 'Det tar bara en liten stund.',
    verifying: 'Vi kontrollerar att allt är raderat…',
  },
  outOfService: {
    title: 'Den här datorn är ur funktion',
    body: 'Be personalen om hjälp.',
  },
  unavailable: {
    title: 'Den här datorn kan inte användas just nu',
    body: 'Be personalen om hjälp.',
  },
};
