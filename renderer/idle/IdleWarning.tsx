import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { secondsLeft } from '../../core/idle/idleMachine';
import { useIdle } from './idleStore';
import './idle.css';

/** Screen readers hear the countdown when the warning opens and once more here, not every second. */
const ANNOUNCE_AT_SECONDS = 10;

/**
 * "Are you still there?": a modal alertdialog in the top layer (above any other
 * open dialog), with a visible countdown and one big button. Any input anywhere
 * extends (the driver sees it); the button is the obvious way to do so.
 */
export function IdleWarning() {
  const { t } = useTranslation();
  const open = useIdle((s) => s.machine.phase === 'warning');
  const seconds = useIdle((s) => secondsLeft(s.machine, s.now));
  const totalSeconds = useIdle((s) =>
    s.machine.policy.kind === 'warn' ? Math.round(s.machine.policy.warningMs / 1000) : 0,
  );
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      buttonRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close(); // returns focus to where it was, so the page is just as it was left
    }
  }, [open]);

  const extend = () => useIdle.getState().send({ type: 'extend', at: Date.now() });
  const trapFocus = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    event.preventDefault();
    buttonRef.current?.focus();
  };
  const announcement =
    seconds !== null && seconds <= ANNOUNCE_AT_SECONDS ? t('idle.startsAgainIn', { count: ANNOUNCE_AT_SECONDS }) : '';

  return (
    <dialog
      ref={dialogRef}
      className="idle-warning"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-warning-title"
      aria-describedby="idle-warning-explanation idle-warning-opening"
      onCancel={(event) => event.preventDefault()}
      onKeyDown={trapFocus}
    >
      {open && seconds !== null ? (
        <div className="idle-warning__body">
          <h2 id="idle-warning-title" className="idle-warning__title">
            {t('idle.title')}
          </h2>
          <p id="idle-warning-explanation">{t('idle.explanation')}</p>
          <span id="idle-warning-opening" className="visually-hidden">
            {t('idle.startsAgainIn', { count: totalSeconds })}
          </span>
          <p className="idle-warning__countdown" aria-hidden="true">
            {t('idle.startsAgainIn', { count: seconds })}
          </p>
          <p role="status" className="visually-hidden">
            {announcement}
          </p>
          <button
            ref={buttonRef}
            type="button"
            className="button button--primary button--large idle-warning__button"
            onClick={extend}
          >
            {t('idle.stillHere')}
          </button>
        </div>
      ) : null}
    </dialog>
  );
}
