/**
 * Choosing a voice for a language, using only voices that run on this machine
 * (`localService`): an online voice would send the page's words off the kiosk.
 * Pure, so it is unit-tested without a browser.
 */
export interface VoiceLike {
  readonly lang: string;
  readonly localService: boolean;
  readonly default?: boolean;
  readonly name?: string;
}

/** Tags a voice for `code` may carry, best first: scripts map to the regions that write them. */
const VOICE_TAGS: Readonly<Record<string, readonly string[]>> = {
  'zh-Hans': ['zh-CN', 'zh-SG', 'zh-Hans', 'cmn-CN', 'cmn-Hans-CN'],
  'zh-Hant': ['zh-TW', 'zh-HK', 'zh-Hant', 'yue-HK', 'cmn-TW', 'cmn-Hant-TW'],
  tl: ['fil', 'tl'],
};

/** Lower-case, hyphenated BCP 47 (some engines report `en_US`). */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/** The tags to look for, in order of preference. */
export function voiceTagsFor(code: string): readonly string[] {
  return VOICE_TAGS[code] ?? [code];
}

function matches(voiceLang: string, wanted: string): boolean {
  const voice = normaliseTag(voiceLang);
  const want = normaliseTag(wanted);
  if (voice === want) return true;
  // A bare language ("en", "fil") accepts any region ("en-GB"); a region or script tag must match exactly.
  return !want.includes('-') && voice.split('-')[0] === want;
}

/** The best local voice for the language, or null when this machine has none (the Listen control then hides). */
export function pickLocalVoice<V extends VoiceLike>(voices: readonly V[], code: string): V | null {
  const local = voices.filter((voice) => voice.localService === true);
  for (const tag of voiceTagsFor(code)) {
    const found = local.filter((voice) => matches(voice.lang, tag));
    if (found.length > 0) return found.find((voice) => voice.default) ?? found[0] ?? null;
  }
  return null;
}
