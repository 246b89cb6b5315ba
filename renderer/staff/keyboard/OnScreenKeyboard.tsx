import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageInfo } from '../../../core/languages';
import { loadFullScriptFont } from '../../platform/fonts/loadScriptFont';
import { type KeyboardSpec } from './layouts';
import { CandidateStrip } from './CandidateStrip';
import { candidatesFor } from './pinyin';
import { SimpleKeyboardView } from './SimpleKeyboardView';
import { deleteLast, isCombiningMark, typeKey, type TypingState } from './typing';

interface OnScreenKeyboardProps {
  keyboard: KeyboardSpec;
  value: string;
  maxLength: number;
  onChange(next: string): void;
}

const SHIFTED: Readonly<Record<string, string>> = { default: 'shift', accents: 'accentsShift' };
const UNSHIFTED: Readonly<Record<string, string>> = { shift: 'default', accentsShift: 'accents' };

/** Big keys in the chosen layout; capitals for one letter at a time, accents a tap away, pinyin candidates for Chinese. */
export function OnScreenKeyboard({ keyboard, value, maxLength, onChange }: OnScreenKeyboardProps) {
  const { t } = useTranslation();
  const [layoutName, setLayoutName] = useState(keyboard.cased && value === '' ? 'shift' : 'default');
  const [pendingMark, setPendingMark] = useState<string | null>(null);
  const [spelling, setSpelling] = useState('');
  const onAccents = layoutName.startsWith('accents');
  const script = languageInfo(keyboard.lang).script;
  // Key faces are not the kiosk's own words, so the build's cut fonts may lack them.
  useEffect(() => void loadFullScriptFont(script), [script]);

  const apply = useCallback(
    (next: TypingState) => {
      setPendingMark(next.pendingMark);
      if (next.text !== value) onChange(next.text);
    },
    [onChange, value],
  );

  const pick = useCallback(
    (candidate: string) => {
      setSpelling('');
      apply(typeKey({ text: value, pendingMark: null }, candidate, { deadKeys: false, maxLength }));
    },
    [apply, maxLength, value],
  );

  const onKey = useCallback(
    (key: string) => {
      const state: TypingState = { text: value, pendingMark };
      if (key === '{shift}') return setLayoutName(SHIFTED[layoutName] ?? UNSHIFTED[layoutName] ?? 'default');
      if (key === '{accents}') return setLayoutName('accents');
      if (key === '{abc}') return setLayoutName('default');
      if (key === '{bksp}') {
        if (spelling !== '') return setSpelling(spelling.slice(0, -1));
        return apply(deleteLast(state));
      }
      if (keyboard.candidates && /^[a-z]$/i.test(key) && !onAccents) return setSpelling(spelling + key.toLowerCase());
      if (key === '{space}' && spelling !== '')
        return pick(candidatesFor(keyboard.candidates ?? {}, spelling)[0] ?? spelling);
      const typed = key === '{space}' ? ' ' : key;
      if (typed.startsWith('{')) return;
      // Accent keys wait for the letter only on that country's layout, never on the accents layer.
      apply(typeKey(state, typed, { deadKeys: keyboard.deadKeys && !onAccents, maxLength }));
      const unshifted = UNSHIFTED[layoutName];
      if (unshifted) setLayoutName(unshifted);
    },
    [apply, keyboard, layoutName, maxLength, onAccents, pendingMark, pick, spelling, value],
  );

  const display = useMemo(() => {
    const words: Record<string, string> = {
      '{bksp}': t('staff.keyboard.backspace'),
      '{space}': t('staff.keyboard.space'),
      '{shift}': t('staff.keyboard.shift'),
      '{accents}': 'á é ñ',
      '{abc}': 'abc',
    };
    for (const rows of Object.values(keyboard.layout))
      for (const key of rows.flatMap((row) => row.split(' '))) if (isCombiningMark(key)) words[key] = `\u25cc${key}`;
    return words;
  }, [keyboard, t]);
  const names = useMemo(
    () => ({ '{accents}': t('staff.keyboard.accents'), '{abc}': t('staff.keyboard.letters') }),
    [t],
  );

  return (
    <div
      className="staff-keyboard"
      role="group"
      aria-label={t('staff.keyboard.label')}
      lang={keyboard.lang}
      data-script={script}
      data-keyboard={keyboard.id}
      data-shift={layoutName.toLowerCase().includes('shift')}
    >
      {keyboard.candidates ? <CandidateStrip table={keyboard.candidates} spelling={spelling} onPick={pick} /> : null}
      {pendingMark ? (
        <p className="staff-keyboard__pending" role="status">
          {t('staff.keyboard.accentWaiting', { mark: `\u25cc${pendingMark}` })}
        </p>
      ) : null}
      <SimpleKeyboardView
        layout={keyboard.layout}
        layoutName={layoutName}
        display={display}
        names={names}
        onKey={onKey}
      />
    </div>
  );
}
