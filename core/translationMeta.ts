import { LocaleMetaSchema, type LocaleMeta } from './i18n/localeMeta';

/**
 * locales/<code>/meta.json: who translated a language and whether a qualified
 * medical translator has reviewed it. Staff see it; "reviewed only" relies on it.
 */
// One schema for provenance, shared with the locale checks: a "reviewed" file must name its reviewer
// and date, or it is unreadable here — and an unreadable translation is never offered.
export const TranslationMetaSchema = LocaleMetaSchema;
export type TranslationMeta = LocaleMeta;

export type MetaByCode = Readonly<Partial<Record<string, TranslationMeta>>>;

/** Missing: no translation shipped yet (or its meta.json is unreadable), so it cannot be offered. */
export type TranslationStatus = 'missing' | 'draft' | 'reviewed';

export function translationStatus(code: string, metaByCode: MetaByCode): TranslationStatus {
  return metaByCode[code]?.status ?? 'missing';
}

/** Parses the meta files found under locales/, keyed by language code; bad files count as missing. */
export function parseMetaFiles(files: Readonly<Record<string, unknown>>): MetaByCode {
  const result: Partial<Record<string, TranslationMeta>> = {};
  for (const [file, raw] of Object.entries(files)) {
    const code = /locales\/([^/]+)\/meta\.json$/.exec(file)?.[1];
    const data = raw !== null && typeof raw === 'object' && 'default' in raw ? raw.default : raw;
    const parsed = TranslationMetaSchema.safeParse(data);
    if (code && parsed.success) result[code] = parsed.data;
  }
  return result;
}
