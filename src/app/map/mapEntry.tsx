/**
 * Entry of the map page, loaded with a dynamic import only when the address says `?view=map`, so
 * the lab's first load carries none of it (nor the map's worker).
 */
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import { initialTheme } from '../shell/theme';
import { MapPage } from './MapPage';
import { readMapStartup } from './mapStartup';
import './map.css';

export async function renderMapPage(root: Root): Promise<void> {
  document.documentElement.dataset.theme = initialTheme();
  document.title = 'Metastability map · Metastable Lab';
  const startup = await readMapStartup(location);
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <MapPage startup={startup} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
