import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', "zxcvbnm-'", '.,&()/'] as const;

interface OnScreenKeyboardProps {
  value: string;
  maxLength: number;
  onChange(next: string): void;
}

/** A small letter keyboard for a kiosk with no keyboard: big keys, capitals, space and delete. */
export function OnScreenKeyboard({ value, maxLength, onChange }: OnScreenKeyboardProps) {
  const { t } = useTranslation();
  const [capitals, setCapitals] = useState(value.length === 0);
  const type = (text: string) => {
    if (value.length + text.length > maxLength) return;
    onChange(value + text);
    setCapitals(false);
  };
  return (
    <div className="staff-keyboard" role="group" aria-label={t('staff.keyboard.label')}>
      {ROWS.map((row) => (
        <div key={row} className="staff-keyboard__row">
          {[...row].map((key) => {
            const shown = capitals ? key.toUpperCase() : key;
            return (
              <button key={key} type="button" className="button staff-keyboard__key" onClick={() => type(shown)}>
                {shown}
              </button>
            );
          })}
        </div>
      ))}
      <div className="staff-keyboard__row">
        <button
          type="button"
          className="button staff-keyboard__key staff-keyboard__key--wide"
          aria-pressed={capitals}
          onClick={() => setCapitals(!capitals)}
        >
          {t('staff.keyboard.shift')}
        </button>
        <button
          type="button"
          className="button staff-keyboard__key staff-keyboard__key--space"
          onClick={() => type(' ')}
        >
          {t('staff.keyboard.space')}
        </button>
        <button
          type="button"
          className="button staff-keyboard__key staff-keyboard__key--wide"
          disabled={value.length === 0}
          onClick={() => onChange(value.slice(0, -1))}
        >
          {t('staff.keyboard.backspace')}
        </button>
        <button
          type="button"
          className="button staff-keyboard__key staff-keyboard__key--wide"
          disabled={value.length === 0}
          onClick={() => onChange('')}
        >
          {t('staff.keyboard.clear')}
        </button>
      </div>
    </div>
  );
}
