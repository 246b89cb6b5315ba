import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trapTabKey } from '../a11y/trapFocus';
import { DisplayOptions } from '../display/DisplayOptions';
import { useTextSize } from '../display/displayPreferences';
import { useNavigation } from '../state/navigation';
import './textSizeControl.css';

/**
 * The toolbar's text size and contrast controls. At the largest size they no
 * longer fit beside the others, so they fold into one "Display" button that
 * opens a dialog with the same choices.
 */
export function TextSizeControl() {
  const size = useTextSize();
  const onAttract = useNavigation((s) => s.route.screen === 'attract');
  if (onAttract) return null;
  return size === 'largest' ? <DisplayDialogControl /> : <InlineDisplayControls />;
}

function InlineDisplayControls() {
  return (
    <div className="display-options display-options--inline">
      <DisplayOptions
        onSizeChosen={(size) => {
          // The inline buttons are about to be replaced by the Display button: keep focus on the toolbar.
          if (size === 'largest') focusAfterRender('.display-control');
        }}
      />
    </div>
  );
}

function DisplayDialogControl() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <>
      <button ref={openerRef} type="button" className="button display-control" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <span aria-hidden="true" className="display-control__glyph">
          A
        </span>
        <span>{t('display.open')}</span>
      </button>
      <dialog
        ref={dialogRef}
        className="display-dialog"
        aria-labelledby="display-dialog-title"
        onKeyDown={trapTabKey}
        onClose={() => {
          setOpen(false);
          openerRef.current?.focus();
        }}
      >
        {open ? (
          <>
            <div className="display-dialog__header">
              <h2 id="display-dialog-title">{t('display.dialogTitle')}</h2>
              <button type="button" className="button" onClick={() => setOpen(false)}>
                {t('display.close')}
              </button>
            </div>
            <div className="display-options display-options--dialog">
              <DisplayOptions
                onSizeChosen={(size) => {
                  setOpen(false);
                  // A smaller size brings the inline buttons back and removes this dialog: focus the chosen size.
                  if (size !== 'largest') focusAfterRender('.display-options__size[aria-pressed="true"]');
                }}
              />
            </div>
          </>
        ) : null}
      </dialog>
    </>
  );
}

/** Focus moves to a control that exists only after React has re-rendered the toolbar. */
function focusAfterRender(selector: string): void {
  setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus(), 0);
}
