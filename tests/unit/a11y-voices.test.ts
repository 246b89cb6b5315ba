import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../core/languages';
import { pickLocalVoice, voiceTagsFor, type VoiceLike } from '../../renderer/speech/voices';

const voice = (lang: string, localService = true, name = lang, isDefault = false): VoiceLike => ({
  lang,
  localService,
  name,
  default: isDefault,
});

describe('read-aloud voice choice: local voices only, matched to the language', () => {
  it('never picks a network voice, even when it is the only one for the language', () => {
    expect(pickLocalVoice([voice('en-US', false)], 'en')).toBeNull();
    expect(pickLocalVoice([voice('en-US', false), voice('en-GB', true)], 'en')?.lang).toBe('en-GB');
  });

  it('accepts any region for a bare language, and engines that write en_US', () => {
    expect(pickLocalVoice([voice('fr-CA')], 'fr')?.lang).toBe('fr-CA');
    expect(pickLocalVoice([voice('vi_VN')], 'vi')?.lang).toBe('vi_VN');
  });

  it('maps scripts to the regions that write them: zh-Hans → zh-CN, zh-Hant → zh-TW or zh-HK', () => {
    const voices = [voice('zh-TW'), voice('zh-CN'), voice('zh-HK')];
    expect(pickLocalVoice(voices, 'zh-Hans')?.lang).toBe('zh-CN');
    expect(pickLocalVoice(voices, 'zh-Hant')?.lang).toBe('zh-TW');
    expect(pickLocalVoice([voice('zh-HK')], 'zh-Hant')?.lang).toBe('zh-HK');
    // A Traditional voice must not read Simplified text.
    expect(pickLocalVoice([voice('zh-TW')], 'zh-Hans')).toBeNull();
  });

  it('reads Tagalog with a Filipino voice', () => {
    expect(voiceTagsFor('tl')).toEqual(['fil', 'tl']);
    expect(pickLocalVoice([voice('fil-PH')], 'tl')?.lang).toBe('fil-PH');
  });

  it('prefers the engine default among equal matches, and finds nothing for a language with no voice', () => {
    expect(pickLocalVoice([voice('en-US', true, 'a'), voice('en-GB', true, 'b', true)], 'en')?.name).toBe('b');
    expect(pickLocalVoice([voice('en-US'), voice('ar-SA', false)], 'ar')).toBeNull();
    expect(pickLocalVoice([], 'so')).toBeNull();
  });

  it('does not mistake a language for another that shares its first letters', () => {
    expect(pickLocalVoice([voice('fil-PH')], 'fi')).toBeNull();
  });
});

describe('voices on a Linux kiosk: Chromium with speech-dispatcher and espeak-ng (Debian 12, captured list)', () => {
  const captured = JSON.parse(readFileSync('tests/fixtures/voices/debian12-espeak-ng.json', 'utf8')) as {
    voices: VoiceLike[];
  };

  it('gives 13 of the 16 languages a voice; none to Simplified Chinese (the espeak-ng Mandarin voice is left out), Tagalog or Somali', () => {
    const picked = Object.fromEntries(
      LANGUAGE_CODES.map((code) => [code, pickLocalVoice(captured.voices, code)?.name ?? null]),
    );
    expect(picked).toEqual({
      en: 'English (America) espeak-ng',
      es: 'Spanish (Spain) espeak-ng',
      'zh-Hans': null,
      'zh-Hant': 'Chinese (Cantonese) espeak-ng',
      vi: 'Vietnamese (Northern) espeak-ng',
      tl: null,
      ko: 'Korean espeak-ng',
      ru: 'Russian espeak-ng',
      ar: 'Arabic espeak-ng',
      ht: 'Haitian Creole espeak-ng',
      fr: 'French (France) espeak-ng',
      pt: 'Portuguese (Portugal) espeak-ng',
      pl: 'Polish espeak-ng',
      hi: 'Hindi espeak-ng',
      fa: 'Persian espeak-ng',
      so: null,
    });
  });

  it('reads with the plain voice, never one of its "+variant" novelties, whatever order the engine lists them in', () => {
    const arabic = [voice('ar', true, 'Arabic+Demonic espeak-ng'), voice('ar', true, 'Arabic espeak-ng')];
    expect(pickLocalVoice(arabic, 'ar')?.name).toBe('Arabic espeak-ng');
    expect(pickLocalVoice(captured.voices.slice(0, 3), 'ar')?.name).toMatch(/^Arabic\+/);
  });
});
