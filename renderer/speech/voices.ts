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
  // espeak-ng's plain "cmn" is left out on purpose: in 1.51 (Debian 12) it spells many characters out in English.
  'zh-Hans': ['zh-CN', 'zh-SG', 'zh-Hans', 'cmn-CN', 'cmn-Hans-CN'],
  // espeak-ng reports Cantonese as plain "yue"; it reads Traditional characters in full.
  'zh-Hant': ['zh-TW', 'zh-HK', 'zh-Hant', 'yue-HK', 'cmn-TW', 'cmn-Hant-TW', 'yue'],
  tl: ['fil', 'tl'],
};

/** After the engine's default, the main regions: espeak-ng lists English (Caribbean) and French (Belgium) first. */
const MAIN_REGIONS: Readonly<Record<string, readonly string[]>> = { en: ['en-us', 'en-gb'], fr: ['fr-fr'] };

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

/**
 * espeak-ng (through speech-dispatcher) offers each voice again with every
 * variant as "Arabic+Demonic", "Arabic+Half-LifeAnnouncementSystem"…: the
 * plain voice is the one to read medical text to a patient.
 */
function isPlainVoice(voice: VoiceLike): boolean {
  return !(voice.name ?? '').includes('+');
}

/** The best local voice for the language, or null when this machine has none (the Listen control then hides). */
export function pickLocalVoice<V extends VoiceLike>(voices: readonly V[], code: string): V | null {
  const local = voices.filter((voice) => voice.localService === true);
  for (const tag of voiceTagsFor(code)) {
    const found = local.filter((voice) => matches(voice.lang, tag));
    if (found.length === 0) continue;
    const main = MAIN_REGIONS[code] ?? [];
    return (
      found.find((voice) => voice.default) ??
      // "fa" before "fa-LATN" (Persian read from Latin letters), "ru" before "ru-LV", "vi" before its regions.
      found.find((voice) => isPlainVoice(voice) && normaliseTag(voice.lang) === normaliseTag(tag)) ??
      found.find((voice) => isPlainVoice(voice) && main.includes(normaliseTag(voice.lang))) ??
      found.find(isPlainVoice) ??
      found[0] ??
      null
    );
  }
  return null;
}
