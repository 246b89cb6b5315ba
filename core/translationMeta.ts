import { z } from 'zod';

/**
 * locales/<code>/meta.json: who translated a language and whether a qualified
 * medical translator has reviewed it. Staff see it; "reviewed only" relies on it.
 */
export const TranslationMetaSchema = z.object({
  status: z.enum(['draft', 'reviewed']),
  translator: z.string().nullable(),
  reviewer: z.string().nullable(),
  reviewedOn: z.string().nullable(),
  contentReviewDate: z.string().nullable().optional(),
  notes: z.string().optional(),
});
export type TranslationMeta = z.infer<typeof TranslationMetaSchema>;

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
