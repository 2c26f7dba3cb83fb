import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, whenRouterReady } from './app/app';
import { registerServiceWorker } from './features/offline';
import { i18n, initI18n } from './shared/i18n/i18n';
import { preferencesStore } from './shared/preferences/use-preferences';
import './shared/ui/global.css';

// The inline script of index.html has already applied these before the first paint; keep them in sync.
const applyLowVision = () => {
  document.documentElement.toggleAttribute('data-low-vision', preferencesStore.getSnapshot().isLowVision);
};
applyLowVision();
preferencesStore.subscribe(applyLowVision);

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

const render = () => {
  document.documentElement.lang = i18n.language;
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
};

// Development serves unbundled modules that must never be cached; the built app works offline.
if (import.meta.env.PROD) registerServiceWorker();

// A failed English locale must not leave a blank page: render in Russian then.
const locale = initI18n(preferencesStore.getSnapshot().language).catch((error: unknown) => {
  console.error('Could not load the locale', error);
});
Promise.all([locale, whenRouterReady()]).then(render, render);
