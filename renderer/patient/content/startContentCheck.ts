import i18next from 'i18next';
import { englishResources } from '../../platform/i18n/resources';
import { whenIdle } from '../../platform/idleTask';
import { createLogger } from '../../../core/log/logger';

const log = createLogger('content');

/**
 * Validates one language's content in idle time: the validator is its own chunk,
 * so neither the first screen nor a language switch waits for it.
 */
function checkWhenIdle(language: string, strings: unknown, pending: Set<() => void>): void {
  const cancel = whenIdle(() => {
    pending.delete(cancel);
    import('./contentCheck').then(
      ({ checkContent }) => checkContent(language, strings),
      (error: unknown) => log.error('could not load the content check', error),
    );
  });
  pending.add(cancel);
}

/**
 * Checks the English content at start-up and each other language's content when
 * it is switched to. Started once at boot by startServices(); returns a stop.
 */
export function startContentCheck(): () => void {
  const pending = new Set<() => void>();
  const check = (language: string, strings: unknown) => checkWhenIdle(language, strings, pending);
  check('en', englishResources.content);
  const onLanguageChanged = (language: string) => {
    if (language === 'en') return;
    const strings: unknown = i18next.getResourceBundle(language, 'content');
    if (strings !== undefined) check(language, strings);
  };
  i18next.on('languageChanged', onLanguageChanged);
  return () => {
    i18next.off('languageChanged', onLanguageChanged);
    for (const cancel of pending) cancel();
  };
}
