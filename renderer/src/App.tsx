import { useTranslation } from 'react-i18next';
import type { KioskApi, Snapshot } from '../../shared/bridge';
import { BlockedNotice } from './components/BlockedNotice';
import { EndConfirm } from './components/EndConfirm';
import { IdleWarning } from './components/IdleWarning';
import { useActivityReporter } from './hooks/useActivityReporter';
import { useDocumentState } from './hooks/useDocumentState';
import { useSnapshot } from './hooks/useSnapshot';
import { KioskProvider } from './KioskContext';
import { isContentVisible, pickOverlay } from './lib/overlay';
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
      <SessionView snapshot={state.snapshot} />
    </KioskProvider>
  );
}

function SessionView({ snapshot }: { readonly snapshot: Snapshot }) {
  const { phase, language, idleSecondsLeft, endSecondsLeft } = snapshot.session;
  useDocumentState(language, phase);
  const overlay = pickOverlay(snapshot);

  return (
    <>
      <div className="app" inert={overlay !== null}>
        <Screen snapshot={snapshot} />
      </div>
      {overlay === 'endConfirm' && <EndConfirm secondsLeft={endSecondsLeft} />}
      {overlay === 'idleWarning' && idleSecondsLeft !== null && <IdleWarning secondsLeft={idleSecondsLeft} />}
      {overlay === 'blocked' && snapshot.blocked !== null && <BlockedNotice blocked={snapshot.blocked} />}
    </>
  );
}

function Screen({ snapshot }: { readonly snapshot: Snapshot }) {
  const { t } = useTranslation();
  switch (snapshot.session.phase) {
    case 'welcome':
      return <WelcomeScreen snapshot={snapshot} />;
    case 'active':
    case 'ending':
      return <ActiveScreen snapshot={snapshot} contentVisible={isContentVisible(snapshot)} />;
    case 'wiping':
    case 'verifying':
      return <ClearingScreen verifying={snapshot.session.phase === 'verifying'} />;
    case 'outOfService':
      return <NoticeScreen title={t('outOfService.title')} body={t('outOfService.body')} icon="alert" testId="out-of-service" />;
  }
}
