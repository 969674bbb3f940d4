import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../hooks/useFocusOnMount';

/** Shown while the host wipes and then verifies: calm, no buttons, nothing to do. */
export function ClearingScreen({ verifying }: { readonly verifying: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main className="screen screen--centered" data-testid="wiping">
      <h1 id={titleId} ref={headingRef} tabIndex={-1} className="centered__title">
        {t('clearing.title')}
      </h1>
      <div className="progress" role="progressbar" aria-labelledby={titleId}>
        <span className="progress__bar" />
      </div>
      <p className="centered__body" role="status">
        {verifying ? t('clearing.verifying') : t('clearing.wiping')}
      </p>
    </main>
  );
}
