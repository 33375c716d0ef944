/**
 * Last line of defence: a rendering error shows a message and a way out, never a blank page. A part
 * of the lab that could not be loaded (a new build replaced the old one's files) gets a reload that
 * keeps the whole address, so the scenario in `#s=…` and the query survive it.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isMissingChunk, reloadKeepingAddress } from './missingChunk';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Metastable Lab failed to render', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const missing = isMissingChunk(error);
    return (
      <main className="crash" role="alert">
        <h1>{missing ? 'A part of the lab could not be loaded' : 'The lab hit an error'}</h1>
        <p>
          {missing
            ? 'The lab was probably updated since this page opened, or the network dropped. Reloading brings the current version back with your scenario.'
            : error.message}
        </p>
        <p>
          <button type="button" className="btn btn-primary" onClick={reloadKeepingAddress}>
            Reload with this scenario
          </button>
        </p>
        {missing && <p className="hint">{error.message}</p>}
        <p>
          <a href={location.pathname}>Reload with the default scenario</a>
        </p>
      </main>
    );
  }
}
