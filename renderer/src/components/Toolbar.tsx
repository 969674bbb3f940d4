import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/bridge';
import { useSend } from '../KioskContext';
import { ToolbarButton } from './ToolbarButton';

/** The always-visible browsing controls above the content, with the current site in words. */
export function Toolbar({ content }: { readonly content: Snapshot['content'] }) {
  const { t } = useTranslation();
  const send = useSend();
  const onHome = content.host === null;

  return (
    <header className="toolbar">
      <nav className="toolbar__nav" aria-label={t('toolbar.label')}>
        <ToolbarButton icon="home" label={t('toolbar.home')} testId="toolbar-home" onClick={() => send('contentAction', { action: 'home' })} />
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
          <p className="toolbar__host">{t('toolbar.homeHint')}</p>
        ) : (
          <p className="toolbar__host">
            <span className="toolbar__host-label">{t('toolbar.youAreOn')}</span>{' '}
            <span className="toolbar__host-name" data-testid="current-host">
              {content.host}
            </span>
          </p>
        )}
        <p className="toolbar__status" role="status">
          {content.loading && !onHome ? t('toolbar.loading') : ''}
        </p>
      </div>
      <ToolbarButton icon="end" label={t('toolbar.end')} testId="toolbar-end" variant="end" onClick={() => send('requestEnd', {})} />
    </header>
  );
}
