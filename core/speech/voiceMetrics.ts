/**
 * The voice check as Prometheus gauges, for the kiosk's monitoring output
 * (main adds them through the collector's addFamilies): IT sees, per kiosk,
 * which languages a patient can hear and how, and how many offered languages
 * have nothing at all. Voice names stay out (free text, not a label).
 */
import type { MetricFamily } from '../monitoring/metricFamily';
import { silentOfferedLanguages, whatPatientHears, type VoiceCheck } from './voiceCheck';

export function voiceCheckFamilies(latest: { check: VoiceCheck } | null): MetricFamily[] {
  if (!latest) return [];
  const rows = latest.check.languages;
  return [
    {
      name: 'b12_kiosk_read_aloud_language',
      help: 'One per kiosk language: what Listen plays there (voice, recordings only, or nothing), and whether staff offer it.',
      type: 'gauge',
      labelNames: ['language', 'offered', 'source'],
      samples: rows.map((row) => ({
        labels: { language: row.code, offered: String(row.offered), source: whatPatientHears(row).kind },
        value: 1,
      })),
    },
    {
      name: 'b12_kiosk_read_aloud_recorded_pages',
      help: 'Content pages with a clinic recording, per language.',
      type: 'gauge',
      labelNames: ['language'],
      samples: rows.map((row) => ({ labels: { language: row.code }, value: row.recordings })),
    },
    {
      name: 'b12_kiosk_read_aloud_enabled',
      help: "Staff's read-aloud switch: 1 on, 0 off (then no language can be heard).",
      type: 'gauge',
      labelNames: [],
      samples: [{ labels: {}, value: latest.check.enabled ? 1 : 0 }],
    },
    {
      name: 'b12_kiosk_read_aloud_silent_offered_languages',
      help: 'Offered languages in which a patient can hear nothing (no local voice, no recording, or read-aloud off).',
      type: 'gauge',
      labelNames: [],
      samples: [{ labels: {}, value: silentOfferedLanguages(latest.check).length }],
    },
  ];
}
