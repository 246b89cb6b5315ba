import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageInfo, type LanguageCode } from '../../../core/languages';
import { scriptsNeededFor } from '../../platform/fonts/freeTextScripts';
import { loadFullScriptFont, loadPickerFont } from '../../platform/fonts/loadScriptFont';
import { KEYBOARDS, keyboardById, keyboardForLanguage, type KeyboardId } from './layouts';
import { OnScreenKeyboard } from './OnScreenKeyboard';
import './keyboard.css';

export interface TextEditorProps {
  id: string;
  label: string;
  initial: string;
  maxLength: number;
  /** The language the text is for: it picks the first keyboard (and the presets' language). */
  language: LanguageCode;
  /** Ready-made texts in that language, chosen with one tap (Korean and Chinese need no typing then). */
  presets?: readonly string[];
  onSave(next: string): void;
  onCancel(): void;
}

/**
 * Typing a short text by touch: the on-screen keyboard in the text's language (any other a tap
 * away), ready-made texts where given, a real keyboard always works in the field, and the
 * length limit counted as you type.
 */
export default function TextEditor(props: TextEditorProps) {
  const { id, label, maxLength, language, presets = [] } = props;
  const { t } = useTranslation();
  const [draft, setDraft] = useState(props.initial);
  const [keyboardId, setKeyboardId] = useState<KeyboardId | 'real'>(keyboardForLanguage(language)?.id ?? 'en');
  const input = useRef<HTMLInputElement>(null);
  const editor = useRef<HTMLDivElement>(null);
  // Opened low in a section, the keyboard would sit below the fold: bring the editor's top into view.
  // (In braces: newer Chromium returns a promise from scrollIntoView, which React would take for a cleanup.)
  useEffect(() => {
    editor.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  // The keyboards' names: endonyms from the picker's font, 拼音 from the whole Chinese font.
  useEffect(() => void Promise.all([loadPickerFont(), loadFullScriptFont('han-simplified')]), []);
  // What staff type was never seen by the build's font cutter: each script's whole font draws it.
  useEffect(() => scriptsNeededFor([draft]).forEach((script) => void loadFullScriptFont(script)), [draft]);
  const switchToRealKeyboard = () => {
    setKeyboardId('real');
    input.current?.focus();
  };
  const left = maxLength - draft.length;
  return (
    <div ref={editor} className="staff-text-editor" role="group" aria-labelledby={`${id}-label`}>
      <label className="staff-setting__label" id={`${id}-label`} htmlFor={`${id}-input`}>
        {label}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        className="staff-text-editor__input"
        type="text"
        dir="auto"
        lang={language}
        value={draft}
        maxLength={maxLength}
        autoComplete="off"
        onChange={(event) => setDraft(event.target.value.normalize('NFC'))}
      />
      <p className={`staff-setting__hint${left <= 10 ? ' staff-setting__hint--near-limit' : ''}`} aria-live="polite">
        {t('staff.keyboard.characters', { count: draft.length, max: maxLength })}
      </p>
      {presets.length > 0 ? (
        <div className="staff-text-editor__presets" role="group" aria-label={t('staff.keyboard.presets')}>
          {presets.map((preset) => (
            <button
              key={preset}
              type="button"
              className="button staff-text-editor__preset"
              lang={language}
              data-script={languageInfo(language).script}
              aria-pressed={draft === preset}
              onClick={() => setDraft(preset.slice(0, maxLength))}
            >
              {preset}
            </button>
          ))}
        </div>
      ) : null}
      <div className="staff-text-editor__keyboards" role="group" aria-label={t('staff.keyboard.choose')}>
        {KEYBOARDS.map((keyboard) => (
          <button
            key={keyboard.id}
            type="button"
            className="button staff-text-editor__keyboard"
            lang={keyboard.lang}
            data-script={languageInfo(keyboard.lang).script}
            aria-pressed={keyboardId === keyboard.id}
            onClick={() => setKeyboardId(keyboard.id)}
          >
            {keyboard.label}
          </button>
        ))}
        <button
          type="button"
          className="button staff-text-editor__keyboard"
          aria-pressed={keyboardId === 'real'}
          onClick={switchToRealKeyboard}
        >
          {t('staff.keyboard.real')}
        </button>
      </div>
      {keyboardId === 'real' ? (
        <p className="staff-setting__hint">{t('staff.keyboard.realHint')}</p>
      ) : (
        <OnScreenKeyboard
          key={keyboardId}
          keyboard={keyboardById(keyboardId)}
          value={draft}
          maxLength={maxLength}
          onChange={setDraft}
        />
      )}
      <div className="staff-text-editor__actions">
        <button type="button" className="button" onClick={props.onCancel}>
          {t('staff.keyboard.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={() => props.onSave(draft.trim())}>
          {t('staff.keyboard.done')}
        </button>
      </div>
    </div>
  );
}
