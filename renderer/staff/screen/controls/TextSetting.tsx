import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LockNote } from './LockNote';
import { OnScreenKeyboard } from './OnScreenKeyboard';

interface TextSettingProps {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  locked: boolean;
  onSave(next: string): void;
}

/**
 * A short text (clinic name, QR heading). Editing opens the on-screen keyboard;
 * the text field beside it also takes a real or system touch keyboard.
 */
export function TextSetting({ id, label, value, maxLength, locked, onSave }: TextSettingProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <div className="staff-setting">
        <span className="staff-setting__label" id={`${id}-label`}>
          {label}
        </span>
        <span className="staff-text__value">{value || t('staff.display.notSet')}</span>
        <button
          type="button"
          className="button"
          aria-label={t('staff.display.edit', { label })}
          disabled={locked}
          onClick={() => setDraft(value)}
        >
          ✎
        </button>
        {locked ? <LockNote /> : null}
      </div>
    );
  }
  return (
    <div className="staff-text-editor" role="group" aria-labelledby={`${id}-label`}>
      <label className="staff-setting__label" id={`${id}-label`} htmlFor={`${id}-input`}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        className="staff-text-editor__input"
        type="text"
        value={draft}
        maxLength={maxLength}
        autoComplete="off"
        onChange={(event) => setDraft(event.target.value)}
      />
      <p className="staff-setting__hint">{t('staff.keyboard.characters', { count: draft.length, max: maxLength })}</p>
      <OnScreenKeyboard value={draft} maxLength={maxLength} onChange={setDraft} />
      <div className="staff-text-editor__actions">
        <button type="button" className="button" onClick={() => setDraft(null)}>
          {t('staff.keyboard.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={() => (onSave(draft.trim()), setDraft(null))}>
          {t('staff.keyboard.done')}
        </button>
      </div>
    </div>
  );
}
