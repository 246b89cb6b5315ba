import { describe, expect, it, vi } from 'vitest';
import { silentOfferedLanguages, VoiceCheckSchema, whatPatientHears } from '../../core/speech/voiceCheck';
import { metricFamilyProblem } from '../../core/monitoring';
import { voiceCheckFamilies } from '../../core/speech/voiceMetrics';
import { createVoiceCheckStore } from '../../main/recordings/voiceCheckStore';

const check = VoiceCheckSchema.parse({
  enabled: true,
  languages: [
    { code: 'en', offered: true, recordings: 0, localVoice: 'eSpeak English' },
    { code: 'so', offered: true, recordings: 2 },
    { code: 'ht', offered: true, recordings: 0 },
    { code: 'tl', offered: false, recordings: 0 },
  ],
});

describe('what a patient hears', () => {
  it('a local voice reads every screen; recordings alone cover their pages; else nothing', () => {
    expect(whatPatientHears({ recordings: 2, localVoice: 'Zira' })).toEqual({
      kind: 'voice',
      voice: 'Zira',
      recordings: 2,
    });
    expect(whatPatientHears({ recordings: 2 })).toEqual({ kind: 'recordings', recordings: 2 });
    expect(whatPatientHears({ recordings: 0 })).toEqual({ kind: 'nothing' });
    expect(silentOfferedLanguages(check)).toEqual(['ht']);
    // Read-aloud switched off by staff: every offered language is silent, whatever the voices.
    expect(silentOfferedLanguages({ ...check, enabled: false })).toEqual(['en', 'so', 'ht']);
  });

  it('refuses a report with a language twice, an unknown code or a voice name with control characters', () => {
    const row = { code: 'en', offered: true, recordings: 0 };
    const parses = (languages: unknown[]) => VoiceCheckSchema.safeParse({ enabled: true, languages }).success;
    expect(parses([row])).toBe(true);
    expect(parses([row, row])).toBe(false);
    expect(parses([{ ...row, code: 'xx' }])).toBe(false);
    expect(parses([{ ...row, localVoice: 'a\u0000b' }])).toBe(false);
    expect(parses([{ ...row, localVoice: null }])).toBe(false);
    expect(parses([])).toBe(false);
  });
});

describe('main keeps the latest voice check', () => {
  it('for the monitoring output, logging only when the silent offered languages change', () => {
    const log = { info: vi.fn(), warn: vi.fn() };
    const store = createVoiceCheckStore(log, () => 1_700_000_000_000);
    expect(store.latest()).toBeNull();
    store.report(check);
    store.report(check);
    expect(store.latest()).toEqual({ check, receivedAt: 1_700_000_000_000, silentOffered: ['ht'] });
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn).toHaveBeenCalledWith('read-aloud: nothing to hear in offered ht');
    const fixed = {
      enabled: true,
      languages: check.languages.map((row) => (row.code === 'ht' ? { ...row, recordings: 39 } : row)),
    };
    store.report(fixed);
    expect(store.latest()?.silentOffered).toEqual([]);
    expect(log.info).toHaveBeenCalledWith('read-aloud: every offered language can be heard');
  });
});

describe('the voice check in the monitoring output', () => {
  it('is nothing until the renderer has reported, then gauges that follow the naming rules', () => {
    expect(voiceCheckFamilies(null)).toEqual([]);
    const families = voiceCheckFamilies({ check });
    expect(families.map(metricFamilyProblem)).toEqual(families.map(() => null));
    const byName = Object.fromEntries(families.map((family) => [family.name, family.samples]));
    expect(byName.b12_kiosk_read_aloud_language).toEqual([
      { labels: { language: 'en', offered: 'true', source: 'voice' }, value: 1 },
      { labels: { language: 'so', offered: 'true', source: 'recordings' }, value: 1 },
      { labels: { language: 'ht', offered: 'true', source: 'nothing' }, value: 1 },
      { labels: { language: 'tl', offered: 'false', source: 'nothing' }, value: 1 },
    ]);
    expect(byName.b12_kiosk_read_aloud_recorded_pages?.find((s) => s.labels.language === 'so')?.value).toBe(2);
    expect(byName.b12_kiosk_read_aloud_silent_offered_languages).toEqual([{ labels: {}, value: 1 }]);
    expect(byName.b12_kiosk_read_aloud_enabled).toEqual([{ labels: {}, value: 1 }]);
    const off = Object.fromEntries(
      voiceCheckFamilies({ check: { ...check, enabled: false } }).map((f) => [f.name, f.samples]),
    );
    expect(off.b12_kiosk_read_aloud_silent_offered_languages).toEqual([{ labels: {}, value: 3 }]);
  });
});
