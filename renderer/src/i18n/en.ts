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
    youAreOn: 'You are on:',
    homeHint: 'Choose a service below.',
    loading: 'The page is loading…',
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
    },
    help: 'If you need this page, ask the staff for help.',
    ok: 'OK',
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
