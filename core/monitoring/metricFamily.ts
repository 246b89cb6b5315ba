/**
 * A metric family as the collector hands it to the exposition (prom-client's registry in main):
 * plain data, so the rules below are tested without any library or file.
 */
export type MetricType = 'gauge' | 'counter';

export interface MetricSample {
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export interface MetricFamily {
  readonly name: string;
  readonly help: string;
  readonly type: MetricType;
  readonly labelNames: readonly string[];
  readonly samples: readonly MetricSample[];
}

/** Every kiosk series starts with this, so one regex finds them all in a fleet. */
export const METRIC_PREFIX = 'b12_kiosk_';

const METRIC_NAME = /^b12_kiosk_[a-z][a-z0-9_]*$/;
const LABEL_NAME = /^[a-z][a-z0-9_]*$/;

/** Why a family breaks Prometheus naming conventions, or null when it follows them. */
export function metricFamilyProblem(family: MetricFamily): string | null {
  if (!METRIC_NAME.test(family.name)) return `${family.name}: a metric name is ${METRIC_PREFIX} then snake_case`;
  if (family.type === 'counter' && !family.name.endsWith('_total')) return `${family.name}: a counter ends in _total`;
  if (family.type === 'gauge' && family.name.endsWith('_total')) return `${family.name}: only counters end in _total`;
  if (family.help.trim() === '' || /[\n\\]/.test(family.help)) return `${family.name}: HELP is one plain line`;
  const badLabel = family.labelNames.find((label) => !LABEL_NAME.test(label) || label.startsWith('__'));
  if (badLabel !== undefined) return `${family.name}: label ${badLabel} is not snake_case`;
  for (const sample of family.samples) {
    const names = Object.keys(sample.labels).sort();
    if (names.join(',') !== [...family.labelNames].sort().join(','))
      return `${family.name}: a sample's labels (${names.join(',')}) differ from the family's`;
    if (!Number.isFinite(sample.value)) return `${family.name}: a sample is not a finite number`;
    if (family.type === 'counter' && sample.value < 0) return `${family.name}: a counter is never negative`;
  }
  return null;
}
