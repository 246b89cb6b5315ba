import enUi from '../../locales/en/ui.json';
import enContent from '../../locales/en/content.json';

/** English is bundled eagerly: it is the fallback for every other language. */
export const englishResources = { ui: enUi, content: enContent } as const;

export type UiResources = typeof enUi;

type Loader = () => Promise<{ default: Record<string, unknown> }>;

// Every other locale is its own chunk, fetched (from app:// or the static server) only when chosen.
const uiLoaders = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*/ui.json', '!../../locales/en/ui.json']);
const contentLoaders = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*/content.json', '!../../locales/en/content.json']);

function loaderFor(loaders: Record<string, Loader>, code: string, file: string): Loader | undefined {
  return loaders[`../../locales/${code}/${file}`];
}

export async function loadLocaleResources(code: string): Promise<{ ui?: Record<string, unknown>; content?: Record<string, unknown> }> {
  const [ui, content] = await Promise.all([loaderFor(uiLoaders, code, 'ui.json')?.(), loaderFor(contentLoaders, code, 'content.json')?.()]);
  return { ui: ui?.default, content: content?.default };
}
