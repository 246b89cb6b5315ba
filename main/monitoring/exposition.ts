import { Counter, Gauge, Registry } from 'prom-client';
import type { MetricFamily } from '../../core/monitoring';

/**
 * The Prometheus text format (0.0.4) of the collector's families, written by prom-client's
 * registry: it formats HELP/TYPE lines and escapes label values, so no string here is hand-built.
 * A fresh registry each time: the file shows exactly the facts of this minute.
 */
export async function renderExposition(families: readonly MetricFamily[]): Promise<string> {
  const registry = new Registry();
  for (const family of families) {
    const config = { name: family.name, help: family.help, labelNames: family.labelNames, registers: [registry] };
    if (family.type === 'counter') {
      const counter = new Counter(config);
      for (const sample of family.samples) counter.inc(sample.labels, sample.value);
    } else {
      const gauge = new Gauge(config);
      for (const sample of family.samples) gauge.set(sample.labels, sample.value);
    }
  }
  return registry.metrics();
}
