import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { topicTitleKey } from '../../../../core/content';
import { languageInfo } from '../../../../core/languages';
import type { UsageSummary } from '../../../../core/usage/summary';
import { getHost } from '../../../host';
import { useContentText } from '../../../platform/i18n/useContentText';
import { exportUsage } from '../exportUsage';
import { UsageBars } from './UsageBars';
import { useHostKind } from '../useHostKind';

const RANGES = [7, 30, 365] as const;
const TOTALS = [
  'sessionsStarted',
  'sessionsFinished',
  'sessionsIdleReset',
  'sessionsStartAgain',
  'answersRight',
  'answersWrong',
] as const;

/** Anonymous counts for the last 7 / 30 / 365 days, and the CSV export. */
export function UsageSection() {
  const { t } = useTranslation();
  const host = useHostKind();
  const text = useContentText();
  const [days, setDays] = useState<(typeof RANGES)[number]>(7);
  const [summary, setSummary] = useState<UsageSummary | 'failed' | null>(null);
  const [exportNote, setExportNote] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    getHost()
      .getUsage({ days })
      .then((result) => !cancelled && setSummary(result))
      .catch(() => !cancelled && setSummary('failed'));
    return () => {
      cancelled = true;
    };
  }, [days]);

  const runExport = () => {
    if (!host) return;
    exportUsage(host)
      .then((outcome) =>
        setExportNote(
          outcome.kind === 'saved'
            ? t('staff.usage.exported', { path: outcome.path })
            : outcome.kind === 'downloaded'
              ? t('staff.usage.exportedDownload')
              : t('staff.usage.exportCancelled'),
        ),
      )
      .catch(() => setExportNote(t('staff.usage.exportFailed')));
  };

  return (
    <section className="staff-section" aria-labelledby="staff-usage-heading">
      <h2 id="staff-usage-heading" className="staff-section__heading">
        {t('staff.usage.heading')}
      </h2>
      <p className="staff-section__intro">{t('staff.usage.intro')}</p>
      <div className="staff-choice" role="group" aria-labelledby="staff-usage-heading">
        {RANGES.map((range) => (
          <button
            key={range}
            type="button"
            className="button"
            aria-pressed={days === range}
            onClick={() => setDays(range)}
          >
            {t('staff.usage.range', { count: range })}
          </button>
        ))}
      </div>
      {summary === null ? <p>{t('staff.usage.loading')}</p> : null}
      {summary === 'failed' ? <p className="staff-warning">{t('staff.usage.failed')}</p> : null}
      {summary !== null && summary !== 'failed' ? (
        <>
          <table className="staff-usage__table">
            <tbody>
              {TOTALS.map((key) => (
                <tr key={key}>
                  <th scope="row">{t(`staff.usage.${key}`)}</th>
                  <td>{summary.totals[key]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <UsageBars
            title={t('staff.usage.languagesChosen')}
            counts={summary.totals.languages}
            labelFor={(code) => languageInfo(code).englishName}
            emptyText={t('staff.usage.none')}
          />
          <UsageBars
            title={t('staff.usage.topicsOpened')}
            counts={summary.totals.topics}
            labelFor={(id) => text(topicTitleKey(id)) || id}
            emptyText={t('staff.usage.none')}
          />
          <UsageBars
            title={t('staff.usage.sessionLengths')}
            counts={summary.totals.sessionLengths}
            labelFor={(bucket) => bucket.replaceAll('-', ' ')}
            emptyText={t('staff.usage.none')}
          />
        </>
      ) : null}
      <div className="staff-actions">
        <button type="button" className="button button--primary" disabled={!host} onClick={runExport}>
          {t('staff.usage.export')}
        </button>
        {exportNote ? <p role="status">{exportNote}</p> : null}
      </div>
    </section>
  );
}
