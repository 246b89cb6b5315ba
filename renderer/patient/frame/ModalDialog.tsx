import { useEffect, useId, useRef, type ReactNode } from 'react';
import { trapTabKey } from '../../platform/a11y/trapFocus';
import './modalDialog.css';

interface ModalDialogProps {
  open: boolean;
  /** Called for the Close button, Escape, and any other way the dialog closes. */
  onClose: () => void;
  title: string;
  closeLabel: string;
  /** The size variant (e.g. `language-dialog`). */
  className: string;
  children: ReactNode;
}

/**
 * A large modal for the patient toolbar: a title, a Close button, and content
 * rendered only while open. showModal() gives a real modal: focus moves in,
 * Escape closes, the page behind is inert, and focus returns to the opener on
 * close; Tab wraps inside so a keypad never leaves it for the browser chrome.
 */
export function ModalDialog({ open, onClose, title, closeLabel, className, children }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className={`modal-dialog ${className}`}
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        // Escape closes through React state at once, not by the browser's later close event: a
        // fast second press on the opener would otherwise reopen a dialog that then closes.
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
          return;
        }
        trapTabKey(event);
      }}
      onClose={onClose}
    >
      {open ? (
        <>
          <div className="modal-dialog__header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="button" onClick={onClose}>
              {closeLabel}
            </button>
          </div>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
