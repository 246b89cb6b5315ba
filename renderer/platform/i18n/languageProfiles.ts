import { languageProfiles, type LanguageProfile } from '../../../core/i18n/localeMeta';

// Provenance files are a few hundred bytes each: bundled eagerly so the picker and staff see them at once.
const metaFiles = import.meta.glob<unknown>('../../../locales/*/meta.json', { eager: true, import: 'default' });

/** Raw meta.json contents by language code (unvalidated: the core schema checks them). */
export const RAW_META_BY_CODE: Readonly<Record<string, unknown>> = Object.fromEntries(
  Object.entries(metaFiles).map(([path, meta]) => [path.split('/').at(-2) ?? '', meta]),
);

/** Every catalogue language with its font and validated provenance (null meta = treat as unreviewed draft). */
export const LANGUAGE_PROFILES: readonly LanguageProfile[] = languageProfiles(RAW_META_BY_CODE);

export function profileFor(code: string): LanguageProfile | undefined {
  return LANGUAGE_PROFILES.find((profile) => profile.code === code);
}
