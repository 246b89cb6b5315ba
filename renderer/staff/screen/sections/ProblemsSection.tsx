import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogEntry } from '../../../../core/log/entry';
import { getHost } from '../../../host';

function formatTime(at: number, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'medium' }).format(at);
  } catch {
    return new Date(at).toISOString();
  }
}

/**
 * The host's last warnings and errors (main's and the page's, newest first), as getRecentProblems
 * returns them: a failed font, a refused managed-policy key, an uncaught error. The messages are the
 * log's own English text, for whoever looks after the kiosk (first line; the
 * log file keeps the rest). Self-contained: mount it anywhere in staff mode.
 */
export function ProblemsSection() {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<LogEntry[] | 'failed' | null>(null);

  const load = useCallback(() => {
    let cancelled = false;
    getHost()
      .getRecentProblems()
      .then((answer) => !cancelled && setEntries(answer.entries))
      .catch(() => !cancelled && setEntries('failed'));
    return () => {
      cancelled = true;
    };
  }, []);
  useEffect(load, [load]);

  return (
    <section className="staff-section" aria-labelledby="staff-problems-heading">
      <h2 id="staff-problems-heading" className="staff-section__heading">
        {t('staff.problems.heading')}
      </h2>
      <p className="staff-section__intro">{t('staff.problems.intro')}</p>
      {entries === 'failed' ? <p className="staff-warning">{t('staff.problems.failed')}</p> : null}
      {Array.isArray(entries) && entries.length === 0 ? <p>{t('staff.problems.none')}</p> : null}
      {Array.isArray(entries) && entries.length > 0 ? (
        <ol className="staff-problems" aria-label={t('staff.problems.heading')}>
          {entries.map((entry, index) => (
            <li key={`${entry.at}-${index}`} className="staff-problems__entry">
              <strong>
                {entry.level === 'error' ? t('staff.problems.levelError') : t('staff.problems.levelWarning')}
              </strong>{' '}
              <time dateTime={new Date(entry.at).toISOString()}>{formatTime(entry.at, i18n.language)}</time>{' '}
              <span lang="en">
                ({entry.origin}/{entry.scope}) {entry.message.split('\n')[0]}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="staff-actions">
        <button type="button" className="button" onClick={load}>
          {t('staff.problems.refresh')}
        </button>
      </div>
    </section>
  );
}
