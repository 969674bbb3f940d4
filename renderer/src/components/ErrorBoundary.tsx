import { Component } from 'react';
import type { ReactNode } from 'react';

type Props = { readonly fallback: ReactNode; readonly children: ReactNode };
type State = { readonly failed: boolean };

/**
 * Keeps a rendering bug from leaving a blank kiosk: shows the fallback (ask the staff) instead.
 * Logs the error type only; messages could echo page data.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(`UI failed: ${error instanceof Error ? error.name : typeof error}`);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
