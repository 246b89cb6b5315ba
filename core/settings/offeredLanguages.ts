import type { LanguageCode } from '../languages';
import type { MetaByCode } from '../i18n/provenance';
import { translationStatus } from '../i18n/translationStatus';
import type { Settings } from './schema';

type LanguageChoice = Pick<Settings, 'languages'>;

/**
 * The languages a patient is offered, in the clinic's order: the switched-on ones
 * that have a translation, and — with "reviewed translations only" — only the
 * reviewed ones. The default language is always offered, even when it is still a
 * draft, so a patient is never left with no language (staff see a warning).
 * The picker and the attract cycle must both use this.
 */
export function offeredLanguages(settings: LanguageChoice, metaByCode: MetaByCode): LanguageCode[] {
  const { offered, default: defaultCode, reviewedOnly } = settings.languages;
  return offered.filter((code) => {
    if (code === defaultCode) return true;
    const status = translationStatus(code, metaByCode);
    return reviewedOnly ? status === 'reviewed' : status !== 'missing';
  });
}

/** True when "reviewed only" is on but the default language itself is not reviewed: it stays on, with a warning. */
export function defaultKeptUnreviewed(settings: LanguageChoice, metaByCode: MetaByCode): boolean {
  return settings.languages.reviewedOnly && translationStatus(settings.languages.default, metaByCode) !== 'reviewed';
}
