/**
 * What one key press does to the text being typed: pure, so it is unit-tested. Handles the
 * dead keys of the Spanish, French, Portuguese and Polish layouts (´ then e gives é), combining
 * tone marks typed after a letter (Vietnamese ơ then ◌́ gives ớ), and the length limit.
 */

/** Dead keys (pressed before the letter) and the combining mark each one puts on it. */
const DEAD_KEYS: Readonly<Record<string, string>> = {
  '´': '\u0301',
  '\u0301': '\u0301',
  '`': '\u0300',
  '\u0300': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '¨': '\u0308',
  '\u0308': '\u0308',
  '˛': '\u0328',
  ˇ: '\u030c',
};

/** How a dead key reads when it lands on nothing it can combine with. */
const SPACING_FORM: Readonly<Record<string, string>> = {
  '\u0301': '´',
  '\u0300': '`',
  '\u0302': '^',
  '\u0303': '~',
  '\u0308': '¨',
  '\u0328': '˛',
  '\u030c': 'ˇ',
};

export interface TypingState {
  text: string;
  /** A dead key's combining mark waiting for the next letter. */
  pendingMark: string | null;
}

export const isCombiningMark = (key: string): boolean => /^\p{M}+$/u.test(key);

export function isDeadKey(key: string): boolean {
  return key in DEAD_KEYS;
}

function append(text: string, addition: string, maxLength: number): string {
  const next = (text + addition).normalize('NFC');
  return next.length > maxLength ? text : next;
}

/**
 * Types one key. `deadKeys` says whether this keyboard's accent keys wait for the next
 * letter (the layouts of es/fr/pt/pl) or are plain characters (English's ` ~ ^).
 */
export function typeKey(
  state: TypingState,
  key: string,
  options: { deadKeys: boolean; maxLength: number },
): TypingState {
  const { maxLength } = options;
  if (state.pendingMark !== null) {
    const mark = state.pendingMark;
    const spacing = SPACING_FORM[mark] ?? mark;
    if (key === ' ') return { text: append(state.text, spacing, maxLength), pendingMark: null };
    const combined = (key + mark).normalize('NFC');
    const composes = [...combined].length === [...key].length;
    return { text: append(state.text, composes ? combined : spacing + key, maxLength), pendingMark: null };
  }
  if (options.deadKeys && isDeadKey(key)) return { text: state.text, pendingMark: DEAD_KEYS[key] ?? null };
  return { text: append(state.text, key, maxLength), pendingMark: null };
}

/** Deletes the last character (a whole composed letter; one mark of a Devanagari cluster). */
export function deleteLast(state: TypingState): TypingState {
  if (state.pendingMark !== null) return { ...state, pendingMark: null };
  return { text: [...state.text].slice(0, -1).join(''), pendingMark: null };
}
