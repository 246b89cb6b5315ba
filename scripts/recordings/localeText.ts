/**
 * A language's words for the recording kit, looked up by real i18next from the
 * same locale files the kiosk loads (placeholders filled the same way), with
 * English filling any gap — and every gap recorded, since a voice talent must
 * not read English into a Somali recording without knowing it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { DEFAULT_LANGUAGE } from '../../core/languages';
import type { Translate } from '../../core/recordings/narrationScript';

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../locales');

type Strings = Record<string, unknown>;

function readNamespace(language: string, namespace: 'ui' | 'content', localesDir: string): Strings {
  return JSON.parse(readFileSync(path.join(localesDir, language, `${namespace}.json`), 'utf8')) as Strings;
}

export interface LocaleText {
  translate: Translate;
  /** `namespace:key` of every string that had to come from English. */
  fellBackToEnglish: ReadonlySet<string>;
}

export async function localeText(language: string, localesDir = LOCALES_DIR): Promise<LocaleText> {
  const resources: Record<string, Record<string, Strings>> = {
    [DEFAULT_LANGUAGE]: {
      ui: readNamespace(DEFAULT_LANGUAGE, 'ui', localesDir),
      content: readNamespace(DEFAULT_LANGUAGE, 'content', localesDir),
    },
  };
  resources[language] = {
    ui: readNamespace(language, 'ui', localesDir),
    content: readNamespace(language, 'content', localesDir),
  };
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: ['ui', 'content'],
    resources,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  // The kiosk's typed keys (renderer/i18n/i18next.d.ts) cover `ui` only; the kit looks keys up by computed name.
  type Lookup<R> = (key: string, options: Record<string, unknown>) => R;
  const exists = i18n.exists.bind(i18n) as Lookup<boolean>;
  const lookUp = i18n.t.bind(i18n) as unknown as Lookup<string>;
  const fellBackToEnglish = new Set<string>();
  const translate: Translate = (namespace, key, values) => {
    if (!exists(key, { ns: namespace, lng: language, fallbackLng: [] })) fellBackToEnglish.add(`${namespace}:${key}`);
    return lookUp(key, { ns: namespace, ...values });
  };
  return { translate, fellBackToEnglish };
}
