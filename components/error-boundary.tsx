import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What failed, for the message: "the sidebar", "the interviews". */
  what: string;
  children: ReactNode;
}

/**
 * A part of a page that throws while rendering shows what went wrong, and the rest of the page
 * keeps working (without it, React leaves the whole page blank). Nothing is lost: the data is in
 * the database; "Try again" renders the part anew.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Interview Sidebar: ${this.props.what} failed to render`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="error-boundary">
        <p>
          Could not show {this.props.what}: {this.state.error.message}
        </p>
        <p className="hint">Your notes are safe in this browser. Try again, or reload the page.</p>
        <button type="button" className="small-button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
