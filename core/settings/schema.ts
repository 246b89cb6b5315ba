import { z } from 'zod';
import { LANGUAGE_CODES, type LanguageCode } from '../languages';
import { IDLE_LIMITS, SETTINGS_VERSION, TEXT_LIMITS, TEXT_SIZES } from './defaults';

// The plain constants live in defaults.ts, which imports no zod, so start-up code can read them cheaply.
export { DEFAULT_SETTINGS, IDLE_LIMITS, SETTINGS_VERSION, TEXT_LIMITS, TEXT_SIZES } from './defaults';

/**
 * The kiosk's settings: one versioned schema with safe limits and defaults.
 * Layered at run time: defaults ← saved settings ← managed policy (wins).
 */

export const LanguageCodeSchema = z.enum(LANGUAGE_CODES as [LanguageCode, ...LanguageCode[]]);

export const TextSizeSchema = z.enum(TEXT_SIZES);
export type TextSize = z.infer<typeof TextSizeSchema>;

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
