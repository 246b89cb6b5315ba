import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Looks up a content string by its computed key (see core/content), with English fallback. */
export function useContentText(): (key: string, options?: Record<string, unknown>) => string {
  const { i18n } = useTranslation();
  return useCallback(
    (key: string, options?: Record<string, unknown>) =>
      String(i18n.t(key as never, { ns: 'content', ...options } as never)),
    [i18n],
  );
}
