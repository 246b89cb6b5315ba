import { useTranslation } from 'react-i18next';
import type { DayBar } from '../../../../core/usage/chartSeries';

const WIDTH = 900;
const HEIGHT = 200;
const AXIS = 40;
const PLOT = HEIGHT - AXIS;

function dayLabel(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/**
 * Sessions per day over the last 30 days, each bar split into finished, walked away and other,
 * as an SVG (named for screen readers by its title and summary) with the same numbers as a table.
 */
export function SessionsChart({ bars }: { bars: readonly DayBar[] }) {
  const { t, i18n } = useTranslation();
  const max = Math.max(1, ...bars.map((bar) => bar.started));
  const slot = WIDTH / Math.max(1, bars.length);
  const scale = (n: number) => (n / max) * (PLOT - 10);
  const total = (key: 'started' | 'finished' | 'walkedAway' | 'other') => bars.reduce((sum, bar) => sum + bar[key], 0);
  const summary = t('staff.usage.chart.sessionsSummary', {
    days: bars.length,
    started: total('started'),
    finished: total('finished'),
    walkedAway: total('walkedAway'),
  });
  const parts = [
    { key: 'finished', className: 'staff-chart__finished', label: t('staff.usage.sessionsFinished') },
    { key: 'walkedAway', className: 'staff-chart__walked', label: t('staff.usage.chart.walkedAway') },
    { key: 'other', className: 'staff-chart__other', label: t('staff.usage.chart.other') },
  ] as const;
  return (
    <figure className="staff-chart">
      <figcaption className="staff-usage__subheading" id="staff-sessions-chart-title">
        {t('staff.usage.chart.sessionsTitle', { days: bars.length })}
      </figcaption>
      <svg
        className="staff-chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        // Days run left to right in every language (as on a calendar), so RTL text never pushes the first date off the edge.
        direction="ltr"
        aria-labelledby="staff-sessions-chart-title staff-sessions-chart-summary"
      >
        <line className="staff-chart__axis" x1={0} x2={WIDTH} y1={PLOT} y2={PLOT} />
        <text className="staff-chart__tick" x={4} y={14}>
          {max}
        </text>
        {bars.map((bar, index) => {
          let y = PLOT;
          const x = index * slot + slot * 0.15;
          return (
            <g key={bar.day}>
              {parts.map((part) => {
                const height = scale(bar[part.key]);
                y -= height;
                return height > 0 ? (
                  <rect key={part.key} className={part.className} x={x} y={y} width={slot * 0.7} height={height} />
                ) : null;
              })}
              {index % 7 === 0 ? (
                <text className="staff-chart__tick" x={x} y={HEIGHT - 12}>
                  {dayLabel(bar.day, i18n.language)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <p id="staff-sessions-chart-summary">{summary}</p>
      <ul className="staff-chart__legend" role="list">
        {parts.map((part) => (
          <li key={part.key}>
            <span className={`staff-chart__swatch ${part.className}`} aria-hidden="true" />
            {part.label}
          </li>
        ))}
      </ul>
      <details className="staff-chart__table">
        <summary>{t('staff.usage.chart.asTable')}</summary>
        <table className="staff-usage__table">
          <thead>
            <tr>
              <th scope="col">{t('staff.usage.chart.day')}</th>
              <th scope="col">{t('staff.usage.sessionsStarted')}</th>
              {parts.map((part) => (
                <th key={part.key} scope="col">
                  {part.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.day}>
                <th scope="row">{dayLabel(bar.day, i18n.language)}</th>
                <td>{bar.started}</td>
                <td>{bar.finished}</td>
                <td>{bar.walkedAway}</td>
                <td>{bar.other}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
