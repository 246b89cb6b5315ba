import i18next, { type i18n as I18n } from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { languageInfo, type LanguageCode } from '../../../../core/languages';
import { AttractScreen } from '../../../patient/attract/AttractScreen';
import { ModalDialog } from '../../../patient/frame/ModalDialog';
import { TopicsScreen } from '../../../patient/topics/TopicsScreen';
import { loadScriptFont } from '../../../platform/fonts/loadScriptFont';
import { ensureLanguageLoaded } from '../../../platform/i18n/i18n';

/** A second i18next over the same words, fixed to one language, so the preview never changes the staff screen's. */
function usePreviewI18n(code: LanguageCode): I18n | null {
  const [instance, setInstance] = useState<{ code: LanguageCode; i18n: I18n } | null>(null);
  useEffect(() => {
    let current = true;
    void Promise.all([ensureLanguageLoaded(code), loadScriptFont(languageInfo(code).script)]).then(() => {
      if (current) setInstance({ code, i18n: i18next.cloneInstance({ lng: code }) });
    });
    return () => {
      current = false;
    };
  }, [code]);
  return instance?.code === code ? instance.i18n : null;
}

/**
 * The real patient screens, drawn small and inert: nothing in them can be touched or read out
 * (the captions say what they are), and they follow every change to those screens.
 */
function ScreenPreview({ code, caption, children }: { code: LanguageCode; caption: string; children: ReactNode }) {
  const info = languageInfo(code);
  return (
    <figure className="staff-preview__frame">
      <div className="staff-preview__viewport">
        <div
          className="staff-preview__screen"
          lang={info.code}
          dir={info.dir}
          data-script={info.script}
          inert
          aria-hidden="true"
        >
          {children}
        </div>
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** "Tap a language to see its attract and first page as patients will." */
export function LanguagePreview({ code, onClose }: { code: LanguageCode | null; onClose(): void }) {
  const { t } = useTranslation();
  const info = languageInfo(code ?? 'en');
  const previewI18n = usePreviewI18n(info.code);
  return (
    <ModalDialog
      open={code !== null}
      onClose={onClose}
      title={t('staff.languages.previewTitle', { language: info.englishName })}
      closeLabel={t('staff.close')}
      className="staff-dialog staff-preview"
    >
      {previewI18n ? (
        <I18nextProvider i18n={previewI18n}>
          <div className="staff-preview__screens">
            <ScreenPreview code={info.code} caption={t('staff.languages.previewAttract')}>
              <AttractScreen />
            </ScreenPreview>
            <ScreenPreview code={info.code} caption={t('staff.languages.previewFirstPage')}>
              <TopicsScreen />
            </ScreenPreview>
          </div>
        </I18nextProvider>
      ) : (
        <p>{t('staff.languages.previewLoading')}</p>
      )}
    </ModalDialog>
  );
}
