/**
 * The shape of the explainer's language-neutral structure. Every patient-facing
 * word lives in `locales/<lang>/content.json`; this file only says which pieces
 * exist, in what order, and how they refer to each other. Types come from the
 * schemas so the two can never drift apart.
 */
import { z } from 'zod';
import { isIllustrationId, type IllustrationId } from '../illustrationIds';

/**
 * Ids become parts of i18next keys (`pages.<pageId>.<blockId>`), so they must not
 * contain i18next's key separator '.' or namespace separator ':'. Kebab-case keeps
 * them readable for translators too.
 */
export const contentIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids must be kebab-case: lower-case letters, digits and single hyphens');

/** Marks a zod issue so the validator can report it under a specific diagnostic code. */
export const UNKNOWN_ILLUSTRATION_PARAM = 'unknown-illustration';

const illustrationIdSchema = z.custom<IllustrationId>(isIllustrationId, {
  error: (issue) =>
    `unknown illustration id ${JSON.stringify(issue.input)}; only ids in core/illustrationIds.ts have a drawing`,
  params: { diagnosticCode: UNKNOWN_ILLUSTRATION_PARAM },
});

export const CALLOUT_TONES = ['info', 'warning', 'urgent'] as const;

export const headingBlockSchema = z.strictObject({ type: z.literal('heading'), id: contentIdSchema });
export const textBlockSchema = z.strictObject({ type: z.literal('text'), id: contentIdSchema });
export const listBlockSchema = z.strictObject({
  type: z.literal('list'),
  id: contentIdSchema,
  items: z.array(contentIdSchema).min(1),
});
export const calloutBlockSchema = z.strictObject({
  type: z.literal('callout'),
  id: contentIdSchema,
  tone: z.enum(CALLOUT_TONES),
});
/** Its caption and text alternative belong to the illustration (`illustrations.<id>`), not to the page. */
export const illustrationBlockSchema = z.strictObject({
  type: z.literal('illustration'),
  illustration: illustrationIdSchema,
});
export const keyPointBlockSchema = z.strictObject({ type: z.literal('keyPoint'), id: contentIdSchema });

export const blockSchema = z.discriminatedUnion('type', [
  headingBlockSchema,
  textBlockSchema,
  listBlockSchema,
  calloutBlockSchema,
  illustrationBlockSchema,
  keyPointBlockSchema,
]);

/**
 * `explain` pages teach one idea; the `action` page closes every topic with what
 * the patient can do next (a product rule the validator enforces); a `key` page
 * is one step of the short path: one topic's key message, with that topic's full
 * pages a tap away ("Learn more").
 */
export const PAGE_KINDS = ['explain', 'action', 'key'] as const;

/**
 * The safety net's three tiers: `emergency` (tell the front desk now / call the
 * emergency number), `same-day` (a doctor or nurse today) and `soon` (book a visit).
 * A page that sums up all three is `all`.
 */
export const SAFETY_TIERS = ['emergency', 'same-day', 'soon', 'all'] as const;

/**
 * `sourced`: the cited sources state the claim. `safety-net`: advice on when to get help,
 * drafted from the cited sources and general clinical practice; it awaits a clinician's
 * review before real use, whatever the sources say.
 */
export const CLAIM_STATUSES = ['sourced', 'safety-net'] as const;

/** One thing a page asserts, and the sources that state it (shown to staff, never followed by patients). */
export const claimSchema = z.strictObject({
  id: contentIdSchema,
  /** The claim in plain English, for staff and reviewers (docs/content-claims.md is made from these). */
  statement: z.string().min(10).max(400),
  sources: z.array(contentIdSchema).min(1),
  status: z.enum(CLAIM_STATUSES),
});

export const pageSchema = z.strictObject({
  id: contentIdSchema,
  kind: z.enum(PAGE_KINDS),
  blocks: z.array(blockSchema).min(1),
  /** What the page asserts, each with its sources; the page cites the union of them. */
  claims: z.array(claimSchema).min(1),
  /** Safety-net pages say which tier they describe (the screens colour them, and the validator wants them flagged for review). */
  tier: z.enum(SAFETY_TIERS).optional(),
});

