import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/bridge';
import { AccessibilityButton } from '../accessibility';
import { HelpButton, StaffButton } from '../assist';
import { openDocumentsDialog, useDocumentsLocalState } from '../documents';
import { useClientFlows } from '../flows/ClientFlowsContext';
import { useSend } from '../KioskContext';
import { LanguageMenu } from './LanguageMenu';
import { ToolbarButton } from './ToolbarButton';

type ToolbarProps = {
  readonly snapshot: Snapshot;
  readonly languageMenuOpen: boolean;
  readonly onLanguageMenuChange: (open: boolean) => void;
  /** True while the client flow (ethics intro, questions) is shown instead of the services. */
  readonly inFlow: boolean;
  /** Home: back to the service tiles (the flow may need to end first, see ActiveScreen). */
  readonly onHome: () => void;
  /** Home leads nowhere during the ethics intro: there are no services before it. */
  readonly homeDisabled: boolean;
};

/**
 * The always-visible controls above the content: browsing on the left, the current site in
 * words, then the client's own tools (guidelines, language, accessibility) and End session.
 * Everything wraps onto more rows at large text sizes.
 */
export function Toolbar({ snapshot, languageMenuOpen, onLanguageMenuChange, inFlow, onHome: goHome, homeDisabled }: ToolbarProps) {
  const { t } = useTranslation();
  const send = useSend();
  const { ethics } = useClientFlows();
  const { content, documents } = snapshot;
  const onHome = content.host === null;
  const { printed } = useDocumentsLocalState();
  const showingPage = !onHome && documents.viewing === null;

  return (
    <header className="toolbar">
      <nav className="toolbar__nav" aria-label={t('toolbar.label')}>
        <ToolbarButton icon="home" label={t('toolbar.home')} testId="toolbar-home" disabled={homeDisabled} onClick={goHome} />
        <ToolbarButton
          icon="back"
          label={t('toolbar.back')}
          testId="toolbar-back"
          disabled={!content.canGoBack}
          onClick={() => send('contentAction', { action: 'back' })}
        />
        <ToolbarButton
          icon="forward"
          label={t('toolbar.forward')}
          testId="toolbar-forward"
          disabled={!content.canGoForward}
          onClick={() => send('contentAction', { action: 'forward' })}
        />
        <ToolbarButton
          icon="reload"
          label={t('toolbar.reload')}
          testId="toolbar-reload"
          disabled={onHome}
          onClick={() => send('contentAction', { action: 'reload' })}
        />
      </nav>
      <div className="toolbar__where">
        {onHome ? (
          // The hint points at the service tiles, which the flow screens replace.
          !inFlow && <p className="toolbar__host">{t('toolbar.homeHint')}</p>
        ) : (
          <p className="toolbar__host">
            <span className="toolbar__host-label">{t('toolbar.youAreOn')}</span>{' '}
            <span className="toolbar__host-name" data-testid="current-host">
              {content.host}
            </span>
          </p>
        )}
        <p className="toolbar__status" role="status">
          {printed ? t('documents.printed') : content.loading && !onHome ? t('toolbar.loading') : ''}
        </p>
      </div>
      <div className="toolbar__tools">
        {documents.items.length > 0 && (
          <ToolbarButton
            icon="form"
            label={t('documents.toolbar', { count: documents.items.length })}
            testId="toolbar-documents"
            opensDialog
            onClick={() => openDocumentsDialog('list')}
          />
        )}
        {documents.printer && showingPage && (
          <ToolbarButton icon="printer" label={t('documents.print')} testId="toolbar-print" opensDialog onClick={() => openDocumentsDialog('print-page')} />
        )}
        <ToolbarButton icon="book" label={t('toolbar.guidelines')} testId="toolbar-guidelines" opensDialog onClick={() => ethics.send({ type: 'OPEN_GUIDELINES' })} />
        {snapshot.languages.length > 1 && (
          <LanguageMenu
            languages={snapshot.languages}
            current={snapshot.session.language}
            onChoose={(language) => send('setLanguage', { language })}
            open={languageMenuOpen}
            onOpenChange={onLanguageMenuChange}
          />
        )}
        <AccessibilityButton variant="toolbar" />
        <HelpButton snapshot={snapshot} />
        <StaffButton />
        <ToolbarButton icon="end" label={t('toolbar.end')} testId="toolbar-end" variant="end" onClick={() => send('requestEnd', {})} />
      </div>
    </header>
  );
}
