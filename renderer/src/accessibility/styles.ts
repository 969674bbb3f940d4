/**
 * This feature's stylesheets: the static ones, and the generated one of documentCss.ts. The
 * @fontsource files are bundled by vite (the UI's CSP allows fonts from our own origin only);
 * the browser downloads a face only when something uses it. Only the Latin subsets: Finnish,
 * Swedish and English need nothing else.
 */
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@fontsource/opendyslexic/latin-400.css';
import '@fontsource/opendyslexic/latin-700.css';
import 'react-simple-keyboard/build/css/index.css';
import './accessibility.css';
import { installDocumentCss } from './documentCss';

// Guarded: node-based tests may import this feature's exports without a DOM.
if (typeof document !== 'undefined') installDocumentCss(document);
