import { z } from 'zod';

/**
 * What a host stores for the staff PIN: a salted slow hash and the attempt state.
 * Only the hosts read it; it never crosses to the renderer.
 */
export const PIN_RECORD_VERSION = 1;

const Base64 = z
  .string()
  .min(16)
  .max(1024)
  .regex(/^[A-Za-z0-9+/]+=*$/);

export const ScryptParamsSchema = z.strictObject({
  algorithm: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 15),
  r: z.number().int().min(1),
  p: z.number().int().min(1),
  keyLength: z.number().int().min(32),
});
export const Pbkdf2ParamsSchema = z.strictObject({
  algorithm: z.literal('pbkdf2-sha256'),
  iterations: z.number().int().min(310_000),
  keyLength: z.number().int().min(32),
});
export const HashParamsSchema = z.discriminatedUnion('algorithm', [ScryptParamsSchema, Pbkdf2ParamsSchema]);
export type HashParams = z.infer<typeof HashParamsSchema>;

export const PinHashSchema = z.strictObject({ params: HashParamsSchema, salt: Base64, hash: Base64 });
export type PinHash = z.infer<typeof PinHashSchema>;

export const PinRecordSchema = z.strictObject({
  version: z.literal(PIN_RECORD_VERSION),
  /** Null until staff set a PIN on first run. */
  pin: PinHashSchema.nullable(),
  failedAttempts: z.number().int().min(0),
  lockedUntil: z.number().int().nullable(),
  lockouts: z.number().int().min(0),
});
export type PinRecord = z.infer<typeof PinRecordSchema>;

export const EMPTY_PIN_RECORD: PinRecord = {
  version: PIN_RECORD_VERSION,
  pin: null,
  failedAttempts: 0,
  lockedUntil: null,
  lockouts: 0,
};
