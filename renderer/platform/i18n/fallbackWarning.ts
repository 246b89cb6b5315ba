import type { PostProcessorModule } from 'i18next';
import { createLogger } from '../../../core/log/logger';

const logger = createLogger('i18n');

export const FALLBACK_WARNING = 'fallbackWarning';

interface ResolvedDetails {
  usedLng?: string;
  res?: unknown;
}

/**
 * Warns (once per language and key) when a string is shown in English because
 * the current language lacks it: the patient sees English rather than a raw
 * key, and the technician's log says which translation to finish.
 */
export function fallbackWarning(
  log: { language: string; namespace: string; key: string; fellBackTo?: string }[],
): PostProcessorModule {
  const reported = new Set<string>();
  return {
    type: 'postProcessor',
    name: FALLBACK_WARNING,
    process(value, key, options, translator: { language?: string }) {
      const resolved = (options as { i18nResolved?: ResolvedDetails; ns?: string | readonly string[] }).i18nResolved;
      const language = (options as { lng?: string }).lng ?? translator.language;
      const usedLng = resolved?.usedLng;
      // Missing everywhere is the missingKeyHandler's job; here only "found, but in another language".
      if (!language || !usedLng || resolved.res === undefined || usedLng === language) return value;
      const namespace = String((options as { ns?: unknown }).ns ?? 'ui');
      const keyText = Array.isArray(key) ? key.join('|') : String(key);
      const id = `${language}|${namespace}|${keyText}`;
      if (!reported.has(id)) {
        reported.add(id);
        log.push({ language, namespace, key: keyText, fellBackTo: usedLng });
        logger.warn(`"${namespace}:${keyText}" is missing in ${language}; showing ${usedLng}`);
      }
      return value;
    },
  };
}
