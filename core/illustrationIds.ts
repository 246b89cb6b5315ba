/**
 * Every illustration the content may reference. The SVG for each lives in
 * renderer/patient/illustrations/; its caption and text alternative live in each
 * locale's content.json under `illustrations.<id>.caption` / `.alt`.
 */
export const ILLUSTRATION_IDS = [
  'nerve-myelin',
  'nerve-signal',
  'hands-feet-tingling',
  'b12-foods',
  'fortified-foods',
  'stomach-absorption',
  'medicines',
  'older-adults',
  'blood-test',
  'lab-results',
  'tablets-injection',
  'calendar-recovery',
  'balance-walking',
  'foot-check',
  'clinician-talk',
  'urgent-help',
  'question-list',
  'laughing-gas',
  'blood-sugar',
  'big-promises',
  'same-day',
  'book-visit',
  'shot-schedule',
] as const;

export type IllustrationId = (typeof ILLUSTRATION_IDS)[number];

export function isIllustrationId(value: unknown): value is IllustrationId {
  return typeof value === 'string' && (ILLUSTRATION_IDS as readonly string[]).includes(value);
}
