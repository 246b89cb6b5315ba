import { z } from 'zod';

/**
 * What the PIN calls answer, as schemas: the host contract checks every reply with them, and
 * the types below are inferred from them, so the two can never drift apart.
 */
const LockedUntilSchema = z.number().int().nullable();

export const PinStatusSchema = z.strictObject({
  isSet: z.boolean(),
  /** The stored record is damaged or unreadable after a PIN was set: staff mode stays shut until IT resets it. */
  needsReset: z.boolean(),
  lockedUntil: LockedUntilSchema,
  failedAttempts: z.number().int().nonnegative(),
});
export type PinStatus = z.infer<typeof PinStatusSchema>;

export const VerifyResultSchema = z.strictObject({
  ok: z.boolean(),
  lockedUntil: LockedUntilSchema,
  attemptsLeft: z.number().int().nonnegative(),
  /** A right PIN shorter than today's minimum (set before it rose to 6 digits): staff are asked to change it. */
  changeSuggested: z.boolean().optional(),
});
export type VerifyResult = z.infer<typeof VerifyResultSchema>;

export const SET_PIN_ERRORS = [
  'invalid-format',
  'current-pin-required',
  'wrong-current-pin',
  'locked',
  'needs-reset',
] as const;
export type SetPinError = (typeof SET_PIN_ERRORS)[number];

export const SetPinResultSchema = z.strictObject({ ok: z.boolean(), error: z.enum(SET_PIN_ERRORS).optional() });
export type SetPinResult = z.infer<typeof SetPinResultSchema>;
