import { useTranslation } from 'react-i18next';
import { applySoundSettings, pauseReading, repeatPart, resumeReading, startReading, stopReading } from './narrator';
import { useSpeech, VOLUME_STEPS } from './speechStore';
import { useReadAloud } from './useReadAloudPlan';
import './listen.css';

/**
 * The toolbar's read-aloud control on content pages, the check and the finish
 * screen: one large Listen button; while reading, Pause/Resume, Stop, Repeat
 * (from the top), Say that again (this block), Slower, and Quieter/Louder.
 * Hidden when this screen cannot be read in this language.
 */
export function ListenControl() {
  const { t } = useTranslation();
  const plan = useReadAloud();
  const status = useSpeech((s) => s.status);
  const volumeStep = useSpeech((s) => s.volumeStep);
  const slow = useSpeech((s) => s.slow);
  if (!plan) return null;

  if (status === 'idle') {
    return (
      <button type="button" className="button button--primary listen-control" onClick={() => startReading(plan)}>
        <SpeakerIcon />
        <span>{t('readAloud.listen')}</span>
      </button>
    );
  }

  const changeVolume = (by: 1 | -1) => {
    useSpeech.getState().changeVolume(by);
    applySoundSettings();
  };
  const toggleSlow = () => {
    useSpeech.getState().toggleSlow();
    applySoundSettings();
  };
  return (
    <div className="listen-controls" role="group" aria-label={t('readAloud.controlsLabel')}>
      {status === 'speaking' ? (
        <button type="button" className="button button--primary" onClick={pauseReading}>
          {t('readAloud.pause')}
        </button>
      ) : (
        <button type="button" className="button button--primary" onClick={resumeReading}>
          {t('readAloud.resume')}
        </button>
      )}
      <button type="button" className="button" onClick={stopReading}>
        {t('readAloud.stop')}
      </button>
      <button type="button" className="button" onClick={repeatPart}>
        {t('readAloud.repeatPart')}
      </button>
      <button type="button" className="button" onClick={() => startReading(plan)}>
        {t('readAloud.repeat')}
      </button>
      <button type="button" className="button listen-controls__slower" aria-pressed={slow} onClick={toggleSlow}>
        {t('readAloud.slower')}
      </button>
      <button type="button" className="button" disabled={volumeStep === 0} onClick={() => changeVolume(-1)}>
        {t('readAloud.quieter')}
      </button>
      <span className="listen-controls__volume">
        {t('readAloud.volume', { level: volumeStep + 1, max: VOLUME_STEPS.length })}
      </span>
      <button
        type="button"
        className="button"
        disabled={volumeStep === VOLUME_STEPS.length - 1}
        onClick={() => changeVolume(1)}
      >
        {t('readAloud.louder')}
      </button>
    </div>
  );
}

/** A loudspeaker. Decorative; the button is named by its text. */
function SpeakerIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      width="1.3em"
      height="1.3em"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.2}
      aria-hidden
      focusable={false}
    >
      <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
      <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" strokeLinecap="round" />
    </svg>
  );
}
