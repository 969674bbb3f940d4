import { useState } from 'react';
import type { RefObject } from 'react';
import type { Snapshot } from '../../../shared/bridge';
import type { NeedCategory } from '../../../shared/content/assessment-model';
import type { Referral } from '../../../shared/content/referrals';
import { AllowHostSection } from './AllowHostSection';
import { AnchorsSection } from './AnchorsSection';
import { shareableSummary } from './covers';
import { EndAssistSection } from './EndAssistSection';
import { EthicsSection } from './EthicsSection';
import { NeedSection, StyleSection } from './GuidanceSections';
import { openReport } from './local-state';
import { ReferralsSection } from './ReferralsSection';
import { SummarySection } from './SummarySection';
import { useAssistT } from './useAssistT';

type PanelProps = {
  readonly snapshot: Snapshot;
  readonly directory: readonly Referral[];
  readonly firstOutcomeRef: RefObject<HTMLInputElement | null>;
};

/**
 * The worker panel: a scrollable region on the right that leaves the content usable. The
 * client can read it too, which is said at the top.
 */
export function WorkerPanel({ snapshot, directory, firstOutcomeRef }: PanelProps) {
  const t = useAssistT();
  const { assist } = snapshot;
  const language = snapshot.session.language;
  const summary = assist.shareConsent === 'shared' ? shareableSummary(snapshot) : null;
  const answered = summary?.needCategory ?? null;
  const [picked, setPicked] = useState<NeedCategory | null>(null);
  const need = picked ?? answered;

  return (
    <aside className="worker-panel" data-testid="worker-panel" aria-labelledby="worker-panel-title">
      <h2 id="worker-panel-title" className="worker-panel__title">
        {t('assist.panel.title')}
      </h2>
      <p className="worker-panel__note">{t('assist.panel.visibleToClient')}</p>
      <SummarySection snapshot={snapshot} />
      <NeedSection need={need} fromAnswers={picked === null && answered !== null} onPick={setPicked} />
      <StyleSection style={assist.style} />
      <AnchorsSection assist={assist} />
      <ReferralsSection directory={directory} language={language} />
      <EthicsSection />
      <AllowHostSection allowed={assist.temporaryHosts} />
      <section className="worker-panel__section" aria-label={t('assist.panel.report.open')}>
        <button type="button" className="button button--secondary worker-panel__wide" data-testid="open-report" aria-haspopup="dialog" onClick={openReport}>
          {t('assist.panel.report.open')}
        </button>
      </section>
      <EndAssistSection directory={directory} language={language} firstOutcomeRef={firstOutcomeRef} />
    </aside>
  );
}
