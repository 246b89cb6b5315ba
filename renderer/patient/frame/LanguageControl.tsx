import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageProfile } from '../../../core/i18n/localeMeta';
import { languageInfo } from '../../../core/languages';
import { changeLanguage } from '../../platform/i18n/i18n';
import { useOfferedLanguages } from '../../platform/i18n/useOfferedLanguages';
import { useNavigation } from '../../session/navigation';
import { emitPatientEvent } from '../../session/patientEvents';
import { LanguageOptions } from '../language/LanguageOptions';
import { ModalDialog } from './ModalDialog';
import './languageControl.css';

/**
 * The toolbar's language button: opens a large dialog of the offered languages.
 * Switching keeps the patient on the same page; only the words change.
 */
export function LanguageControl() {
  const { t, i18n } = useTranslation();
  const offered = useOfferedLanguages();
  const [open, setOpen] = useState(false);
  const current = languageInfo(i18n.resolvedLanguage ?? i18n.language);
  const onPicker = useNavigation((s) => s.route.screen === 'language');

  const choose = async (profile: LanguageProfile) => {
    setOpen(false);
    if (profile.code === current.code) return;
    await changeLanguage(profile.code);
    emitPatientEvent({ type: 'language-chosen', language: profile.code });
  };

  // The picker already lists every language; one language needs no switch.
  if (onPicker || offered.length < 2) return null;
  return (
    <>
      <button type="button" className="button language-control" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <GlobeIcon />
        <span>{t('languages.control')}</span>
        <span className="language-control__current" lang={current.code} dir={current.dir}>
          {current.endonym}
        </span>
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('languages.dialogTitle')}
        closeLabel={t('languages.close')}
        className="language-dialog"
      >
        <LanguageOptions languages={offered} onChoose={(profile) => void choose(profile)} />
      </ModalDialog>
    </>
  );
}

/** A globe (not a flag): languages are not countries. Decorative; the text names the button. */
function GlobeIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      width="1.2em"
      height="1.2em"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.2}
      aria-hidden
      focusable={false}
    >
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
    </svg>
  );
}
