import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageInfo } from '../../../core/languages';
import { ModalDialog } from '../../patient/frame/ModalDialog';
import { useStaffLanguage } from '../staffLanguage';
import { StaffLanguageChoice } from './StaffLanguageChoice';

/** Top of the staff screen: the staff language by its own name (a globe, never a flag), one tap from changing. */
export function StaffLanguageButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const language = languageInfo(useStaffLanguage());
  return (
    <>
      <button
        type="button"
        className="button staff-language-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
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
        <span>{t('staff.staffLanguage.label')}</span>
        <span lang={language.code} dir={language.dir} data-script={language.script}>
          {language.endonym}
        </span>
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('staff.staffLanguage.label')}
        closeLabel={t('staff.close')}
        className="staff-dialog"
      >
        <p>{t('staff.staffLanguage.hint')}</p>
        <StaffLanguageChoice onChosen={() => setOpen(false)} />
      </ModalDialog>
    </>
  );
}
