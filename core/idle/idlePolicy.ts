import type { ScreenId } from '../screens';

/**
 * How a screen treats a quiet kiosk.
 * - exempt: never warns, never resets (the attract screen is already "reset").
 * - warn: after quietMs of no input, ask "Are you still there?" for warningMs, then reset.
 * - return: go back to the start after afterMs without asking (kept for screens that
 *   need no answer; no screen uses it today).
 * The finish screen warns too: it shows the patient's list and QR code, and scanning takes
 * time, so it waits longer (at least 90 s) and then asks like every other screen.
 */
export type IdlePolicy =
  { kind: 'exempt' } | { kind: 'warn'; quietMs: number; warningMs: number } | { kind: 'return'; afterMs: number };

export interface IdleConfig {
  quietMs: number;
  warningMs: number;
  finishQuietMs: number;
  /** Staff screens: longer, so staff are not hurried, but still warned before they close. */
  staffQuietMs: number;
}

/** WCAG 2.2.1 Timing Adjustable: the warning gives at least 20 seconds to answer. */
export const MIN_WARNING_MS = 20_000;
/** The finish screen stays at least this long before it asks (a patient may be scanning the QR code). */
export const MIN_FINISH_QUIET_MS = 90_000;
/** Staff mode closes itself after this much quiet (plus the warning), so a patient never finds it open. */
export const STAFF_QUIET_MS = 180_000;

export interface IdleSeconds {
  quietSeconds: number;
  warningSeconds: number;
  finishQuietSeconds: number;
}

/** Settings (seconds) to machine config (ms); the warning never drops below the WCAG minimum. */
export function idleConfigFromSettings(idle: IdleSeconds): IdleConfig {
  return {
    quietMs: idle.quietSeconds * 1000,
    warningMs: Math.max(MIN_WARNING_MS, idle.warningSeconds * 1000),
    finishQuietMs: Math.max(MIN_FINISH_QUIET_MS, idle.finishQuietSeconds * 1000),
    staffQuietMs: Math.max(STAFF_QUIET_MS, idle.quietSeconds * 1000),
  };
}

export function policyForScreen(screen: ScreenId, config: IdleConfig): IdlePolicy {
  if (screen === 'attract') return { kind: 'exempt' };
  if (screen === 'finish') return { kind: 'warn', quietMs: config.finishQuietMs, warningMs: config.warningMs };
  if (screen.startsWith('staff')) return { kind: 'warn', quietMs: config.staffQuietMs, warningMs: config.warningMs };
  return { kind: 'warn', quietMs: config.quietMs, warningMs: config.warningMs };
}
