/**
 * Applies the shortcut lock to a view and, for the content view, reports client input as
 * activity (the UI view reports its own through the bridge). The core throttles activity.
 */
import { matchesAccelerator } from '../../shared/policy/accelerator';
import { isBlockedShortcut } from '../../shared/policy/shortcuts';
import type { WebContentsLike } from './electron-like';
import { isKeyActivity, isPointerActivity } from './shortcuts';

/** The staff key combination (config assist.shortcut) and what it opens. */
export interface StaffShortcut {
  readonly accelerator: string;
  readonly open: () => void;
}

export function guardInput(contents: Pick<WebContentsLike, 'on'>, onActivity?: () => void, staff?: StaffShortcut): void {
  contents.on('before-input-event', (event, input) => {
    // Checked in both views: the client may be typing in the e-service when the worker comes.
    if (staff && input.type === 'keyDown' && matchesAccelerator(input, staff.accelerator)) {
      event.preventDefault();
      staff.open();
      return;
    }
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
