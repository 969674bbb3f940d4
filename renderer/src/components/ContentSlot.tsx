import { useTranslation } from 'react-i18next';

/**
 * The empty area the host covers with the e-service page. It draws nothing itself; the heading
 * is for screen readers, so the page region has a name.
 */
export function ContentSlot({ slotRef, host }: { readonly slotRef: (element: HTMLElement | null) => void; readonly host: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="visually-hidden">{t('content.title', { host })}</h1>
      <div ref={slotRef} className="content-slot" data-testid="content-slot" />
    </>
  );
}
