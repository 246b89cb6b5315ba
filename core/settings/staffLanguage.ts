import { DEFAULT_LANGUAGE, type LanguageCode } from '../languages';
import type { StaffLanguage } from './schema';

/** Tags a computer may report that name a shipped language under another name. */
const ALIASES: Readonly<Record<string, LanguageCode>> = {
  fil: 'tl',
  'zh-tw': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  'zh-mo': 'zh-Hant',
};

/** The shipped language a BCP 47 tag (e.g. "pt-BR", "zh-Hant-TW", "fil") means, if any. */
export function shippedLanguageFor(tag: string, shipped: readonly LanguageCode[]): LanguageCode | undefined {
  const lower = tag.trim().toLowerCase();
  if (lower === '') return undefined;
  const exact = shipped.find((code) => code.toLowerCase() === lower);
  if (exact) return exact;
  const parts = lower.split('-');
  const base = parts[0] ?? '';
  if (base === 'zh') {
    // Script first (zh-Hant-…), then region (zh-TW), then plain Chinese reads as Simplified.
    const script = parts.find((part) => part === 'hant' || part === 'hans');
    const region = parts.slice(1).find((part) => part.length === 2);
    const code: LanguageCode = script
      ? script === 'hant'
        ? 'zh-Hant'
        : 'zh-Hans'
      : ((region ? ALIASES[`zh-${region}`] : undefined) ?? 'zh-Hans');
    return shipped.includes(code) ? code : undefined;
  }
  const byBase = ALIASES[base] ?? shipped.find((code) => code.toLowerCase() === base);
  return byBase && shipped.includes(byBase) ? byBase : undefined;
}

/**
 * The language the staff screens speak: the one staff chose, or for 'system' the first of the
 * computer's preferred languages the kiosk ships, else English. Never the patients' default.
 */
export function resolveStaffLanguage(
  setting: StaffLanguage,
  preferred: readonly string[],
  shipped: readonly LanguageCode[],
): LanguageCode {
  if (setting !== 'system') return shipped.includes(setting) ? setting : DEFAULT_LANGUAGE;
  for (const tag of preferred) {
    const match = shippedLanguageFor(tag, shipped);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}
