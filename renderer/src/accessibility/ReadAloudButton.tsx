import { useEffect, useRef, useState } from 'react';
import { useAccessibility } from './context';
import { Icon } from '../components/Icon';
import { readableText, SKIP_ATTRIBUTE } from './readableText';
import { useA11yT } from './useA11yT';
import { useReadAloud } from './useReadAloud';

/**
 * Reads the text of an element (by id, or the page's <main>) aloud; shown while the client has
 * read-aloud on. Without a voice for the language it says so plainly instead of staying silent.
 */
export function ReadAloudButton({ targetId }: { readonly targetId?: string }) {
  const { prefs } = useAccessibility();
  const { available, speaking, speak, stop } = useReadAloud();
  const t = useA11yT();
  const [missingShown, setMissingShown] = useState(false);
  const startedHere = useRef(false);

  // Reading about a screen that is gone would only confuse.
  useEffect(
    () => () => {
      if (startedHere.current) stop();
    },
    [stop],
  );

  if (!prefs.readAloud) return null;

  const onClick = (): void => {
    if (speaking) {
      stop();
      return;
    }
    if (!available) {
      setMissingShown(true);
      return;
    }
    const target = targetId === undefined ? document.querySelector('main') : document.getElementById(targetId);
    if (target === null) return;
    startedHere.current = true;
    speak(readableText(target));
  };

  return (
    <div className="read-aloud" {...{ [SKIP_ATTRIBUTE]: '' }}>
      <button type="button" className="button button--secondary read-aloud__button" data-testid="read-aloud" onClick={onClick}>
        <Icon name={speaking ? 'stop' : 'speaker'} />
        {speaking ? t('a11y.readAloud.stop') : t('a11y.readAloud.button')}
      </button>
      <p className="read-aloud__note" role="status" data-testid="read-aloud-missing">
        {missingShown && !available ? t('a11y.readAloud.noVoice') : ''}
      </p>
    </div>
  );
}
