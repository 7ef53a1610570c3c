import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  area: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** A crash in one panel shows a located message instead of a blank screen; the document is untouched. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`[${this.props.area}] panel crashed`, error, info.componentStack);
  }

  override componentDidUpdate(prev: Props): void {
    if (prev.area !== this.props.area && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="panel-error" role="alert">
          <strong>The {this.props.area} panel hit an error.</strong> Your workflow is safe.
          <pre>{this.state.error.message}</pre>
          <button type="button" onClick={() => this.setState({ error: null })}>Try again</button>
        </div>
      );
    }
    return this.props.children;
  }
}
