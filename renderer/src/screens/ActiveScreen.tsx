import { useCallback } from 'react';
import type { ContentLayout, Snapshot } from '../../../shared/bridge';
import { ContentSlot } from '../components/ContentSlot';
import { HomeTiles } from '../components/HomeTiles';
import { Toolbar } from '../components/Toolbar';
import { useContentSlot } from '../hooks/useContentSlot';
import { useSend } from '../KioskContext';

/**
 * A client session: the toolbar on top and, below it, either the service tiles or the slot the
 * host fills with the e-service page.
 */
export function ActiveScreen({ snapshot, contentVisible }: { readonly snapshot: Snapshot; readonly contentVisible: boolean }) {
  const send = useSend();
  const report = useCallback((layout: ContentLayout) => send('setContentLayout', layout), [send]);
  const slotRef = useContentSlot(report, contentVisible);
  const { host } = snapshot.content;

  return (
    <div className="screen screen--active">
      <Toolbar content={snapshot.content} />
      <main className={host === null ? 'active-main active-main--home' : 'active-main active-main--content'}>
        {host === null ? <HomeTiles services={snapshot.services} language={snapshot.session.language} /> : <ContentSlot slotRef={slotRef} host={host} />}
      </main>
    </div>
  );
}
