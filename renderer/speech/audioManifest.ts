/**
 * Recorded audio a clinic has dropped into `renderer/public/audio/<lang>/<pageId>.mp3`.
 * The build writes `audio/manifest.json` listing them (see scripts/audioManifestPlugin.ts),
 * so the kiosk never probes for files that are not there.
 */
interface AudioManifest {
  files: string[];
}

let loaded: Promise<ReadonlySet<string>> | null = null;

async function fetchManifest(): Promise<ReadonlySet<string>> {
  try {
    const response = await fetch('audio/manifest.json', { cache: 'no-store' });
    if (!response.ok) return new Set();
    const data = (await response.json()) as Partial<AudioManifest>;
    return new Set(
      Array.isArray(data.files) ? data.files.filter((file): file is string => typeof file === 'string') : [],
    );
  } catch {
    // No manifest means no recordings: synthesis still works.
    return new Set();
  }
}

/** The recording's URL for this page in this language, or null. */
export async function recordingFor(language: string, pageId: string): Promise<string | null> {
  loaded ??= fetchManifest();
  const files = await loaded;
  const file = `${language}/${pageId}.mp3`;
  return files.has(file) ? `audio/${file}` : null;
}

/** Reads the manifest early so the Listen button knows about recordings before it is pressed. */
export function preloadAudioManifest(): void {
  loaded ??= fetchManifest();
}

/** Whether the manifest lists any recording for the language (then Listen shows even without a local voice). */
export async function hasRecordingsFor(language: string): Promise<boolean> {
  loaded ??= fetchManifest();
  return [...(await loaded)].some((file) => file.startsWith(`${language}/`));
}
