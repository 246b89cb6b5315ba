/**
 * The explainer's content model: what the screens import.
 *
 * - `CONTENT` is the language-neutral structure (topics → pages → blocks, the
 *   teach-back questions, the clinician questions, sources and review status).
 * - The words live in `locales/<lang>/content.json`, loaded as i18next's
 *   `content` namespace; the key helpers say where each piece of text is, e.g.
 *   `t(blockTextKey(page.id, block), { ns: CONTENT_NAMESPACE })`.
 * - `validateContent(CONTENT, strings)` checks a locale file at start-up and in
 *   tests, returning staff-facing diagnostics instead of throwing.
 */
export { CONTENT } from './structure';
export { SOURCES } from './sources';
export {
  CALLOUT_TONES,
  CLAIM_STATUSES,
  PAGE_KINDS,
  REVIEW_STATUSES,
  SAFETY_TIERS,
  contentSchema,
  type Block,
  type CalloutBlock,
  type CalloutTone,
  type Choice,
  type Claim,
  type ClaimStatus,
  type KeyMessage,
  type SafetyTier,
  type ShortPage,
  type ContentStructure,
  type HeadingBlock,
  type IllustrationBlock,
  type KeyPointBlock,
  type ListBlock,
  type Page,
  type PageKind,
  type Question,
  type ReviewFlag,
  type ReviewStatus,
  type Source,
  type TextBlock,
  type Topic,
} from './schema';
export {
  ABOUT_TEXT_IDS,
  CONTENT_NAMESPACE,
  aboutKey,
  blockKeys,
  blockTextKey,
  choiceFeedbackKey,
  choiceLabelKey,
  illustrationAltKey,
  illustrationCaptionKey,
  keyMessageKey,
  listItemKey,
  questionPromptKey,
  requiredContentKeys,
  reviewStatusKey,
  sourceTitleKey,
  suggestedQuestionKey,
  topicSummaryKey,
  topicTitleKey,
  type AboutTextId,
  type SingleStringBlock,
} from './keys';
export {
  allPages,
  emergencyPageRef,
  guidedCheckQuestions,
  guidedPath,
  isCorrectChoice,
  pageById,
  pageIllustration,
  pageSources,
  questionById,
  topicById,
  topicOfPage,
  topicPages,
  topicQuestions,
  type PageRef,
} from './navigation';
export {
  STRING_SECTIONS,
  hasErrors,
  validateContent,
  type ContentDiagnostic,
  type DiagnosticCode,
  type DiagnosticSeverity,
} from './validate';
