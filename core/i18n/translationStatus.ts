import type { LanguageCode } from '../languages';
import type { LocaleMeta, MetaByCode } from './provenance';

/**
 * A language's translation status. `missing`: no translation shipped, or its
 * meta.json is absent or fails the schema; such a language is never offered
 * (a claim nobody can read is no claim).
 */
export type TranslationStatus = 'missing' | LocaleMeta['status'];

/** The status of one language's translation. */
export function translationStatus(code: LanguageCode, metaByCode: MetaByCode): TranslationStatus {
  return metaByCode[code]?.status ?? 'missing';
}
