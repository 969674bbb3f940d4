/**
 * English texts. The shape of this object is the shape every language must have (see
 * messages.ts); fi.ts and sv.ts say the same things in their own words, not word for word.
 * Plain language: short sentences, no technical words, speak to the client as "you".
 */
export const en = {
  app: {
    name: 'Vierellä',
    loading: 'One moment, please…',
  },
  language: {
    /** The name of this language, written in this language. */
    name: 'English',
  },
  welcome: {
    title: 'Welcome!',
    lead: 'On this computer you can use public e-services, for example Kela, the Tax Administration and Migri.',
    yourself: 'You use the services yourself. The staff are nearby and happy to help.',
    wipe: 'When you finish, everything you did is wiped from the computer.',
    languageHeading: 'Choose a language',
    start: 'Start',
  },
  toolbar: {
    label: 'Page buttons',
    home: 'Home',
    back: 'Back',
    forward: 'Forward',
    reload: 'Reload',
    end: 'End session',
    guidelines: 'Guidelines',
    language: 'Language',
    languageMenu: 'Languages',
    youAreOn: 'You are on:',
    homeHint: 'Choose a service below.',
    loading: 'The page is loading…',
  },
  ethics: {
    intro: {
      title: 'Before you start',
      lead: 'This is what you can expect at this computer.',
      acknowledge: "I understand, let's start",
      readAll: 'Read the full guidelines',
    },
    expectations: {
      staffHelpYouDoItYourself: 'The staff help you do things yourself. They show the way, you take the steps.',
      nobodyAsksForYourCodes: 'Nobody here asks for your bank codes or passwords, and nobody uses them for you.',
      youLogInYourself: 'You log in to the services yourself. The staff look away while you do it.',
      youAreResponsibleForWhatYouSend: 'You decide what you send and attach, and you are responsible for it.',
      staffMaySeeYourDataConfidential: 'While helping, the staff may see your information. They keep it to themselves.',
      everythingIsWipedAtTheEnd: 'When you finish, everything you did is wiped from this computer.',
    },
    tabs: {
      client: 'For you',
      supporter: 'For the staff',
    },
    guidelines: {
      client: {
        learnsToActIndependently: 'You learn to use devices and e-services on your own, safely.',
        aimsForLighterSupport: 'The aim is that next time you need less help, or none at all.',
        doesTheStepsThemselves: 'You take the steps yourself; the staff show you how.',
        understandsSupporterMaySeeData: 'You know that the person helping you may see your personal information.',
        responsibleForOwnDevice: 'You look after your own phone or computer and its settings.',
        understandsSupportHasLimits: 'You know that the staff cannot solve every problem.',
        authoritiesGuideInOwnServices: 'Questions about your own case are answered by the authority that handles it.',
      },
      supporter: {
        knowsLimitsAndRefersOnward: 'know what they can help with, and tell you where to get help with the rest.',
        neverTakesCodesOrMeans: 'never take your passwords, bank codes or other means of identification.',
        neverActsOnClientsBehalf: 'never handle your personal matters for you.',
        noRemoteControlDuringIdentification: 'do not take over your screen while you log in, and afterwards only if you both agree.',
        letsClientLogInThemselves: 'let you log in yourself, and look away while you do.',
        kindCalmAndClear: 'help you kindly, calmly and encouragingly, in clear words.',
        makesSureClientKnowsWhatHappens: 'make sure you know what is happening at each step.',
        discreetAndConfidential: 'are discreet and keep what they see to themselves.',
      },
    },
    dialog: {
      title: 'Guidelines for digital help',
      tabsLabel: 'Whose guidelines',
      clientLead: 'What we hope from you:',
      supporterLead: 'The staff:',
      close: 'Close',
    },
  },
  assessment: {
    offer: {
      title: 'Would you like to answer a few questions?',
      body: 'It takes about 2 minutes. Then we suggest where to start.',
      note: 'You can skip any question. Your answers are wiped at the end, like everything else.',
      begin: "Yes, let's go",
      skip: 'No thanks, show me the services',
    },
    progress: 'Question {{current}} of {{total}}',
    multiHint: 'You can choose more than one.',
    next: 'Next',
    skipQuestion: 'Skip this question',
    back: 'Back',
    skipAll: 'Skip the questions',
    questions: {
      goal: {
        title: 'What would you like to do today?',
        options: {
          benefit: 'Apply for a benefit',
          messages: 'Read messages from authorities',
          tax: 'Taxes',
          immigration: 'Residence permit or moving to Finland',
          attachments: 'Send attachments for an application',
          health: 'Health matters, such as lab results',
          learn: 'Learn to use e-services',
          other: 'Something else',
        },
      },
      level: {
        title: 'How do you get on with e-services?',
        options: {
          '1': 'I use them and manage well',
          '2': 'I use them, but sometimes I need help',
          '3': "I don't use them yet and need help",
          '4': "I can't use them myself",
        },
      },
      unsure: {
        title: 'Is there something you feel unsure about?',
        options: {
          device: 'Using the computer, the mouse or the keyboard',
          internet: 'Finding my way around web pages',
          service: 'What to fill in, or what the words mean',
          confidence: "Whether I'll manage at all",
          none: 'Nothing in particular',
        },
      },
      strongAuth: {
        title: 'Do you have your bank codes or another way to log in with you?',
        options: {
          yes: 'Yes',
          no: 'No',
          unknown: "I'm not sure what that means",
        },
      },
      ease: {
        title: 'Would you like the screen easier to read or to listen to?',
        options: {
          biggerText: 'Bigger text',
          readAloud: 'Read the text aloud',
          contrast: 'Stronger colours',
          none: 'No, this is fine',
        },
      },
    },
    routes: {
      goAhead: {
        title: 'You can go ahead',
        body: 'Open the service and get your matter done. If you get stuck, the staff are happy to help.',
      },
      askStaff: {
        title: 'Ask the staff to help you get started',
        body: 'A member of staff can be with you for the first steps. You take them yourself; they show you how.',
      },
      authority: {
        title: 'The authority in charge can answer your questions',
        body: 'What to fill in and what the terms mean is best explained by the authority that handles your case. This is how to reach them.',
      },
      learning: {
        title: 'Learn more at your own pace',
        body: 'These places teach you to use computers, phones and e-services, for free or at a low cost.',
      },
      identification: {
        title: 'First you need a way to log in',
        body: 'Most e-services ask you to prove who you are. This is how you get the means to do it.',
      },
      onBehalf: {
        title: 'Someone can handle your matters for you',
        body: 'If you cannot use e-services yourself, you can give a person you trust the right to act for you. You can also get service at a counter.',
      },
      withStaff: 'The staff can help you with this. Ask them to come over.',
    },
    result: {
      eyebrow: 'Our suggestion',
      nextStep: 'Your next step',
      open: 'Open {{service}}',
      showServices: 'Show the services',
      askStaff: 'Ask the staff at the desk',
      askStaffHint: 'You can show them this screen.',
      alsoTitle: 'You could also',
      revise: 'Change my answers',
    },
    identification: {
      what: 'Strong identification means proving online who you are: with bank codes, a mobile certificate or an identity card with a chip.',
      onlyYou: 'Only you may use your codes. Never give them to anyone, not even to the staff.',
      howToGet: 'You get bank codes from your own bank. You apply for an identity card from the police; its codes come from the Digital and Population Data Services Agency.',
      alternative: 'If you cannot get them, a person you trust can act for you with Suomi.fi e-Authorizations.',
    },
    onBehalf: {
      counter: 'You can also ask to have your matter handled at a service counter.',
    },
  },
  referrals: {
    kinds: {
      authority: {
        title: 'Authority',
        body: 'They handle your case and can answer questions about it.',
      },
      learning: {
        title: 'Learning',
        body: 'They teach you to use devices and e-services.',
      },
      identification: {
        title: 'Identification',
        body: 'They give you the means to log in to e-services.',
      },
      onBehalf: {
        title: 'Acting for someone',
        body: 'With it, a person you trust can handle your matters for you.',
      },
      advice: {
        title: 'Advice',
        body: 'They tell you which authority can help with your matter.',
      },
    },
    visit: 'You can also visit them in person.',
    web: 'Website',
    phone: 'Phone',
  },
  home: {
    title: 'Choose a service',
    intro: 'Tap the service you want to use.',
    listLabel: 'Services',
  },
  content: {
    title: 'E-service: {{host}}',
  },
  blocked: {
    title: "This page can't be opened on this computer",
    address: 'Address: {{host}}',
    reason: {
      unparsable: 'The address of the page is not correct.',
      'not-https': 'The page is not protected, so your information would not be safe there.',
      credentials: 'The address contains a user name or a password. That is not safe.',
      'not-allowed': 'This computer opens only the services chosen for it.',
      certificate: 'The security certificate of the page is not valid, so the connection is not safe.',
    },
    help: 'If you need this page, ask the staff for help.',
    ok: 'OK',
  },
  documents: {
    toolbar_one: 'Documents ({{count}})',
    toolbar_other: 'Documents ({{count}})',
    print: 'Print',
    printed: 'Sent to the printer. You can collect it there.',
    source: {
      download: 'Downloaded',
      usb: 'From a USB stick',
      scanner: 'Scanned',
    },
    viewer: {
      close: 'Close the document',
      loading: 'Opening the document…',
      failed: 'The document cannot be shown. Ask the staff for help.',
      pages_one: 'Document, {{count}} page',
      pages_other: 'Document, {{count}} pages',
      page: 'Page {{page}} of {{count}}',
      imageAlt: 'Picture: {{name}}',
    },
    list: {
      title: 'Your documents',
      empty: 'You have no documents yet.',
      open: 'Open',
      close: 'Close',
      wiped: 'Your documents are wiped from this computer when you end the session.',
    },
    picker: {
      title: 'Choose a document to send',
      leadOne: 'The service asks you for a document. Choose one.',
      leadMany: 'The service asks you for documents. Choose one or more.',
      empty: 'There are no documents yet.',
      howUsb: 'Do you have the document on a USB stick? Put the stick into the computer, then press "Look again".',
      howScanner: 'Is the document on paper? Ask the staff to scan it, then press "Look again".',
      refresh: 'Look again',
      cancel: 'Cancel',
      send: 'Send',
    },
    printConfirm: {
      title: 'Print?',
      page: 'The page you see now is printed on the printer of this service point.',
      document: 'The document is printed on the printer of this service point.',
      collect: 'Collect your paper from the printer. Nothing is saved on this computer.',
      yes: 'Print',
      no: 'Cancel',
    },
    notice: {
      title: "This file can't be used here",
      printTitle: 'Printing did not work',
      notADocument: 'This computer opens only PDF documents and pictures.',
      tooLarge: 'The file is too large.',
      tooMany: 'You have too many documents on this computer.',
      unreadable: 'The file could not be read.',
      inboxUnavailable: 'No USB stick or scanned documents were found.',
      printFailed: 'The printer did not take the job.',
      help: 'Ask the staff for help.',
      ok: 'OK',
    },
  },
  idle: {
    title: 'Are you still there?',
    body: 'If you do nothing, the session will end and everything will be wiped from the computer.',
    unit_one: 'second',
    unit_other: 'seconds',
    announce_one: '{{count}} second left.',
    announce_other: '{{count}} seconds left.',
    moreTime: 'More time',
  },
  end: {
    title: 'End the session?',
    logout: 'First, log out of the e-services you logged in to.',
    wipe: 'Then everything is wiped from the computer: the pages you opened, your logins, downloaded files and copied text.',
    countdown_one: 'If you do not answer, the session ends in {{count}} second.',
    countdown_other: 'If you do not answer, the session ends in {{count}} seconds.',
    yes: 'Yes, end and wipe',
    no: 'No, go back',
  },
  clearing: {
    title: 'Clearing the computer for the next person…',
    wiping: 'This takes only a moment.',
    verifying: 'Checking that everything is gone…',
  },
  outOfService: {
    title: 'This computer is out of service',
    body: 'Please ask the staff for help.',
  },
  unavailable: {
    title: 'This computer cannot be used right now',
    body: 'Please ask the staff for help.',
  },
};
