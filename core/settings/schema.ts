import { z } from 'zod';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, type LanguageCode } from '../languages';

/**
 * The kiosk's settings: one versioned schema with safe limits and defaults.
 * Layered at run time: defaults ← saved settings ← managed policy (wins).
 */
export const SETTINGS_VERSION = 1;

export const LanguageCodeSchema = z.enum(LANGUAGE_CODES as [LanguageCode, ...LanguageCode[]]);

export const TEXT_SIZES = ['default', 'large', 'larger', 'largest'] as const;
export const TextSizeSchema = z.enum(TEXT_SIZES);
export type TextSize = z.infer<typeof TextSizeSchema>;

/** Safe limits: long enough to read a page, short enough that the next patient finds a clean kiosk. */
export const IDLE_LIMITS = {
  quietSeconds: { min: 30, max: 600 },
  warningSeconds: { min: 20, max: 120 },
  finishReturnSeconds: { min: 10, max: 120 },
} as const;

export const LanguageSettingsSchema = z
  .strictObject({
    /** Offered languages, in the order the picker shows them; never empty. */
    offered: z
      .array(LanguageCodeSchema)
      .min(1)
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
    finishReturnSeconds: z
      .number()
      .int()
      .min(IDLE_LIMITS.finishReturnSeconds.min)
      .max(IDLE_LIMITS.finishReturnSeconds.max),
  }),
  attract: z.strictObject({ enabled: z.boolean(), clinicName: z.string().max(80) }),
  display: z.strictObject({ defaultTextSize: TextSizeSchema }),
  readAloud: z.strictObject({ enabled: z.boolean() }),
  takeHome: z.strictObject({ qrEnabled: z.boolean(), qrHeading: z.string().max(120) }),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  languages: { offered: [...LANGUAGE_CODES], default: DEFAULT_LANGUAGE, reviewedOnly: false },
  idle: { quietSeconds: 90, warningSeconds: 30, finishReturnSeconds: 30 },
  attract: { enabled: true, clinicName: '' },
  display: { defaultTextSize: 'default' },
  readAloud: { enabled: true },
  takeHome: { qrEnabled: true, qrHeading: 'My questions for my clinician' },
};
