export { collectKioskMetrics, type CollectedMetrics } from './collect';
export { RENDERER_EXIT_REASONS, type KioskFacts } from './kioskFacts';
export {
  METRIC_PREFIX,
  metricFamilyProblem,
  type MetricFamily,
  type MetricSample,
  type MetricType,
} from './metricFamily';
export {
  EMPTY_USAGE_TALLY,
  MAX_SERIES_PER_LABEL,
  tallyEvent,
  type SessionOutcome,
  type UsageTally,
} from './usageTally';
