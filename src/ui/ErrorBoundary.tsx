import { Component, type ReactNode } from "react";

interface State {
  message: string | null;
}

/**
 * Last line of defence: a render error shows a message and a way back instead of an
 * empty page. Bilingual on purpose: the language store may be what failed.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <div className="notice error" role="alert" data-testid="app-error">
        <p>문제가 생겨 화면을 그리지 못했습니다. / Something went wrong while drawing the page.</p>
        <p className="muted">{this.state.message}</p>
        <button type="button" onClick={() => this.setState({ message: null })}>
          다시 시도 / Try again
        </button>
      </div>
    );
  }
}
