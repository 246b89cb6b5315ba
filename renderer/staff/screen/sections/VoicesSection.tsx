import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allPages } from '../../../../core/content';
import { languageInfo } from '../../../../core/languages';
import { whatPatientHears, type LanguageVoiceFacts } from '../../../../core/speech/voiceCheck';
import { useFontsFor, useOfferedLanguages } from '../../../platform/i18n/useOfferedLanguages';
import { useSettings } from '../../../settings/settingsStore';
import { useRecordingsIndex } from '../../../speech/recordings';
import { playSample, stopSample } from '../../../speech/sample';
import { useVoiceFacts } from '../../../speech/useVoiceFacts';
import { useVoices } from '../../../speech/useVoices';
import { pickLocalVoice } from '../../../speech/voices';
import './voicesSection.css';

/**
 * The staff voice check: for every offered language, what a patient will hear
 * on this kiosk (recorded pages, the local voice, or nothing), with a sample to
 * play. The facts are the ones read-aloud itself uses (speech/useVoiceFacts).
 */
export function VoicesSection() {
  const { t } = useTranslation();
  const facts = useVoiceFacts();
  const offered = useOfferedLanguages();
  const recordings = useRecordingsIndex();
  const voices = useVoices();
  const enabled = useSettings((s) => s.settings.readAloud.enabled);
  const [playing, setPlaying] = useState<string | null>(null);
  // Each endonym in its own script's font.
  useFontsFor(offered);
  useEffect(() => stopSample, []);
  const total = allPages().length;

  const describe = (row: LanguageVoiceFacts): string[] => {
    const hears = whatPatientHears(row);
    const recorded = row.recordings > 0 ? [t('staff.voices.recorded', { count: row.recordings, total })] : [];
    if (hears.kind === 'voice') {
      const key = row.recordings > 0 ? 'staff.voices.voiceRest' : 'staff.voices.voiceAll';
      return [...recorded, t(key, { voice: hears.voice })];
    }
    return hears.kind === 'recordings' ? [...recorded, t('staff.voices.recordingsOnly')] : [t('staff.voices.nothing')];
  };
  const toggleSample = (code: string) => {
    if (playing === code) return stopSample();
    if (!recordings) return;
    setPlaying(code);
    const done = () => setPlaying((now) => (now === code ? null : now));
    void playSample(code, recordings, pickLocalVoice(voices, code), done);
  };

  return (
    <section className="staff-section voices-section" aria-labelledby="staff-voices-heading">
      <h2 id="staff-voices-heading" className="staff-section__heading">
        {t('staff.voices.heading')}
      </h2>
      <p className="staff-section__intro">{t('staff.voices.intro')}</p>
      {enabled ? null : <p className="staff-warning">{t('staff.voices.readAloudOff')}</p>}
      {facts ? (
        <ul className="voices-section__list">
          {offered.map(({ code }) => {
            const row = facts.find((candidate) => candidate.code === code);
            if (!row) return null;
            const silent = whatPatientHears(row).kind === 'nothing';
            const info = languageInfo(code);
            return (
              <li
                key={code}
                className="voices-section__row"
                data-language={code}
                data-hears={whatPatientHears(row).kind}
              >
                <span className="voices-section__language">
                  {info.englishName}
                  {info.endonym === info.englishName ? null : (
                    <>
                      {' '}
                      <span lang={code} dir={info.dir}>
                        {info.endonym}
                      </span>
                    </>
                  )}
                </span>
                <span
                  className={silent ? 'voices-section__facts voices-section__facts--none' : 'voices-section__facts'}
                >
                  {describe(row).map((line) => (
                    <span key={line}>{line}</span>
                  ))}
                </span>
                {silent ? null : (
                  <button
                    type="button"
                    className="button"
                    aria-pressed={playing === code}
                    onClick={() => toggleSample(code)}
                  >
                    {t(playing === code ? 'staff.voices.stopSample' : 'staff.voices.playSample')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p role="status">{t('staff.voices.loading')}</p>
      )}
    </section>
  );
}
