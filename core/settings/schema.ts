import { z } from 'zod';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, type LanguageCode } from '../languages';

/**
 * The kiosk's settings: one versioned schema with safe limits and defaults.
 * Layered at run time: defaults ← saved settings ← managed policy (wins).
 */
export const SETTINGS_VERSION = 2;

export const LanguageCodeSchema = z.enum(LANGUAGE_CODES as [LanguageCode, ...LanguageCode[]]);

export const TEXT_SIZES = ['default', 'large', 'larger', 'largest'] as const;
export const TextSizeSchema = z.enum(TEXT_SIZES);
export type TextSize = z.infer<typeof TextSizeSchema>;

/** Safe limits: long enough to read a page, short enough that the next patient finds a clean kiosk. */
export const IDLE_LIMITS = {
  quietSeconds: { min: 30, max: 600 },
  warningSeconds: { min: 20, max: 120 },
  /** The finish screen holds the patient's list and QR code: scanning takes time, so it waits longer before asking. */
  finishQuietSeconds: { min: 90, max: 600 },
} as const;

/** Longest texts staff can type (shown as they type). */
export const TEXT_LIMITS = { clinicName: 80, qrHeading: 120, printer: 200 } as const;

export const StaffLanguageSchema = z.union([z.literal('system'), LanguageCodeSchema]);
export type StaffLanguage = z.infer<typeof StaffLanguageSchema>;

export const LanguageSettingsSchema = z
  .strictObject({
    /** Offered languages, in the order the picker shows them; never empty. */
    offered: z
      .array(LanguageCodeSchema)
      .min(1)
      .max(LANGUAGE_CODES.length)
      .refine((codes) => new Set(codes).size === codes.length, 'each language may appear once'),
    default: LanguageCodeSchema,
    /** Offer only translations a qualified medical translator has reviewed. */
    reviewedOnly: z.boolean(),
  })
  .refine((l) => l.offered.includes(l.default), { message: 'the default language must be offered', path: ['default'] });

export const SettingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION),
  languages: LanguageSettingsSchema,
  idle: z.strictObject({
    quietSeconds: z.number().int().min(IDLE_LIMITS.quietSeconds.min).max(IDLE_LIMITS.quietSeconds.max),
    warningSeconds: z.number().int().min(IDLE_LIMITS.warningSeconds.min).max(IDLE_LIMITS.warningSeconds.max),
    finishQuietSeconds: z
      .number()
      .int()
      .min(IDLE_LIMITS.finishQuietSeconds.min)
      .max(IDLE_LIMITS.finishQuietSeconds.max),
  }),
  attract: z.strictObject({ enabled: z.boolean(), clinicName: z.string().max(TEXT_LIMITS.clinicName) }),
  display: z.strictObject({ defaultTextSize: TextSizeSchema }),
  readAloud: z.strictObject({ enabled: z.boolean() }),
  takeHome: z.strictObject({
    qrEnabled: z.boolean(),
    /** Staff's own heading above the QR code and on the printout, per language; a language without one uses its translated default. */
    qrHeadings: z.partialRecord(LanguageCodeSchema, z.string().max(TEXT_LIMITS.qrHeading)),
    /** Print the question list (off by default: not every clinic has a printer by the kiosk). */
    printEnabled: z.boolean(),
    /** The printer's system name; '' means the system's default printer. */
    printer: z.string().max(TEXT_LIMITS.printer),
  }),
  /** Staff mode speaks its own language, apart from the patients' default; 'system' follows the computer's language. */
  staff: z.strictObject({ language: StaffLanguageSchema }),
});

export type Settings = z.infer<typeof SettingsSchema>;

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
