import { LANGUAGES, type LanguageCode } from '../../../../core/languages';
import { offeredLanguages } from '../../../../core/settings/offeredLanguages';
import type { Settings } from '../../../../core/settings/schema';
import type { MetaByCode } from '../../../../core/translationMeta';
import type { LanguageRowState } from './LanguageRow';

export interface RowMessages {
  missing: string;
  isDefault: string;
  last: string;
}

/** Every language for the staff list: the switched-on ones in patient order, then the rest. */
export function languageRows(
  settings: Settings,
  meta: MetaByCode,
  locked: LanguageRowState['locked'],
  messages: RowMessages,
): LanguageRowState[] {
  const { offered, default: defaultCode } = settings.languages;
  const visible = new Set(offeredLanguages(settings, meta));
  const off = LANGUAGES.filter((l) => !offered.includes(l.code)).map((l) => l.code);
  return [...offered, ...off].map((code: LanguageCode) => {
    const info = LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
    const on = offered.includes(code);
    const index = offered.indexOf(code);
    const blocked =
      !on && !meta[code]
        ? messages.missing
        : on && offered.length === 1
          ? messages.last
          : code === defaultCode
            ? messages.isDefault
            : null;
    return {
      info,
      meta: meta[code],
      on,
      isDefault: code === defaultCode,
      hiddenAsDraft: on && !visible.has(code) && meta[code] !== undefined,
      canMoveUp: on && index > 0,
      canMoveDown: on && index < offered.length - 1,
      switchBlockedBy: blocked,
      locked,
    };
  });
}

/** The offered list after switching one language on (appended) or off. */
export function toggled(offered: readonly LanguageCode[], code: LanguageCode): LanguageCode[] {
  return offered.includes(code) ? offered.filter((c) => c !== code) : [...offered, code];
}

/** The offered list with one language moved one place up (-1) or down (+1). */
export function moved(offered: readonly LanguageCode[], code: LanguageCode, by: -1 | 1): LanguageCode[] {
  const from = offered.indexOf(code);
  const to = from + by;
  if (from < 0 || to < 0 || to >= offered.length) return [...offered];
  const next = [...offered];
  next.splice(from, 1);
  next.splice(to, 0, code);
  return next;
}
