import { z } from 'zod';
import { LanguageSettingsSchema, SettingsSchema, type Settings } from './schema';

/**
 * Partial settings: what staff send to change a few values, and what a managed
 * policy fixes. Derived from SettingsSchema, so every limit still applies to each
 * value given; the merged result is validated again as a whole (e.g. the default
 * language must be offered). Arrays (the offered languages) are replaced whole.
 */
type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export type SettingsPatch = DeepPartial<Omit<Settings, 'version'>>;
export type Policy = SettingsPatch & { version?: Settings['version'] };

/** Strict deep-partial of an object schema: unknown keys are rejected at every level. */
function deepPartial(shape: z.ZodRawShape): z.ZodObject {
  const entries = Object.entries(shape).map(([key, schema]) => {
    const inner = schema instanceof z.ZodObject ? deepPartial(schema.shape) : schema;
    return [key, z.optional(inner)] as const;
  });
  return z.strictObject(Object.fromEntries(entries));
}

// LanguageSettingsSchema carries a cross-field refinement; its bare shape is used here
// because a patch may change one field at a time. The merge is checked as a whole later.
const { version: _version, ...patchableShape } = {
  ...SettingsSchema.shape,
  languages: z.strictObject(LanguageSettingsSchema.shape),
};
void _version;

export const SettingsPatchSchema = deepPartial(patchableShape) as unknown as z.ZodType<SettingsPatch>;

/** A policy file: the same deep partial, optionally stamped with the schema version it was written for. */
export const PolicySchema = deepPartial({
  ...patchableShape,
  version: SettingsSchema.shape.version,
}) as unknown as z.ZodType<Policy>;
