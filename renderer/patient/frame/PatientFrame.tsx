import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenId } from '../../../core/screens';
import { PATIENT_TOOLBAR } from '../../app/slots';
import { useKeyboardScrollable } from '../../platform/a11y/useKeyboardScrollable';
import { useNavigation } from '../../session/navigation';
import { BackIcon, HomeIcon, NextIcon } from './icons';
import { useBackAction } from './useBackAction';
import './patientFrame.css';

export interface BottomNav {
  onBack: () => void;
  onNext: () => void;
  /** Defaults to "Next". */
  nextLabel?: string;
}

interface PatientFrameProps {
  /** The screen's one `<h1>`. */
  title: string;
  /** A small line above the title (e.g. which topic this page belongs to). */
  eyebrow?: ReactNode;
  /** Changes whenever the content changes in place (e.g. a new page), to scroll back to the top. */
  contentKey?: string;
  /** Where Back goes when there is no history; defaults to the topic menu. */
  backFallback?: ScreenId;
  /** Replaces the top bar's Back (e.g. the check steps back one question). */
  onBack?: () => void;
  /** Back and Next at the bottom; when given, Back lives there instead of in the top bar. */
  bottomNav?: BottomNav;
  /** Extra class on `<main>`, for the screen's own layout. */
  className?: string;
  children: ReactNode;
}

/**
 * The layout of every patient screen after the attract screen: Home and Back
 * always in reach at the top, the shared toolbar (language, text size…), the
 * screen's content in `<main>`, and optional Back/Next at the bottom.
 */
export function PatientFrame({
  title,
  eyebrow,
  contentKey,
  backFallback = 'topics',
  onBack,
  bottomNav,
  className,
  children,
}: PatientFrameProps) {
  const { t } = useTranslation();
  const home = useNavigation((s) => s.home);
  const historyBack = useBackAction(backFallback);
  const mainRef = useRef<HTMLElement>(null);
  const scrollable = useKeyboardScrollable(mainRef);

  useEffect(() => {
    // Each new page starts at its top, never half-way down where the last one was left.
    mainRef.current?.scrollTo({ top: 0 });
    window.scrollTo({ top: 0 });
  }, [contentKey]);

  return (
    <div className="patient-frame">
      <header className="patient-frame__bar">
        <nav className="patient-frame__nav" aria-label={t('journey.frame.pageNavLabel')}>
          <button type="button" className="button patient-frame__home" onClick={home}>
            <HomeIcon />
            <span>{t('nav.home')}</span>
          </button>
          {bottomNav ? null : (
            <button type="button" className="button" onClick={onBack ?? historyBack}>
              <BackIcon />
              <span>{t('nav.back')}</span>
            </button>
          )}
        </nav>
        {PATIENT_TOOLBAR.length > 0 ? (
          <div className="patient-frame__toolbar" role="toolbar" aria-label={t('journey.frame.toolbarLabel')}>
            {PATIENT_TOOLBAR.map((Control, index) => (
              <Control key={index} />
            ))}
          </div>
        ) : null}
      </header>
      <main
        ref={mainRef}
        className={['patient-frame__main', className].filter(Boolean).join(' ')}
        aria-labelledby="screen-title"
        // Only while it scrolls: then Tab reaches it and the arrow keys move it.
        tabIndex={scrollable ? 0 : undefined}
      >
        <div className="patient-frame__content">
          {eyebrow ? <p className="patient-frame__eyebrow">{eyebrow}</p> : null}
          <h1 id="screen-title" className="screen-title">
            {title}
          </h1>
          {children}
        </div>
      </main>
      {bottomNav ? (
        <nav className="patient-frame__bottom" aria-label={t('a11y.backNextLabel')}>
          <button type="button" className="button button--large" onClick={bottomNav.onBack}>
            <BackIcon />
            <span>{t('nav.back')}</span>
          </button>
          <button type="button" className="button button--primary button--large" onClick={bottomNav.onNext}>
            <span>{bottomNav.nextLabel ?? t('nav.next')}</span>
            <NextIcon />
          </button>
        </nav>
      ) : null}
    </div>
  );
}
