import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { topicTitleKey } from '../../../../core/content';
import { dailyBars, shares } from '../../../../core/usage/chartSeries';
import { useContentText } from '../../../platform/i18n/useContentText';
import { exportUsage } from '../exportUsage';
import { useCapabilities } from '../../../host/appInfo';
import { LanguageShareChart } from '../usage/LanguageShareChart';
import { SessionsChart } from '../usage/SessionsChart';
import { UsageBars } from '../usage/UsageBars';
import { useUsage } from '../usage/useUsage';

const RANGES = [7, 30, 365] as const;
const TOTALS = [
  'sessionsStarted',
  'sessionsFinished',
  'sessionsIdleReset',
  'sessionsStartAgain',
  'answersRight',
  'answersWrong',
] as const;
const CHART_DAYS = 30;

/** Anonymous counts: the last 30 days as a chart, totals and shares for 7 / 30 / 365 days, and the CSV export. */
export function UsageSection() {
  const { t } = useTranslation();
  const capabilities = useCapabilities();
  const text = useContentText();
  const [days, setDays] = useState<(typeof RANGES)[number]>(30);
  const month = useUsage(CHART_DAYS);
  const summary = useUsage(days);
  const [exportNote, setExportNote] = useState<string | null>(null);

  const runExport = () => {
    if (!capabilities) return;
    exportUsage(capabilities.canSaveFile)
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
      <div className="staff-actions">
        <button type="button" className="button button--primary" disabled={!capabilities} onClick={runExport}>
          {t('staff.usage.export')}
        </button>
        {exportNote ? <p role="status">{exportNote}</p> : null}
      </div>
      {month === 'failed' || summary === 'failed' ? <p className="staff-warning">{t('staff.usage.failed')}</p> : null}
      {month !== null && month !== 'failed' ? <SessionsChart bars={dailyBars(month)} /> : null}
      <div className="staff-choice" role="group" aria-label={t('staff.usage.rangeLabel')}>
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
      {summary !== null && summary !== 'failed' ? (
        <div className="staff-usage__columns">
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
          <LanguageShareChart shares={shares(summary.totals.languages)} />
          <UsageBars
            title={t('staff.usage.topicsOpened')}
            counts={summary.totals.topics}
            labelFor={(id) => text(topicTitleKey(id)) || id}
            emptyText={t('staff.usage.none')}
          />
          <UsageBars
            title={t('staff.usage.sessionLengths')}
            counts={summary.totals.sessionLengths}
            labelFor={(bucket) => t(`staff.usage.lengths.${bucket as 'under-1-min'}`)}
            emptyText={t('staff.usage.none')}
          />
        </div>
      ) : null}
    </section>
  );
}
