import { languageProfiles, type LanguageProfile } from '../../../core/i18n/languageProfiles';
import { parseMetaFiles, type MetaByCode } from '../../../core/i18n/provenance';
import type { LanguageCode } from '../../../core/languages';

// Provenance files are a few hundred bytes each: bundled eagerly so the picker and staff see them at once.
const metaFiles = import.meta.glob<unknown>('../../../locales/*/meta.json', { eager: true, import: 'default' });

/**
 * Every locales/<code>/meta.json, validated: the one source of each translation's
 * status for the picker, the attract cycle, the session start and the staff list.
 */
export const TRANSLATION_META: MetaByCode = parseMetaFiles(metaFiles);

/** Every catalogue language with its font and provenance, in catalogue order. */
export const LANGUAGE_PROFILES: readonly LanguageProfile[] = languageProfiles(TRANSLATION_META);

const BY_CODE: ReadonlyMap<LanguageCode, LanguageProfile> = new Map(LANGUAGE_PROFILES.map((p) => [p.code, p]));

/** The profile of a catalogue language. */
export function profileFor(code: LanguageCode): LanguageProfile | undefined {
  return BY_CODE.get(code);
}
