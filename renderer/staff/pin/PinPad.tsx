import { useTranslation } from 'react-i18next';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

interface PinPadProps {
  count: number;
  disabled: boolean;
  onDigit(digit: string): void;
  onErase(): void;
  onSubmit(): void;
  onCancel(): void;
}

/** Big digit keys named "0"–"9", Delete, OK and Cancel; dots show how many digits, never which. */
export function PinPad({ count, disabled, onDigit, onErase, onSubmit, onCancel }: PinPadProps) {
  const { t } = useTranslation();
  return (
    <div className="pin-pad">
      <p className="pin-pad__dots" aria-live="polite">
        <span aria-hidden="true">{count === 0 ? '\u00a0' : '●'.repeat(count)}</span>
        <span className="visually-hidden">{t('staff.pin.digitsEntered', { count })}</span>
      </p>
      <div className="pin-pad__keys" role="group" aria-label={t('staff.pin.padLabel')}>
        {DIGITS.map((digit) => (
          <button
            key={digit}
            type="button"
            className="button pin-pad__key"
            disabled={disabled}
            onClick={() => onDigit(digit)}
          >
            {digit}
          </button>
        ))}
        <button
          type="button"
          className="button pin-pad__key pin-pad__key--word"
          disabled={disabled || count === 0}
          onClick={onErase}
        >
          {t('staff.pin.delete')}
        </button>
        <button type="button" className="button pin-pad__key" disabled={disabled} onClick={() => onDigit('0')}>
          0
        </button>
        <button
          type="button"
          className="button button--primary pin-pad__key pin-pad__key--word"
          disabled={disabled || count === 0}
          onClick={onSubmit}
        >
          {t('staff.pin.ok')}
        </button>
      </div>
      <button type="button" className="button pin-pad__cancel" onClick={onCancel}>
        {t('staff.pin.cancel')}
      </button>
    </div>
  );
}
