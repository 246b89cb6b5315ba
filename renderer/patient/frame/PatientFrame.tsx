import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenId } from '../../../core/screens';
import { PATIENT_TOOLBAR } from '../../app/slots';
import { useKeyboardScrollable } from '../../platform/a11y/useKeyboardScrollable';
import { useNavigation } from '../../session/navigation';
import { openEmergencyHelp, showMyList } from '../journey/routes';
import { AlertIcon, BackIcon, DownIcon, HomeIcon, ListIcon, NextIcon } from './icons';
import { useBackAction } from './useBackAction';
import { useMoreBelow } from './useMoreBelow';
import './patientFrame.css';

export interface ForwardAction {
  onClick: () => void;
  /** Defaults to "Next". */
  label?: string;
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
  /** Replaces Back's history step (e.g. the check steps back one question). */
  onBack?: () => void;
  /** The big forward button at the bottom (Next, Continue…); none on screens that end in a choice. */
  forward?: ForwardAction;
  /** The screen lays out its own parts and never scrolls (long pages split instead). */
  paged?: boolean;
  /** The finish screen is the list itself: no "I've been called" there. */
  showCalled?: boolean;
  /** Extra class on `<main>`, for the screen's own layout. */
  className?: string;
  children: ReactNode;
}

/**
 * The layout of every patient screen after the attract screen. Top: Home, "Need help
 * now?" and the toolbar (listen, language, text size). Middle: the screen's content;
 * when it is taller than the window a large "More below" button shows there is more.
 * Bottom, always in reach: Back, "I've been called" and the way forward.
 */
export function PatientFrame(props: PatientFrameProps) {
  const { title, eyebrow, contentKey, backFallback = 'topics', onBack, forward, paged = false, className } = props;
  const { t } = useTranslation();
  const home = useNavigation((s) => s.home);
  const historyBack = useBackAction(backFallback);
  const mainRef = useRef<HTMLElement>(null);
  const scrollable = useKeyboardScrollable(mainRef);
  const { moreBelow, showMore } = useMoreBelow(mainRef);

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
          <button type="button" className="button patient-frame__help" onClick={openEmergencyHelp}>
            <AlertIcon />
            <span>{t('journey.frame.helpNow')}</span>
          </button>
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
        className={['patient-frame__main', paged ? 'patient-frame__main--paged' : '', className]
          .filter(Boolean)
          .join(' ')}
        aria-labelledby="screen-title"
        // Only while it scrolls: then Tab reaches it and the arrow keys move it.
        tabIndex={scrollable && !paged ? 0 : undefined}
      >
        <div className="patient-frame__content">
          {eyebrow ? <div className="patient-frame__eyebrow">{eyebrow}</div> : null}
          <h1 id="screen-title" className="screen-title">
            {title}
          </h1>
          {props.children}
        </div>
      </main>
      {moreBelow && !paged ? (
        <button type="button" className="button patient-frame__more" onClick={showMore}>
          <DownIcon />
          <span>{t('journey.frame.moreBelow')}</span>
        </button>
      ) : null}
      <nav className="patient-frame__bottom" aria-label={t('a11y.backNextLabel')}>
        <button type="button" className="button button--large patient-frame__back" onClick={onBack ?? historyBack}>
          <BackIcon />
          <span>{t('nav.back')}</span>
        </button>
        {props.showCalled === false ? null : (
          <button type="button" className="button button--large patient-frame__called" onClick={showMyList}>
            <ListIcon />
            <span className="patient-frame__called-text">
              <span>{t('journey.frame.called')}</span>
              <span className="patient-frame__called-hint">{t('journey.frame.calledHint')}</span>
            </span>
          </button>
        )}
        {forward ? (
          <button
            type="button"
            className="button button--primary button--large patient-frame__forward"
            onClick={forward.onClick}
          >
            <span>{forward.label ?? t('nav.next')}</span>
            <NextIcon />
          </button>
        ) : (
          <span className="patient-frame__forward-space" aria-hidden="true" />
        )}
      </nav>
    </div>
  );
}
