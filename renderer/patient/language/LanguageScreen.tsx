import { useTranslation } from 'react-i18next';
import { PatientFrame } from '../frame/PatientFrame';
import { LanguageOptions } from './LanguageOptions';
import { useOfferedLanguages } from '../../platform/i18n/useOfferedLanguages';
import { chooseLanguage } from '../journey/chooseLanguage';

/** Large buttons, one per offered language, in the clinic's order (reviewed-only when the clinic says so). */
export function LanguageScreen() {
  const { t } = useTranslation();
  const offered = useOfferedLanguages();
  return (
    <PatientFrame title={t('journey.language.title')} backFallback="attract" showCalled={false}>
      <LanguageOptions languages={offered} onChoose={(profile) => void chooseLanguage(profile.code)} />
    </PatientFrame>
  );
}
