import { parseMetaFiles, type MetaByCode } from '../../../core/translationMeta';

/** Every locales/<code>/meta.json, bundled: staff see each translation's status, and "reviewed only" uses it. */
export const TRANSLATION_META: MetaByCode = parseMetaFiles(
  import.meta.glob('../../../locales/*/meta.json', { eager: true }),
);
