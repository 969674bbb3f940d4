/**
 * Applies the shortcut lock to a view and, for the content view, reports client input as
 * activity (the UI view reports its own through the bridge). The core throttles activity.
 */
import { isBlockedShortcut } from '../../shared/policy/shortcuts';
import type { WebContentsLike } from './electron-like';
import { isKeyActivity, isPointerActivity } from './shortcuts';

export function guardInput(contents: Pick<WebContentsLike, 'on'>, onActivity?: () => void): void {
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) {
      event.preventDefault();
      return;
    }
    if (onActivity && isKeyActivity(input)) onActivity();
  });
  if (onActivity) {
    contents.on('input-event', (_event, input) => {
      if (isPointerActivity(input.type)) onActivity();
    });
  }
}
