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

  return {
    apply(state) {
      if (!state.open) {
        frame?.remove();
        frame = null;
        generation = -1;
        appliedSeq = 0;
        return;
      }
      allow = state.allow;
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
    },
  };
}
