import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  children: ReactNode;
  /**
   * Called once when drawing fails: the app puts its view back to the start (the data stays)
   * and drops the saved view and address that led there, so the next try, and the next visit,
   * start cleanly.
   */
  onRecover?: (reason: string) => void;
}

interface State {
  message: string | null;
  recovered: boolean;
}

/**
 * Last line of defence: a render error first resets the view and tries again; only if that
 * fails too does it show a message and a way back instead of an empty page. Bilingual on
 * purpose: the language store may be what failed.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { message: null, recovered: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo) {
    if (this.state.recovered || !this.props.onRecover) return;
    this.props.onRecover(error instanceof Error ? error.message : String(error));
    this.setState({ message: null, recovered: true });
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <div className="notice error" role="alert" data-testid="app-error">
        <p>문제가 생겨 화면을 그리지 못했습니다. / Something went wrong while drawing the page.</p>
        <p className="muted">{this.state.message}</p>
        <button
          type="button"
          onClick={() => {
            this.props.onRecover?.(this.state.message ?? "");
            this.setState({ message: null });
          }}
        >
          보기 초기화 후 다시 시도 / Reset the view and try again
        </button>
      </div>
    );
  }
}
