import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { Snapshot } from '../../../shared/bridge';
import { AssistBanner } from './AssistBanner';
import { assistModal, workerPanelShown } from './covers';
import { directoryOf } from './directory';
import { HelpSign } from './HelpSign';
import { closeReferralCard, resetAssistLocalState, useAssistLocalState } from './local-state';
import { PinPad } from './PinPad';
import { PrivacyMoment } from './PrivacyMoment';
import { ReferralCardDialog } from './ReferralsSection';
import { ReportScreen } from './ReportScreen';
import { ShareConsent } from './ShareConsent';
import { WorkerPanel } from './WorkerPanel';

/** Set on <body> while the worker panel is drawn, so the app's layout can make room for it. */
export const PANEL_OPEN_CLASS = 'assist-panel-open';

/**
 * Everything assist mode draws, driven by the snapshot. The banner and the privacy bar flow
 * where the layer is mounted (above the content slot); the worker panel is fixed on the right;
 * modals go to <body>, outside the app that turns inert behind them.
 */
export function AssistLayer({ snapshot }: { readonly snapshot: Snapshot }) {
  const local = useAssistLocalState();
  const { assist } = snapshot;
  const workerIn = assist.mode === 'on';
  const panelShown = workerPanelShown(snapshot);
  const modal = assistModal(snapshot, local);
  const directory = useMemo(() => directoryOf(snapshot.referrals), [snapshot.referrals]);
  const firstOutcomeRef = useRef<HTMLInputElement>(null);

  // Whatever the worker opened closes when they leave; the next worker starts clean.
  useEffect(() => {
    if (!workerIn) resetAssistLocalState();
  }, [workerIn]);

  useEffect(() => {
    document.body.classList.toggle(PANEL_OPEN_CLASS, panelShown);
    return () => document.body.classList.remove(PANEL_OPEN_CLASS);
  }, [panelShown]);

  const endHelp = (): void => {
    const target = firstOutcomeRef.current;
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  };

  const cardReferral = local.referralCardId === null ? null : (directory.find((entry) => entry.id === local.referralCardId) ?? null);
  // A card whose entry left the directory (new configuration) would cover the content with nothing.
  const cardGone = local.referralCardId !== null && cardReferral === null;
  useEffect(() => {
    if (cardGone) closeReferralCard();
  }, [cardGone]);

  if (!workerIn && !assist.privacyMoment && modal === null) return null;
  return (
    <>
      {(workerIn || assist.privacyMoment) && (
        <div className="assist-strip">
          {workerIn && <AssistBanner onEnd={panelShown ? endHelp : null} />}
          {assist.privacyMoment && <PrivacyMoment workerIn={workerIn} />}
        </div>
      )}
      {panelShown && <WorkerPanel snapshot={snapshot} directory={directory} firstOutcomeRef={firstOutcomeRef} />}
      {modal !== null &&
        createPortal(
          <>
            {modal === 'pinPad' && <PinPad assist={assist} />}
            {modal === 'helpSign' && <HelpSign />}
            {modal === 'shareConsent' && <ShareConsent />}
            {modal === 'report' && <ReportScreen configProblems={snapshot.configProblems} />}
            {modal === 'referralCard' && cardReferral !== null && <ReferralCardDialog referral={cardReferral} language={snapshot.session.language} />}
          </>,
          document.body,
        )}
    </>
  );
}
