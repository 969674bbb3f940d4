import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { createI18n } from './i18n/setup';
import { findKiosk } from './lib/findKiosk';
import { UnavailableScreen } from './screens/UnavailableScreen';
import './styles/base.css';
import './styles/controls.css';
import './styles/screens.css';
import './styles/toolbar.css';
import './styles/tiles.css';
import './styles/dialog.css';
import './styles/flows.css';

// Finnish until the host's first snapshot says otherwise.
const i18n = createI18n('fi');
// The global is typed as always present, but a broken host may not have set it up.
const kiosk = findKiosk((window as { kiosk?: unknown }).kiosk);
const container = document.getElementById('root');

if (container !== null) {
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary fallback={<UnavailableScreen />}>{kiosk ? <App kiosk={kiosk} /> : <UnavailableScreen />}</ErrorBoundary>
      </I18nextProvider>
    </StrictMode>,
  );
}
