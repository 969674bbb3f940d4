import { useSelector } from '@xstate/react';
import { useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ethicsKeys, GUIDELINE_TABS, GUIDELINES, type GuidelineRef, type GuidelineTab } from '../../../shared/content/ethics';
import { Dialog } from '../components/Dialog';
import { useKeyT } from '../i18n/dynamic';
import { useClientFlows } from './ClientFlowsContext';
import { tabAfterKey } from './tabs';

function refsOf(tab: GuidelineTab): GuidelineRef[] {
  return tab === 'client' ? GUIDELINES.client.map((id) => ({ tab, id })) : GUIDELINES.supporter.map((id) => ({ tab, id }));
}

/**
 * The full ethics guidelines, both sides, reachable from the toolbar at any time. The ethics
 * machine holds which tab is shown and brings the client back to where they were on closing.
 */
export function GuidelinesDialog() {
  const { t } = useTranslation();
  const tk = useKeyT();
  const { ethics } = useClientFlows();
  const tab = useSelector(ethics, (snapshot) => snapshot.context.tab);
  const baseId = useId();
  const selectedRef = useRef<HTMLButtonElement>(null);
  const tabRefs = useRef(new Map<GuidelineTab, HTMLButtonElement>());
  const close = (): void => ethics.send({ type: 'CLOSE_GUIDELINES' });

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const next = tabAfterKey(tab, event.key);
    if (next === null) return;
    event.preventDefault();
    ethics.send({ type: 'SHOW_TAB', tab: next });
    tabRefs.current.get(next)?.focus();
  };

  return (
    <Dialog
      role="dialog"
      title={t('ethics.dialog.title')}
      icon="book"
      testId="guidelines"
      initialFocusRef={selectedRef}
      onEscape={close}
      describedByBody={false}
      actions={
        <button type="button" className="button button--primary" data-testid="guidelines-close" onClick={close}>
          {t('ethics.dialog.close')}
        </button>
      }
    >
      <div className="tabs" role="tablist" aria-label={t('ethics.dialog.tabsLabel')}>
        {GUIDELINE_TABS.map((id) => (
          <button
            key={id}
            ref={(element) => {
              if (element === null) tabRefs.current.delete(id);
              else tabRefs.current.set(id, element);
              if (id === tab) selectedRef.current = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${id}`}
            className="tabs__tab"
            aria-selected={id === tab}
            aria-controls={`${baseId}-panel`}
            tabIndex={id === tab ? 0 : -1}
            data-testid={`guidelines-tab-${id}`}
            onClick={() => ethics.send({ type: 'SHOW_TAB', tab: id })}
            onKeyDown={onTabKey}
          >
            {tk(ethicsKeys.tab(id))}
          </button>
        ))}
      </div>
      <div id={`${baseId}-panel`} role="tabpanel" className="tabs__panel" aria-labelledby={`${baseId}-tab-${tab}`} tabIndex={0}>
        <p className="guidelines__lead">{tab === 'client' ? t('ethics.dialog.clientLead') : t('ethics.dialog.supporterLead')}</p>
        <ul className="guidelines__list">
          {refsOf(tab).map((ref) => (
            <li key={ref.id}>{tk(ethicsKeys.guideline(ref))}</li>
          ))}
        </ul>
      </div>
    </Dialog>
  );
}
