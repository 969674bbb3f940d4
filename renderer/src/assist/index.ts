/**
 * Assist mode in the UI (issue 4): the staff entry and the PIN pad, the worker-joined banner,
 * the worker panel, the privacy moment, the client's help sign and the staff report. Import this
 * module once from the app; it brings its own stylesheet. i18n takes the texts from
 * './messages' directly, so it stays free of components and stylesheets.
 */
import './assist.css';

export { AssistLayer, PANEL_OPEN_CLASS } from './AssistLayer';
export { assistCoversContent, assistModal, workerPanelShown } from './covers';
export type { AssistModal } from './covers';
export { HelpButton } from './HelpButton';
export { useAssistLocalState } from './local-state';
export type { AssistLocalState } from './local-state';
export { assistMessages } from './messages';
export type { AssistKey, AssistMessages } from './messages';
export { StaffButton } from './StaffButton';
