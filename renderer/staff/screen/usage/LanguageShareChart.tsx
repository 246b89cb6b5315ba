import { useTranslation } from 'react-i18next';
import { languageInfo } from '../../../../core/languages';
import type { Share } from '../../../../core/usage/chartSeries';

const WIDTH = 900;
const ROW = 40;
const LABEL = 260;

/** Each language's share of the languages chosen: an SVG of bars with its numbers beside it, and the same as a table. */
export function LanguageShareChart({ shares }: { shares: readonly Share[] }) {
  const { t } = useTranslation();
  if (shares.length === 0) {
    return (
      <div className="staff-chart">
        <h3 className="staff-usage__subheading">{t('staff.usage.languagesChosen')}</h3>
        <p>{t('staff.usage.none')}</p>
      </div>
    );
  }
  const height = shares.length * ROW + 8;
  const widest = Math.max(...shares.map((share) => share.percent));
  const barSpace = WIDTH - LABEL - 120;
  const name = (code: string) => {
    const info = languageInfo(code);
    return info.endonym === info.englishName ? info.endonym : `${info.endonym} (${info.englishName})`;
  };
  const summary = shares
    .map((share) => t('staff.usage.chart.share', { language: name(share.key), percent: share.percent }))
    .join(', ');
  return (
    <figure className="staff-chart">
      <figcaption className="staff-usage__subheading" id="staff-language-chart-title">
        {t('staff.usage.languagesChosen')}
      </figcaption>
      <svg
        className="staff-chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="staff-language-chart-title staff-language-chart-summary"
      >
        {shares.map((share, index) => {
          const y = index * ROW + 6;
          const width = Math.max(2, (share.percent / Math.max(1, widest)) * barSpace);
          return (
            <g key={share.key}>
              <text
                className="staff-chart__label"
                x={0}
                y={y + ROW / 2 + 2}
                data-script={languageInfo(share.key).script}
              >
                {languageInfo(share.key).endonym}
              </text>
              <rect className="staff-chart__finished" x={LABEL} y={y + 6} width={width} height={ROW - 14} rx={4} />
              <text className="staff-chart__label" x={LABEL + width + 10} y={y + ROW / 2 + 2}>
                {`${share.percent} % (${share.count})`}
              </text>
            </g>
          );
        })}
      </svg>
      <p id="staff-language-chart-summary" className="visually-hidden">
        {summary}
      </p>
      <details className="staff-chart__table">
        <summary>{t('staff.usage.chart.asTable')}</summary>
        <table className="staff-usage__table">
          <thead>
            <tr>
              <th scope="col">{t('staff.usage.chart.language')}</th>
              <th scope="col">{t('staff.usage.chart.times')}</th>
              <th scope="col">{t('staff.usage.chart.percent')}</th>
            </tr>
          </thead>
          <tbody>
            {shares.map((share) => (
              <tr key={share.key}>
                <th scope="row">{name(share.key)}</th>
                <td>{share.count}</td>
                <td>{share.percent} %</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
