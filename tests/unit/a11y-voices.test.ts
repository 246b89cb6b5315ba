import { describe, expect, it } from 'vitest';
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
