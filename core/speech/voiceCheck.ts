/**
 * What a patient can hear in each language on this kiosk: the renderer finds
 * out (its voices and the recordings manifest), shows staff, and reports the
 * same facts to its host, where main keeps them for the monitoring output.
 */
import { z } from 'zod';
import { LANGUAGE_CODES } from '../languages';
import { LanguageCodeSchema } from '../settings/schema';

/** A voice name as the OS reports it; control characters are never part of one. */
const VoiceNameSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[^\p{Cc}]+$/u);

export const LanguageVoiceFactsSchema = z.strictObject({
  code: LanguageCodeSchema,
  /** Whether staff offer this language to patients. */
  offered: z.boolean(),
  /** Content pages with a clinic recording in this language. */
  recordings: z.number().int().min(0).max(1000),
  /** The local synthetic voice read-aloud would use; absent when there is none. */
  localVoice: VoiceNameSchema.optional(),
});
export type LanguageVoiceFacts = z.infer<typeof LanguageVoiceFactsSchema>;

export const VoiceCheckSchema = z.strictObject({
  /** Staff's read-aloud switch: when off, no language can be heard whatever the voices. */
  enabled: z.boolean(),
  languages: z
    .array(LanguageVoiceFactsSchema)
    .min(1)
    .max(LANGUAGE_CODES.length)
    .refine((rows) => new Set(rows.map((row) => row.code)).size === rows.length, 'each language once'),
});
export type VoiceCheck = z.infer<typeof VoiceCheckSchema>;

export type Hearing =
  | { kind: 'voice'; voice: string; recordings: number }
  | { kind: 'recordings'; recordings: number }
  | { kind: 'nothing' };

/**
 * A local voice reads every screen (recorded pages play their recording);
 * recordings alone cover only the pages recorded; otherwise Listen is hidden.
 */
export function whatPatientHears(facts: Pick<LanguageVoiceFacts, 'recordings' | 'localVoice'>): Hearing {
  if (facts.localVoice) return { kind: 'voice', voice: facts.localVoice, recordings: facts.recordings };
  if (facts.recordings > 0) return { kind: 'recordings', recordings: facts.recordings };
  return { kind: 'nothing' };
}

/** Offered languages in which a patient hears nothing at all (read-aloud off: all of them): what IT needs to act on. */
export function silentOfferedLanguages(check: VoiceCheck): string[] {
  return check.languages
    .filter((row) => row.offered && (!check.enabled || whatPatientHears(row).kind === 'nothing'))
    .map((row) => row.code);
}
