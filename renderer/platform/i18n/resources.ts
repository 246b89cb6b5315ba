import enUi from '../../../locales/en/ui.json';
import enContent from '../../../locales/en/content.json';

/** English is bundled eagerly: it is the fallback for every other language. */
export const englishResources = { ui: enUi, content: enContent } as const;

export type UiResources = typeof enUi;

type Loader = () => Promise<{ default: Record<string, unknown> }>;
export type LocaleNamespace = 'ui' | 'content';

// Every other locale is its own chunk, fetched (from app:// or the static server) only when chosen.
const loaders: Readonly<Record<LocaleNamespace, Record<string, Loader>>> = {
  ui: import.meta.glob<{ default: Record<string, unknown> }>([
    '../../../locales/*/ui.json',
    '!../../../locales/en/ui.json',
  ]),
  content: import.meta.glob<{ default: Record<string, unknown> }>([
    '../../../locales/*/content.json',
    '!../../../locales/en/content.json',
  ]),
};

/** One namespace of one language, or undefined when that file does not exist (yet). */
export async function loadLocaleNamespace(
  code: string,
  namespace: LocaleNamespace,
): Promise<Record<string, unknown> | undefined> {
  const module = await loaders[namespace][`../../../locales/${code}/${namespace}.json`]?.();
  return module?.default;
}
