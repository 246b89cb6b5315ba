import { DEFAULT_LANGUAGE, LANGUAGE_CODES } from '../languages';
import type { Settings } from './schema';

/**
 * The settings' version, limits and defaults as plain data (no zod), so the
 * renderer's start-up reads them without loading the validator; schema.ts
 * re-exports all of them and holds the schema they are checked against.
 */
export const SETTINGS_VERSION = 2;

export const TEXT_SIZES = ['default', 'large', 'larger', 'largest'] as const;

/** Safe limits: long enough to read a page, short enough that the next patient finds a clean kiosk. */
export const IDLE_LIMITS = {
  quietSeconds: { min: 30, max: 600 },
  warningSeconds: { min: 20, max: 120 },
  /** The finish screen holds the patient's list and QR code: scanning takes time, so it waits longer before asking. */
  finishQuietSeconds: { min: 90, max: 600 },
} as const;

/** Longest texts staff can type (shown as they type). */
export const TEXT_LIMITS = { clinicName: 80, qrHeading: 120, printer: 200 } as const;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  languages: { offered: [...LANGUAGE_CODES], default: DEFAULT_LANGUAGE, reviewedOnly: false },
  idle: { quietSeconds: 90, warningSeconds: 30, finishQuietSeconds: 120 },
  attract: { enabled: true, clinicName: '' },
  display: { defaultTextSize: 'default' },
  readAloud: { enabled: true },
  takeHome: { qrEnabled: true, qrHeadings: {}, printEnabled: false, printer: '' },
  staff: { language: 'system' },
};
