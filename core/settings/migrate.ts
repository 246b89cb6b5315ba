import { isLanguageCode, DEFAULT_LANGUAGE, type LanguageCode } from '../languages';
import { DEFAULT_SETTINGS, IDLE_LIMITS, SETTINGS_VERSION } from './schema';

export type MigrationResult = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Version 0 (the pilot build) saved a flat object with no version number:
 *   { "languages": ["en", "es"], "defaultLanguage": "es", "idleSeconds": 120, "clinicName": "…" }
 * Anything it did not have takes today's default.
 */
function fromVersion0(raw: Record<string, unknown>): unknown {
  const listed = Array.isArray(raw.languages) ? raw.languages.filter(isLanguageCode) : [];
  const offered: LanguageCode[] = [...new Set(listed)];
  if (offered.length === 0) offered.push(DEFAULT_LANGUAGE);
  const wantedDefault = raw.defaultLanguage;
  const defaultLanguage = isLanguageCode(wantedDefault) && offered.includes(wantedDefault) ? wantedDefault : offered[0];
  const idle =
    typeof raw.idleSeconds === 'number' && Number.isFinite(raw.idleSeconds)
      ? Math.round(raw.idleSeconds)
      : DEFAULT_SETTINGS.idle.quietSeconds;
  const { min, max } = IDLE_LIMITS.quietSeconds;
  return {
    ...structuredClone(DEFAULT_SETTINGS),
    languages: { offered, default: defaultLanguage, reviewedOnly: false },
    idle: { ...DEFAULT_SETTINGS.idle, quietSeconds: Math.min(max, Math.max(min, idle)) },
    attract: {
      ...DEFAULT_SETTINGS.attract,
      clinicName: typeof raw.clinicName === 'string' ? raw.clinicName.slice(0, 80) : '',
    },
  };
}

/** Brings saved settings from any older schema version up to SETTINGS_VERSION. Does not validate the result. */
export function migrateSettings(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, reason: 'the file does not hold a settings object' };
  const data = raw as Record<string, unknown>;
  if (!('version' in data)) return { ok: true, value: fromVersion0(data) };
  if (data.version === SETTINGS_VERSION) return { ok: true, value: data };
  return { ok: false, reason: `unknown settings version ${JSON.stringify(data.version)}` };
}