/** A short-path step: its key page and the topic whose full pages it leads to. */
export const shortPageSchema = pageSchema.extend({ kind: z.literal('key'), learnMore: contentIdSchema });

export const topicSchema = z.strictObject({
  id: contentIdSchema,
  pages: z.array(pageSchema).min(3).max(6),
  /** Teach-back question ids asked after this topic. */
  questions: z.array(contentIdSchema).min(1).max(2),
});

export const choiceSchema = z.strictObject({ id: contentIdSchema, correct: z.boolean() });

export const questionSchema = z.strictObject({
  id: contentIdSchema,
  choices: z.array(choiceSchema).min(2).max(4),
  /** A safety-net question says which tier it teaches (flagged for review like the pages). */
  tier: z.enum(SAFETY_TIERS).optional(),
  /** After a wrong answer, the screen offers this page (e.g. the emergency tier of the safety net). */
  wrongAnswerPage: contentIdSchema.optional(),
});

export const sourceSchema = z.strictObject({
  id: contentIdSchema,
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
  /** Year published or last updated, as recorded when the content was written. */
  year: z.int().min(1990).max(2100),
});

/** One take-home message; the safety-net one says its tier (and is flagged for review). */
export const keyMessageSchema = z.strictObject({ id: contentIdSchema, tier: z.enum(SAFETY_TIERS).optional() });

export const REVIEW_STATUSES = ['awaiting-clinical-review', 'clinically-reviewed'] as const;

/** What a review flag points at: a page, a teach-back question or a key message. */
export const REVIEW_TARGET_KINDS = ['page', 'question', 'keyMessage'] as const;

/** A part of the content a clinician must look at closely before real use (staff-facing, English). */
export const reviewFlagSchema = z.strictObject({
  target: z.enum(REVIEW_TARGET_KINDS),
  id: contentIdSchema,
  /** Safety-net flags come first on the staff view and the About page. */
  safetyNet: z.boolean(),
  reason: z.string().min(1),
});

export const contentSchema = z.strictObject({
  /** ISO date by which the content is next due for clinical review. */
  reviewDate: z.iso.date(),
  reviewStatus: z.enum(REVIEW_STATUSES),
  reviewFlags: z.array(reviewFlagSchema),
  /** "Start here": the key message of each topic, one page each, in order; ends at the check. */
  shortPath: z.array(shortPageSchema).min(8).max(12),
  topics: z.array(topicSchema).min(8),
  questions: z.array(questionSchema).min(1),
  /** Question ids asked at the end of the short path. */
  guidedCheck: z.array(contentIdSchema).min(2).max(4),
  /** The page "Need help now?" opens from every screen: the emergency tier of the safety net. */
  emergencyPage: contentIdSchema,
  /** The take-home summary shown at the end and on the printout, in order (PEMAT item 11). */
  keyMessages: z.array(keyMessageSchema).min(3).max(6),
  /** Ids of questions a patient can add to their list for the clinician. */
  suggestedQuestions: z.array(contentIdSchema).min(8).max(12),
  sources: z.array(sourceSchema).min(1),
});

export type Block = z.infer<typeof blockSchema>;
export type HeadingBlock = z.infer<typeof headingBlockSchema>;
export type TextBlock = z.infer<typeof textBlockSchema>;
export type ListBlock = z.infer<typeof listBlockSchema>;
export type CalloutBlock = z.infer<typeof calloutBlockSchema>;
export type IllustrationBlock = z.infer<typeof illustrationBlockSchema>;
export type KeyPointBlock = z.infer<typeof keyPointBlockSchema>;
export type CalloutTone = (typeof CALLOUT_TONES)[number];
export type PageKind = (typeof PAGE_KINDS)[number];
export type SafetyTier = (typeof SAFETY_TIERS)[number];
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type Claim = z.infer<typeof claimSchema>;
export type Page = z.infer<typeof pageSchema>;
export type ShortPage = z.infer<typeof shortPageSchema>;
export type ReviewTargetKind = (typeof REVIEW_TARGET_KINDS)[number];
export type KeyMessage = z.infer<typeof keyMessageSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type ReviewFlag = z.infer<typeof reviewFlagSchema>;
export type ContentStructure = z.infer<typeof contentSchema>;
