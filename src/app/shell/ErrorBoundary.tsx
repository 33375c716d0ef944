/** Last line of defence: a rendering error shows a message and a way out, never a blank page. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

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
    if (!this.state.error) return this.props.children;
    return (
      <main className="crash" role="alert">
        <h1>The lab hit an error</h1>
        <p>{this.state.error.message}</p>
        <p>
          <a href={location.pathname}>Reload with the default scenario</a>
        </p>
      </main>
    );
  }
}
