import { useSelector } from '@xstate/react';
import { useCallback, useState } from 'react';
import type { ContentLayout, Snapshot } from '../../../shared/bridge';
import { ContentSlot } from '../components/ContentSlot';
import { DocumentViewer } from '../documents';
import { HomeTiles } from '../components/HomeTiles';
import { Toolbar } from '../components/Toolbar';
import { useClientFlows } from '../flows/ClientFlowsContext';
import { flowStep } from '../flows/flow-step';
import { FlowScreen } from '../flows/FlowScreen';
import { useContentSlot } from '../hooks/useContentSlot';
import { useSend } from '../KioskContext';
import { isContentVisible, type LocalOverlays } from '../lib/overlay';
import { AssistLayer, assistCoversContent, useAssistLocalState } from '../assist';

type ActiveScreenProps = {
  readonly snapshot: Snapshot;
  /** The modals the client opened (the language menu is this screen's own). */
  readonly overlays: Omit<LocalOverlays, 'languageMenu'>;
};

/**
 * A client session: the toolbar on top and, below it, the client flow (ethics intro,
 * self-assessment), then the service tiles or the slot the host fills with the e-service page.
 */
export function ActiveScreen({ snapshot, overlays }: ActiveScreenProps) {
  const send = useSend();
  const flows = useClientFlows();
  const [languageMenuOpen, setLanguageMenuOpen] = useState(false);
  const assessmentState = useSelector(flows.assessment, (s) => s.value);
  const report = useCallback((layout: ContentLayout) => send('setContentLayout', layout), [send]);
  const assistLocal = useAssistLocalState();
  const slotRef = useContentSlot(
    report,
    isContentVisible(snapshot, { ...overlays, languageMenu: languageMenuOpen }) && !assistCoversContent(snapshot, assistLocal),
  );
  const { host } = snapshot.content;
  const step = flowStep(snapshot.client, host, assessmentState);
  const viewing = snapshot.documents.items.find((item) => item.id === snapshot.documents.viewing) ?? null;

  // Home means the service tiles. From inside the self-assessment that ends it: a result the
  // client has seen is done; questions left half-way count as skipped, and their answers go.
  const goHome = (): void => {
    if (step === 'result') flows.assessment.send({ type: 'DONE' });
    if (step === 'offer' || step === 'question') {
      flows.assessment.send({ type: 'SKIP' });
      send('setAssessment', { assessment: 'skipped' });
    }
    send('contentAction', { action: 'home' });
  };

  return (
    <div className="screen screen--active">
      <Toolbar
        snapshot={snapshot}
        languageMenuOpen={languageMenuOpen}
        onLanguageMenuChange={setLanguageMenuOpen}
        inFlow={step !== 'services'}
        onHome={goHome}
        homeDisabled={step === 'ethics'}
      />
      <AssistLayer snapshot={snapshot} />
      <main className={host === null ? 'active-main active-main--home' : 'active-main active-main--content'}>
        {step !== 'services' ? (
          <FlowScreen key={flows.id} step={step} snapshot={snapshot} />
        ) : viewing !== null ? (
          <DocumentViewer key={viewing.id} item={viewing} printer={snapshot.documents.printer} />
        ) : host === null ? (
          <HomeTiles services={snapshot.services} language={snapshot.session.language} />
        ) : (
          <ContentSlot slotRef={slotRef} host={host} />
        )}
      </main>
    </div>
  );
}
