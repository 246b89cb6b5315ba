import type { ScreenId } from '../screens';

/**
 * How a screen treats a quiet kiosk.
 * - exempt: never warns, never resets (the attract screen is already "reset").
 * - warn: after quietMs of no input, ask "Are you still there?" for warningMs, then reset.
 * - return: go back to the start after afterMs without asking (the finish screen:
 *   the patient has said goodbye, so the next one should not find their summary).
 */
export type IdlePolicy =
  { kind: 'exempt' } | { kind: 'warn'; quietMs: number; warningMs: number } | { kind: 'return'; afterMs: number };

export interface IdleConfig {
  quietMs: number;
  warningMs: number;
  finishReturnMs: number;
  /** Staff screens: longer, so staff are not hurried, but still warned before they close. */
  staffQuietMs: number;
}

/** WCAG 2.2.1 Timing Adjustable: the warning gives at least 20 seconds to answer. */
export const MIN_WARNING_MS = 20_000;
/** Staff mode closes itself after this much quiet (plus the warning), so a patient never finds it open. */
export const STAFF_QUIET_MS = 180_000;

export interface IdleSeconds {
  quietSeconds: number;
  warningSeconds: number;
  finishReturnSeconds: number;
}

/** Settings (seconds) to machine config (ms); the warning never drops below the WCAG minimum. */
export function idleConfigFromSettings(idle: IdleSeconds): IdleConfig {
  return {
    quietMs: idle.quietSeconds * 1000,
    warningMs: Math.max(MIN_WARNING_MS, idle.warningSeconds * 1000),
    finishReturnMs: idle.finishReturnSeconds * 1000,
    staffQuietMs: Math.max(STAFF_QUIET_MS, idle.quietSeconds * 1000),
  };
}

export function policyForScreen(screen: ScreenId, config: IdleConfig): IdlePolicy {
  if (screen === 'attract') return { kind: 'exempt' };
  if (screen === 'finish') return { kind: 'return', afterMs: config.finishReturnMs };
  if (screen.startsWith('staff')) return { kind: 'warn', quietMs: config.staffQuietMs, warningMs: config.warningMs };
  return { kind: 'warn', quietMs: config.quietMs, warningMs: config.warningMs };
}
