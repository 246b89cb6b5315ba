import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languageInfo, type LanguageCode } from '../../../../core/languages';
import { LockNote } from './LockNote';

// The keyboards and their layouts are staff-only: their own chunk, loaded when staff first edit a text.
const TextEditor = lazy(() => import('../../keyboard/TextEditor'));

interface TextSettingProps {
  id: string;
  label: string;
  /** What the label shows, when it holds another script (e.g. a language's own name); `label` names the controls. */
  labelContent?: ReactNode;
  value: string;
  /** Shown when the value is empty (a language's translated default heading). */
  placeholder?: string;
  maxLength: number;
  locked: boolean;
  /** The language the text is read in: it picks the first keyboard and the presets. */
  language: LanguageCode;
  presets?: readonly string[];
  onSave(next: string): void;
}

/** A short text (clinic name, a take-home heading): its value, and a Change button that opens the editor. */
export function TextSetting({
  id,
  label,
  labelContent,
  value,
  placeholder,
  maxLength,
  locked,
  language,
  presets,
  onSave,
}: TextSettingProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <Suspense fallback={<p>{t('staff.keyboard.loading')}</p>}>
        <TextEditor
          id={id}
          label={label}
          initial={value}
          maxLength={maxLength}
          language={language}
          presets={presets}
          onCancel={() => setEditing(false)}
          onSave={(next) => {
            setEditing(false);
            if (next !== value) onSave(next);
          }}
        />
      </Suspense>
    );
  }
  return (
    <div className="staff-setting">
      <span className="staff-setting__label" id={`${id}-label`}>
        {labelContent ?? label}
      </span>
      <span
        className={`staff-text__value${value ? '' : ' staff-text__value--default'}`}
        lang={language}
        dir="auto"
        data-script={languageInfo(language).script}
      >
        {value || placeholder || t('staff.display.notSet')}
      </span>
      <button
        type="button"
        className="button"
        aria-label={t('staff.display.edit', { label })}
        disabled={locked}
        onClick={() => setEditing(true)}
      >
        <span aria-hidden="true">✎</span> {t('staff.display.change')}
      </button>
      {locked ? <LockNote /> : null}
    </div>
  );
}
