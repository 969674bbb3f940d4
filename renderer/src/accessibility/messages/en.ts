/**
 * English texts of the accessibility adjustments. The shape of this file is the shape every
 * language must have (A11yMessages). Option names and setting labels are in options-en.ts,
 * because shared/content/accessibility.ts fixes their keys.
 */
export const en = {
  open: {
    toolbar: 'Accessibility',
    welcome: 'Bigger text, colours, reading aloud',
  },
  panel: {
    title: 'Make it easier to use',
    intro: 'Changes show straight away. They are removed when you end the session.',
    close: 'Close',
    done: 'Done',
    reset: 'Reset all',
    resetDone: 'Everything is back to normal.',
    more: 'More help',
    on: 'On',
    off: 'Off',
  },
  textSize: {
    smaller: 'Smaller',
    bigger: 'Bigger',
  },
  font: {
    system: 'The usual look',
    atkinson: 'Letters that are easy to tell apart',
    openDyslexic: 'Made for readers with dyslexia',
  },
  describe: {
    textSpacing: 'More space between lines, words and letters.',
    largeCursor: 'A bigger mouse pointer.',
    reducedMotion: 'Nothing moves or slides on the screen.',
    readAloud: 'Adds a button that reads the text on the screen aloud.',
    singleTap: 'Opens things with one tap where two would be needed.',
    onScreenKeyboard: "Shows a keyboard on the screen when you write in this kiosk's own fields (not on the service pages).",
  },
  readAloud: {
    button: 'Read aloud',
    stop: 'Stop reading',
    noVoice: 'This computer has no voice for reading aloud in English. Ask the staff.',
    try: 'Listen to an example',
    sample: 'Hello! This is how the text on the screen sounds when it is read aloud.',
  },
  keyboard: {
    backspace: 'Delete',
    shift: 'Shift',
    space: 'Space',
    done: 'Done',
  },
};
