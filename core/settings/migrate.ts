import { isLanguageCode, DEFAULT_LANGUAGE, type LanguageCode } from '../languages';
import { DEFAULT_SETTINGS, IDLE_LIMITS, SETTINGS_VERSION } from './schema';

export type MigrationResult = { ok: true; value: unknown } | { ok: false; reason: string };

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 1 shipped this English text as the QR heading's default, so it was shown in every language. */
const VERSION_1_DEFAULT_QR_HEADING = 'My questions for my clinician';

/**
 * Version 0 (the pilot build) saved a flat object with no version number:
 *   { "languages": ["en", "es"], "defaultLanguage": "es", "idleSeconds": 120, "clinicName": "…" }
 * Anything it did not have takes today's default.
 */
function fromVersion0(raw: Plain): unknown {
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

/** v1 "return to start after N s" on the finish screen becomes "quiet time before the warning", at least 90 s. */
function finishQuietFrom(version1Seconds: unknown): number | undefined {
  if (typeof version1Seconds !== 'number' || !Number.isFinite(version1Seconds)) return undefined;
  const { min, max } = IDLE_LIMITS.finishQuietSeconds;
  return Math.min(max, Math.max(min, Math.round(version1Seconds)));
}

/**
 * v1 had one QR heading for every language. A heading staff really typed is kept for the language the
 * clinic defaults to (the language they most likely typed it in); v1's English default is dropped, so
 * every language shows its own translated heading.
 */
function qrHeadingsFrom(version1Heading: unknown, language: unknown): Plain | undefined {
  if (typeof version1Heading !== 'string') return undefined;
  const heading = version1Heading.trim();
  if (heading === '' || heading === VERSION_1_DEFAULT_QR_HEADING) return {};
  return { [isLanguageCode(language) ? language : DEFAULT_LANGUAGE]: version1Heading };
}

/** Rewrites the v1 keys that changed shape; works on a whole settings file and on a partial policy alike. */
function renameVersion1Keys(data: Plain): Plain {
  const next: Plain = { ...data };
  if (isPlain(data.idle) && 'finishReturnSeconds' in data.idle) {
    const { finishReturnSeconds, ...idle } = data.idle;
    const finishQuietSeconds = finishQuietFrom(finishReturnSeconds);
    next.idle = finishQuietSeconds === undefined ? idle : { ...idle, finishQuietSeconds };
  }
  if (isPlain(data.takeHome) && 'qrHeading' in data.takeHome) {
    const { qrHeading, ...takeHome } = data.takeHome;
    const language = isPlain(data.languages) ? data.languages.default : undefined;
    const qrHeadings = qrHeadingsFrom(qrHeading, language);
    next.takeHome = qrHeadings === undefined ? takeHome : { ...takeHome, qrHeadings };
  }
  return next;
}

/** A whole v1 file: renamed keys, plus the sections v2 added, at their defaults. */
function fromVersion1(data: Plain): unknown {
  const renamed = renameVersion1Keys(data);
  const takeHome = isPlain(renamed.takeHome) ? renamed.takeHome : {};
  return {
    ...renamed,
    version: SETTINGS_VERSION,
    takeHome: { ...DEFAULT_SETTINGS.takeHome, ...takeHome },
    staff: structuredClone(DEFAULT_SETTINGS.staff),
  };
}

const VERSION_0_KEYS = new Set(['languages', 'defaultLanguage', 'idleSeconds', 'clinicName']);

/**
 * Only a file that is recognisably the pilot's is read as version 0: nothing but its four keys,
 * each of its type, and a language list naming at least one language we know. Anything else
 * without a version — `{}`, a later file that lost its version, an unrelated JSON file — is
 * damaged, not silently turned into "English only".
 */
function isVersion0(raw: Plain): boolean {
  const keys = Object.keys(raw);
  if (!keys.every((key) => VERSION_0_KEYS.has(key))) return false;
  if (!Array.isArray(raw.languages) || !raw.languages.some(isLanguageCode)) return false;
  if (!raw.languages.every((code) => typeof code === 'string')) return false;
  if ('defaultLanguage' in raw && typeof raw.defaultLanguage !== 'string') return false;
  if ('idleSeconds' in raw && typeof raw.idleSeconds !== 'number') return false;
  return !('clinicName' in raw) || typeof raw.clinicName === 'string';
}

/** Brings saved settings from any older schema version up to SETTINGS_VERSION. Does not validate the result. */
export function migrateSettings(raw: unknown): MigrationResult {
  if (!isPlain(raw)) return { ok: false, reason: 'the file does not hold a settings object' };
  if (!('version' in raw)) {
    return isVersion0(raw)
      ? { ok: true, value: fromVersion0(raw) }
      : { ok: false, reason: 'the file has no version number and is not a pilot (version 0) settings file' };
  }
  if (raw.version === 1) return { ok: true, value: fromVersion1(raw) };
  if (raw.version === SETTINGS_VERSION) return { ok: true, value: raw };
  return { ok: false, reason: `unknown settings version ${JSON.stringify(raw.version)}` };
}

/**
 * A managed policy written for v1 (stamped `"version": 1`, or unstamped but using v1 keys) keeps working:
 * its renamed keys are rewritten and it is stamped with today's version. Does not validate the result.
 */
export function migratePolicy(raw: unknown): unknown {
  if (!isPlain(raw) || (raw.version !== undefined && raw.version !== 1)) return raw;
  const renamed = renameVersion1Keys(raw);
  return raw.version === 1 ? { ...renamed, version: SETTINGS_VERSION } : renamed;
}
