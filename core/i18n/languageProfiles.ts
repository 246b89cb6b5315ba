import { LANGUAGES, type LanguageInfo } from '../languages';
import { fontFamilyFor } from './fonts';
import type { MetaByCode, ShippedMeta } from './provenance';
import { translationStatus, type TranslationStatus } from './translationStatus';

/** Everything the kiosk knows about one language: catalogue facts, its font and its provenance. */
export interface LanguageProfile extends LanguageInfo {
  readonly fontFamily: string;
  /** The validated meta.json; null when it is absent or unreadable (status `missing`). */
  readonly meta: ShippedMeta | null;
  readonly status: TranslationStatus;
}

/** One profile per catalogue language, in catalogue order. */
export function languageProfiles(metaByCode: MetaByCode): LanguageProfile[] {
  return LANGUAGES.map((language) => ({
    ...language,
    fontFamily: fontFamilyFor(language),
    meta: metaByCode[language.code] ?? null,
    status: translationStatus(language.code, metaByCode),
  }));
}
