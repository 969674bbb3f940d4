import { Icon } from '../components/Icon';
import type { IconName } from '../components/Icon';
import { useFocusOnMount } from '../hooks/useFocusOnMount';

type NoticeScreenProps = { readonly title: string; readonly body?: string; readonly icon?: IconName; readonly testId?: string };

/** A full-screen message without buttons (out of service, loading). */
export function NoticeScreen({ title, body, icon, testId }: NoticeScreenProps) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main className="screen screen--centered" data-testid={testId}>
      {icon && <Icon name={icon} className="centered__icon" />}
      <h1 ref={headingRef} tabIndex={-1} className="centered__title">
        {title}
      </h1>
      {body !== undefined && <p className="centered__body">{body}</p>}
    </main>
  );
}
