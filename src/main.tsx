/** Entry point: read the address, start the worker-driven lab, render it inside an error boundary. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { exposeForBench } from './app/runtime/benchHook';
import { startLab } from './app/runtime/labRuntime';
import { isMapView } from './app/map/mapRoute';
import { LabContext } from './app/runtime/LabContext';
import { gateStartup, readStartup } from './app/scenarios/startupLink';
import { ErrorBoundary } from './app/shell/ErrorBoundary';
import { initialTheme } from './app/shell/theme';
import './app/styles/theme.css';
import './app/styles/layout.css';
import './app/styles/readouts.css';
import './app/styles/buttons.css';
import './app/styles/controls.css';
import './app/styles/charts.css';
import './app/styles/scenarios.css';
import './app/styles/dialogs.css';
// Last: the narrow-screen layout overrides the rules above.
import './app/styles/narrow.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

/**
 * Not top-level await: the build puts this module in one chunk with everything the first paint
 * needs (vite.config.ts), and the map page imports from that chunk; awaiting the map page while the
 * chunk is still evaluating would leave each waiting for the other.
 */
async function start(): Promise<void> {
  // `?view=map`: the metastability map, a page of its own loaded on demand, so the lab's first load
  // carries none of it.
  if (isMapView(location.search)) {
    await (await import('./app/map/mapEntry')).renderMapPage(root);
  } else {
    // A share link in the hash is decoded (asynchronously) before the first run starts.
    const options = await gateStartup(await readStartup(location));
    try {
      const lab = startLab(options, initialTheme());
      exposeForBench(lab, location.search);
      root.render(
        <StrictMode>
          <ErrorBoundary>
            <LabContext.Provider value={lab}>
              <App />
            </LabContext.Provider>
          </ErrorBoundary>
        </StrictMode>,
      );
    } catch (e) {
      root.render(
        <main className="crash" role="alert">
          <h1>The lab could not start</h1>
          <p>{e instanceof Error ? e.message : String(e)}</p>
        </main>,
      );
    }
  }
}

void start();
