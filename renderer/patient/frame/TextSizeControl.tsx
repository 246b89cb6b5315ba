import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplayOptions } from '../display/DisplayOptions';
import { useTextSize } from '../display/displayPreferences';
import { useNavigation } from '../../session/navigation';
import { ModalDialog } from './ModalDialog';
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
  const openerRef = useRef<HTMLButtonElement>(null);

  return (
    <>
      <button
        ref={openerRef}
        type="button"
        className="button display-control"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true" className="display-control__glyph">
          A
        </span>
        <span>{t('display.open')}</span>
      </button>
      <ModalDialog
        open={open}
        onClose={() => {
          setOpen(false);
          openerRef.current?.focus();
        }}
        title={t('display.dialogTitle')}
        closeLabel={t('display.close')}
        className="display-dialog"
      >
        <div className="display-options display-options--dialog">
          <DisplayOptions
            onSizeChosen={(size) => {
              setOpen(false);
              // A smaller size brings the inline buttons back and removes this dialog: focus the chosen size.
              if (size !== 'largest') focusAfterRender('.display-options__size[aria-pressed="true"]');
            }}
          />
        </div>
      </ModalDialog>
    </>
  );
}

/** Focus moves to a control that exists only after React has re-rendered the toolbar. */
function focusAfterRender(selector: string): void {
  setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus(), 0);
}
