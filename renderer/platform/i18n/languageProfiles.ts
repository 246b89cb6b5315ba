import { languageProfiles, type LanguageProfile } from '../../../core/i18n/languageProfiles';
import type { MetaByCode } from '../../../core/i18n/provenance';
import type { LanguageCode } from '../../../core/languages';
import CHECKED_META from 'virtual:kiosk-translation-meta';

/**
 * Every locales/<code>/meta.json, validated (at build time, by the same schema:
 * scripts/translationMetaPlugin.ts): the one source of each translation's status
 * for the picker, the attract cycle, the session start and the staff list.
 */
export const TRANSLATION_META: MetaByCode = CHECKED_META;

/** Every catalogue language with its font and provenance, in catalogue order. */
export const LANGUAGE_PROFILES: readonly LanguageProfile[] = languageProfiles(TRANSLATION_META);

const BY_CODE: ReadonlyMap<LanguageCode, LanguageProfile> = new Map(LANGUAGE_PROFILES.map((p) => [p.code, p]));

/** The profile of a catalogue language. */
export function profileFor(code: LanguageCode): LanguageProfile | undefined {
  return BY_CODE.get(code);
}
