import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../session/navigation';
import { useSettings } from '../settings/settingsStore';
import { recordingFor } from './recordings';
import type { ReadingPlan } from './narrator';
import { useVoices } from './useVoices';
import { pickLocalVoice } from './voices';

/** The screens with a Listen control: content pages, the check and the finish screen. */
const READABLE_SCREENS = new Set(['page', 'check', 'finish']);

/** The page id a clinic's recording would be filed under (content pages only: other screens show the patient's own answers). */
function recordingPageId(screen: string): string | null {
  if (screen !== 'page') return null;
  return document.querySelector<HTMLElement>('main [data-page-id]')?.dataset.pageId ?? null;
}

/**
 * How this screen can be read aloud in the current language, or null when it
 * cannot (read-aloud off, not a readable screen, no recording and no local voice):
 * then the control is hidden, never shown broken.
 */
export function useReadAloud(): ReadingPlan | null {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const enabled = useSettings((s) => s.settings.readAloud.enabled);
  const route = useNavigation((s) => s.route);
  const voices = useVoices();
  // The recording found for one route and language; stale as soon as either changes.
  const [found, setFound] = useState<{ key: string; url: string | null } | null>(null);
  const key = `${language} ${JSON.stringify(route)}`;

  useEffect(() => {
    let current = true;
    const pageId = recordingPageId(route.screen);
    if (enabled && pageId) void recordingFor(language, pageId).then((url) => current && setFound({ key, url }));
    return () => {
      current = false;
    };
  }, [enabled, language, route, key]);
  const recording = found?.key === key ? found.url : null;

  if (!enabled || !READABLE_SCREENS.has(route.screen)) return null;
  const voice = pickLocalVoice(voices, language);
  if (recording) return { kind: 'recording', url: recording, fallback: voice };
  return voice ? { kind: 'voice', voice } : null;
}
