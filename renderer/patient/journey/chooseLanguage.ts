import type { LanguageCode } from '../../../core/languages';
import { offeredLanguages } from '../../../core/settings/offeredLanguages';
import { changeLanguage } from '../../platform/i18n/i18n';
import { TRANSLATION_META } from '../../platform/i18n/languageProfiles';
import { useSessionRecord } from '../../session/sessionRecord';
import { useNavigation } from '../../session/navigation';
import { emitPatientEvent } from '../../session/patientEvents';
import { useSettings } from '../../settings/settingsStore';
import { createLogger } from '../../../core/log/logger';

const log = createLogger('language');

/** Switches to the chosen language, reports it, and opens the topic menu. */
export async function chooseLanguage(code: LanguageCode): Promise<void> {
  try {
    await changeLanguage(code);
  } catch (error) {
    // A language that fails to load must not strand the patient: English still works.
    log.error(`could not load language ${code}`, error);
  }
  emitPatientEvent({ type: 'language-chosen', language: code });
  useNavigation.getState().go('topics');
}

/** The attract screen's touch: a new session, then the language picker (skipped when the clinic offers one language). */
export function startPatientSession(): void {
  useSessionRecord.getState().start();
  // The same rule as the picker: switched on, translated, and reviewed when the clinic asks for that.
  const offered = offeredLanguages(useSettings.getState().settings, TRANSLATION_META);
  const [only] = offered;
  if (offered.length === 1 && only !== undefined) void chooseLanguage(only);
  else useNavigation.getState().go('language');
}
