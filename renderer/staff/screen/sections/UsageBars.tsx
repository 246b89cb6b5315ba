interface UsageBarsProps {
  title: string;
  counts: Readonly<Record<string, number>>;
  /** Turns a key (language code, topic id) into words. */
  labelFor(key: string): string;
  emptyText: string;
}

/** A small bar chart as a list: each bar's width is its share of the largest count. */
export function UsageBars({ title, counts, labelFor, emptyText }: UsageBarsProps) {
  const entries = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  return (
    <div className="staff-usage__bars">
      <h3 className="staff-usage__subheading">{title}</h3>
      {entries.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <ul role="list" className="staff-bars">
          {entries.map(([key, n]) => (
            <li key={key} className="staff-bars__row">
              <span className="staff-bars__label">{labelFor(key)}</span>
              <span className="staff-bars__bar" aria-hidden="true" style={{ inlineSize: `${(n / max) * 100}%` }} />
              <span className="staff-bars__count">{n}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
