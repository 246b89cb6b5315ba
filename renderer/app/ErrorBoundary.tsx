import { Component, type ErrorInfo, type ReactNode } from 'react';
import i18next from 'i18next';
import { createLogger } from '../../core/log/logger';

const log = createLogger('screen');

interface Props {
  children: ReactNode;
  /** Called when the patient taps "Start again"; must return the app to the attract screen. */
  onRecover: () => void;
}

/** Never a blank screen: a render error shows a calm message and a way back. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const where = info.componentStack?.trim().split('\n').slice(0, 3).join(' ') ?? '';
    log.error(`a screen failed to render${where ? ` (${where})` : ''}`, error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const t = i18next.t.bind(i18next);
    return (
      <main className="screen screen--centred" aria-labelledby="error-title">
        <h1 id="error-title" className="screen-title">
          {t('errors.somethingWentWrong')}
        </h1>
        <p className="lead">{t('errors.startAgainHint')}</p>
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => {
            this.setState({ failed: false });
            this.props.onRecover();
          }}
        >
          {t('nav.startAgain')}
        </button>
      </main>
    );
  }
}
