import { z } from 'zod';
import { SettingsSchema } from './schema';

/** Settings in force (defaults ← saved ← policy), which dotted paths a policy locks, and any staff notice. */
export const SettingsViewSchema = z.strictObject({
  settings: SettingsSchema,
  lockedPaths: z.array(z.string().max(200)).max(100),
  notice: z.string().nullable(),
});
export type SettingsView = z.infer<typeof SettingsViewSchema>;
