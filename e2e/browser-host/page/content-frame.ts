/**
 * Keeps the content iframe in the UI page in line with the host's desired state: creates it
 * for a new session, moves it to the content slot's bounds, hides it, navigates it, removes it.
 * It sits on top of the UI, where Electron puts its content view; the UI hides it (through
 * setContentLayout) whenever an overlay covers the content.
 */
import { CONTENT_FRAME_NAME, type ContentFrameState } from '../host-messages';

export interface ContentFrameController {
  apply(state: ContentFrameState): void;
}

export function createContentFrameController(doc: Document): ContentFrameController {
  let frame: HTMLIFrameElement | null = null;
  let generation = -1;
  let appliedSeq = 0;

  let allow = '';

  function create(): HTMLIFrameElement {
    const element = doc.createElement('iframe');
    element.name = CONTENT_FRAME_NAME;
    // The UI's own address is nobody's business.
    element.referrerPolicy = 'no-referrer';
    element.title = 'e-service';
    element.allow = allow;
    Object.assign(element.style, { position: 'fixed', border: '0', margin: '0', padding: '0', zIndex: '2147483000', background: '#fff' });
    doc.body.append(element);
    return element;
  }

  /** The state waiting for the iframe to be made (see apply). */
  let deferred: ContentFrameState | null = null;

  function reconcile(state: ContentFrameState): void {
    allow = state.allow;
    if (!state.open) {
      frame?.remove();
      frame = null;
      generation = -1;
      appliedSeq = 0;
      return;
    }
    if (frame === null || generation !== state.generation) {
      frame?.remove();
      frame = create();
      generation = state.generation;
      appliedSeq = 0;
    }
    const { x, y, width, height } = state.bounds;
    Object.assign(frame.style, { left: `${x}px`, top: `${y}px`, width: `${width}px`, height: `${height}px` });
    frame.style.display = state.visible ? 'block' : 'none';
    if (state.navigation !== null && state.navigation.seq > appliedSeq) {
      appliedSeq = state.navigation.seq;
      // Setting src navigates even when the value is unchanged, which is what reload needs.
      frame.src = state.navigation.url;
    }
  }

  return {
    apply(state) {
      const fresh = frame === null || generation !== state.generation;
      if (state.open && fresh && state.navigation === null && !state.visible) {
        // A session has just begun and there is nothing to show yet. Making an iframe takes the
        // page's main thread 10-20 ms, right when it should draw the screen the client tapped
        // for (Electron makes its content view in the main process, off the UI's thread): make
        // it once the page is idle; a navigation before then makes it at once.
        frame?.remove();
        frame = null;
        generation = state.generation;
        appliedSeq = 0;
        if (deferred === null) {
          requestIdleCallback(
            () => {
              const latest = deferred;
              deferred = null;
              if (latest !== null) reconcile(latest);
            },
            { timeout: 500 },
          );
        }
        deferred = state;
        return;
      }
      deferred = null;
      reconcile(state);
    },
  };
}
