import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { KioskApi, Snapshot } from '../../shared/bridge';
import { ethicsView } from '../../shared/machines/ethics';
import { AccessibilityProvider, useAccessibility } from './accessibility';
import { assistModal, useAssistLocalState } from './assist';
import { useEffect } from 'react';
import { BlockedNotice } from './components/BlockedNotice';
import { DocumentNotice, DocumentsDialog, FilePicker, resetDocumentsLocalState, useDocumentsLocalState } from './documents';
import { EndConfirm } from './components/EndConfirm';
import { IdleWarning } from './components/IdleWarning';
import { ClientFlowsProvider, useClientFlows } from './flows/ClientFlowsContext';
import { GuidelinesDialog } from './flows/GuidelinesDialog';
import { useActivityReporter } from './hooks/useActivityReporter';
import { useDocumentState } from './hooks/useDocumentState';
import { useSnapshot } from './hooks/useSnapshot';
import { useStaffShortcut } from './hooks/useStaffShortcut';
import { KioskProvider, useKiosk } from './KioskContext';
import { pickOverlay } from './lib/overlay';
import { ActiveScreen } from './screens/ActiveScreen';
import { ClearingScreen } from './screens/ClearingScreen';
import { NoticeScreen } from './screens/NoticeScreen';
import { UnavailableScreen } from './screens/UnavailableScreen';
import { WelcomeScreen } from './screens/WelcomeScreen';

/** The UI root: follows the host's snapshot and reports client activity. */
export function App({ kiosk }: { readonly kiosk: KioskApi }) {
  const state = useSnapshot(kiosk);
  useActivityReporter(kiosk);
  const { t } = useTranslation();

  if (state.status === 'loading') return <NoticeScreen title={t('app.loading')} />;
  if (state.status === 'error') return <UnavailableScreen />;
  return (
    <KioskProvider value={kiosk}>
      <AccessibilityProvider kiosk={kiosk} snapshot={state.snapshot}>
        <ClientFlowsProvider snapshot={state.snapshot}>
          <SessionView snapshot={state.snapshot} />
        </ClientFlowsProvider>
      </AccessibilityProvider>
    </KioskProvider>
  );
}

function SessionView({ snapshot }: { readonly snapshot: Snapshot }) {
  const { phase, language, idleSecondsLeft, endSecondsLeft } = snapshot.session;
  useDocumentState(language, phase);
  useStaffShortcut(useKiosk(), snapshot.staffShortcut, phase === 'active');
  const { ethics } = useClientFlows();
  const guidelinesOpen = useSelector(ethics, (s) => ethicsView(s) === 'guidelines');
  // The provider closes its panel itself when the end confirmation or the idle warning comes up.
  const { panelOpen } = useAccessibility();
  const documentsLocal = useDocumentsLocalState();
  const inSession = phase === 'active' || phase === 'ending';
  useEffect(() => {
    if (!inSession) resetDocumentsLocalState();
  }, [inSession]);
  const overlays = { guidelines: guidelinesOpen, accessibilityPanel: panelOpen, documentsDialog: documentsLocal.dialog !== null };
  const overlay = pickOverlay(snapshot, { ...overlays, languageMenu: false });
  // Assist modals (PIN pad, help sign, report, consent) render into <body> beside the app.
  const assistOverlay = assistModal(snapshot, useAssistLocalState());

  return (
    <>
      <div className="app" inert={overlay !== null || assistOverlay !== null}>
        <Screen snapshot={snapshot} overlays={overlays} />
      </div>
      {overlay === 'endConfirm' && <EndConfirm secondsLeft={endSecondsLeft} />}
      {overlay === 'idleWarning' && idleSecondsLeft !== null && <IdleWarning secondsLeft={idleSecondsLeft} />}
      {overlay === 'guidelines' && <GuidelinesDialog />}
      {overlay === 'picker' && <FilePicker documents={snapshot.documents} language={language} />}
      {overlay === 'documentsDialog' && documentsLocal.dialog !== null && <DocumentsDialog which={documentsLocal.dialog} documents={snapshot.documents} language={language} />}
      {overlay === 'blocked' && snapshot.blocked !== null && <BlockedNotice blocked={snapshot.blocked} />}
      {overlay === 'documentNotice' && snapshot.documents.notice !== null && <DocumentNotice notice={snapshot.documents.notice} />}
    </>
  );
}

type ScreenProps = { readonly snapshot: Snapshot; readonly overlays: { readonly guidelines: boolean; readonly accessibilityPanel: boolean; readonly documentsDialog: boolean } };

function Screen({ snapshot, overlays }: ScreenProps) {
  const { t } = useTranslation();
  switch (snapshot.session.phase) {
    case 'welcome':
      return <WelcomeScreen snapshot={snapshot} />;
    case 'active':
    case 'ending':
      return <ActiveScreen snapshot={snapshot} overlays={overlays} />;
    case 'wiping':
    case 'verifying':
      return <ClearingScreen verifying={snapshot.session.phase === 'verifying'} />;
    case 'outOfService':
      return <NoticeScreen title={t('outOfService.title')} body={t('outOfService.body')} icon="alert" testId="out-of-service" />;
  }
}
