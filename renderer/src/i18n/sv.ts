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
    youAreOn: 'Du är på:',
    homeHint: 'Välj en tjänst nedan.',
    loading: 'Sidan laddas…',
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
