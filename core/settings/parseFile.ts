import type { z } from 'zod';
import { migrateSettings } from './migrate';
import { SettingsSchema, type Settings } from './schema';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return `invalid value${where}: ${issue?.message ?? 'rejected'}`;
}

function parseJson(text: string): ParseResult<unknown> {
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'the file is not valid JSON (truncated or damaged)' };
  }
}

/** Saved settings text → current-version settings, or why not (empty, damaged, wrong types, unknown version). */
export function parseSettingsFile(text: string): ParseResult<Settings> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const migrated = migrateSettings(json.value);
  if (!migrated.ok) return migrated;
  const parsed = SettingsSchema.safeParse(migrated.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: describeIssue(parsed.error) };
}

/** The text written to disk / localStorage: stable, readable, newline-terminated. */
export function serializeSettings(settings: Settings): string {
  return `${JSON.stringify(SettingsSchema.parse(settings), null, 2)}\n`;
}
