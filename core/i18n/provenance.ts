import { z } from 'zod';
import { isLanguageCode, type LanguageCode } from '../languages';

/** The statuses a meta.json may record. */
const RECORDED_STATUSES = ['draft', 'reviewed'] as const;

const IsoDate = z.iso.date();
const Person = z.string().trim().min(1).max(300);

/** Who or what produced a translation: a named person, a team, a translation agency, or a tool. */
const PRODUCER_KINDS = ['person', 'team', 'agency', 'tool'] as const;

const ProducerSchema = z.strictObject({
  kind: z.enum(PRODUCER_KINDS),
  name: Person,
  /** How it was made, in a sentence a clinic can judge (e.g. "machine-drafted, then edited by a native speaker"). */
  method: z.string().trim().min(10).max(600),
});

/**
 * Translation provenance, one `locales/<code>/meta.json` per language: who or what
 * produced it, how, and whether a qualified medical translator has reviewed it.
 * Only such a review may turn `draft` into `reviewed`; the clinic's "reviewed only"
 * switch offers a language only when it says so. Staff see it; the locale checks use it.
 */
export const LocaleMetaSchema = z
  .strictObject({
    status: z.enum(RECORDED_STATUSES),
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

/** One language's validated meta.json. */
export type LocaleMeta = z.infer<typeof LocaleMetaSchema>;

/** Every language's whole validated meta.json (what the tests and the build read). */
export type LocaleMetaByCode = Readonly<Partial<Record<LanguageCode, LocaleMeta>>>;

/** What the app carries of a meta.json: the reviewer's notes and list are for translators, not for the kiosk. */
export type ShippedMeta = Omit<LocaleMeta, 'notes' | 'reviewFirst'>;

/** The validated meta.json of each language that has a readable one (as shipped: without notes and reviewFirst). */
export type MetaByCode = Readonly<Partial<Record<LanguageCode, ShippedMeta>>>;

/** Drops what only translators read, so the start-up chunk does not carry it. */
export function shippedMeta(metaByCode: LocaleMetaByCode): MetaByCode {
  return Object.fromEntries(
    Object.entries(metaByCode).map(([code, meta]) => {
      const { notes: _notes, reviewFirst: _reviewFirst, ...shipped } = meta;
      return [code, shipped];
    }),
  );
}

// Plain code (no zod) in translationStatus.ts, so start-up reads statuses without the validator.
export { translationStatus, type TranslationStatus } from './translationStatus';

/**
 * Parses the meta files found under locales/ (path → file contents, or a module
 * with the contents as `default`), keyed by language code. A file that fails the
 * schema, or sits in a folder that is not a catalogue language, is left out.
 */
export function parseMetaFiles(files: Readonly<Record<string, unknown>>): LocaleMetaByCode {
  const result: Partial<Record<LanguageCode, LocaleMeta>> = {};
  for (const [file, raw] of Object.entries(files)) {
    const code = /locales\/([^/]+)\/meta\.json$/.exec(file)?.[1];
    const data = raw !== null && typeof raw === 'object' && 'default' in raw ? raw.default : raw;
    const parsed = LocaleMetaSchema.safeParse(data);
    if (isLanguageCode(code) && parsed.success) result[code] = parsed.data;
  }
  return result;
}
