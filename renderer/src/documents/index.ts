import './documents.css';

export { DocumentNotice } from './DocumentNotice';
export { DocumentsDialog } from './DocumentsDialog';
export { DocumentViewer } from './DocumentViewer';
export { FilePicker } from './FilePicker';
export { openDocumentsDialog, resetDocumentsLocalState, useDocumentsLocalState } from './local-state';
