import { z } from 'zod';
import { LANGUAGES, type LanguageCode, type LanguageInfo, type ScriptId } from '../languages';

/**
 * Translation provenance, one `locales/<code>/meta.json` per language. Only a
 * qualified medical translator's review may turn `draft` into `reviewed`; the
 * clinic's "reviewed only" switch offers a language only when it says so.
 */
export const TRANSLATION_STATUSES = ['draft', 'reviewed'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

const IsoDate = z.iso.date();
const Person = z.string().trim().min(1).max(300);

/** Who or what produced a translation: a named person, a team, a translation agency, or a tool. */
export const PRODUCER_KINDS = ['person', 'team', 'agency', 'tool'] as const;
export type ProducerKind = (typeof PRODUCER_KINDS)[number];

export const ProducerSchema = z.strictObject({
  kind: z.enum(PRODUCER_KINDS),
  name: Person,
  /** How it was made, in a sentence a clinic can judge (e.g. "machine-drafted, then edited by a native speaker"). */
  method: z.string().trim().min(10).max(600),
});
export type Producer = z.infer<typeof ProducerSchema>;

export const LocaleMetaSchema = z
  .strictObject({
    status: z.enum(TRANSLATION_STATUSES),
    /** Who or what wrote this translation, and how. */
    producer: ProducerSchema,
    /** The qualified medical translator who reviewed it; null until someone has. */
    reviewer: Person.nullable(),
    /** The day that review was signed off (YYYY-MM-DD). */
    reviewedOn: IsoDate.nullable(),
    /** The day the English content this translation follows was last clinically reviewed. */
    contentReviewDate: IsoDate,
    /** What a reviewer should check first, dialect choices, known gaps. */
    notes: z.string().max(4000),
    /**
     * Keys a reviewer must check before any other (safety-net messages first), as `content:<key>` or
     * `ui:<key>`; a trailing `.*` covers every key below that point.
     */
    reviewFirst: z
      .array(z.string().regex(/^(content|ui):[A-Za-z0-9_.*-]+$/))
      .min(1)
      .max(200),
  })
  .superRefine((meta, ctx) => {
    if (meta.status !== 'reviewed') return;
    // "Reviewed" without a named reviewer and date is a claim nobody can check.
    if (meta.reviewer === null)
      ctx.addIssue({ code: 'custom', path: ['reviewer'], message: 'a reviewed translation must name its reviewer' });
    if (meta.reviewedOn === null)
      ctx.addIssue({
        code: 'custom',
        path: ['reviewedOn'],
        message: 'a reviewed translation must give the review date',
      });
  });

export type LocaleMeta = z.infer<typeof LocaleMetaSchema>;

/** The font stack each script is drawn with; the files are bundled (renderer/platform/fonts). */
export const SCRIPT_FONT_FAMILY: Readonly<Record<ScriptId, string>> = {
  latin: 'Atkinson Hyperlegible',
  cyrillic: 'Noto Sans',
  'han-simplified': 'Noto Sans SC',
  'han-traditional': 'Noto Sans TC',
  hangul: 'Noto Sans KR',
  arabic: 'Noto Sans Arabic',
  devanagari: 'Noto Sans Devanagari',
};

/** Atkinson Hyperlegible lacks Vietnamese's stacked diacritics; mixing fonts inside a word looks broken. */
const LANGUAGE_FONT_OVERRIDES: Partial<Record<LanguageCode, string>> = { vi: 'Noto Sans' };

/** The primary font family a language's text is drawn in. */
export function fontFamilyFor(language: LanguageInfo): string {
  return LANGUAGE_FONT_OVERRIDES[language.code as LanguageCode] ?? SCRIPT_FONT_FAMILY[language.script];
}

/** Everything the kiosk knows about one language: catalogue facts, its font and its provenance. */
export interface LanguageProfile extends LanguageInfo {
  readonly code: LanguageCode;
  readonly fontFamily: string;
  readonly meta: LocaleMeta | null;
}

/** A meta file that is absent or fails the schema counts as an unreviewed draft (`meta: null`). */
export function languageProfiles(rawMetaByCode: Readonly<Record<string, unknown>>): LanguageProfile[] {
  return LANGUAGES.map((language) => {
    const parsed = LocaleMetaSchema.safeParse(rawMetaByCode[language.code]);
    return { ...language, fontFamily: fontFamilyFor(language), meta: parsed.success ? parsed.data : null };
  });
}

/** True only for a translation a qualified reviewer has signed off. */
export function isReviewed(meta: LocaleMeta | null | undefined): boolean {
  return meta?.status === 'reviewed';
}
