import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { createBrowserDataCalls, SETTINGS_STORAGE_KEY, USAGE_STORAGE_KEY } from '../../renderer/host/browserData';

/** A Map-backed Storage, so the browser host's own code runs in Node. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

describe('browser host: settings and usage in localStorage', () => {
  it('saves settings under their key and reads them back on the next load', async () => {
    const storage = memoryStorage();
    await createBrowserDataCalls(storage).updateSettings({ attract: { clinicName: 'Harbour' } });
    expect(JSON.parse(storage.getItem(SETTINGS_STORAGE_KEY) ?? '{}').attract.clinicName).toBe('Harbour');
    expect((await createBrowserDataCalls(storage).getSettings(undefined)).settings.attract.clinicName).toBe('Harbour');
  });

  it('sets a damaged value aside under "<key>.bad-<timestamp>" and runs on defaults with a notice', async () => {
    const storage = memoryStorage({
      [SETTINGS_STORAGE_KEY]: '{"version":1,',
      [USAGE_STORAGE_KEY]: '{"version":1,"days":{}}',
    });
    const view = await createBrowserDataCalls(storage).getSettings(undefined);
    expect(view.settings).toEqual(DEFAULT_SETTINGS);
    expect(view.notice).toMatch(
      /^The saved settings value was damaged \(.+\) and has been set aside as b12kiosk\.settings\.v1\.bad-[\dTZ-]+; the kiosk is running on defaults\.$/,
    );
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
    expect(keys).toEqual([USAGE_STORAGE_KEY, expect.stringMatching(/^b12kiosk\.settings\.v1\.bad-/)]);
    // Usage counts live apart: losing settings never touches them.
    expect(storage.getItem(USAGE_STORAGE_KEY)).toBe('{"version":1,"days":{}}');
  });

  it('counts usage under its own key; a settings change leaves it alone', async () => {
    const storage = memoryStorage();
    const host = createBrowserDataCalls(storage);
    await host.recordUsage({ type: 'session-started' });
    const counted = storage.getItem(USAGE_STORAGE_KEY);
    await host.updateSettings({ readAloud: { enabled: false } });
    expect(storage.getItem(USAGE_STORAGE_KEY)).toBe(counted);
    expect((await host.getUsage({ days: 1 })).totals.sessionsStarted).toBe(1);
    expect((await host.exportUsageCsv(undefined)).csv).toMatch(/,sessions-started,,1\r\n/);
  });

  it('cannot quit or show a save dialog; restart is a reload the UI makes', async () => {
    const host = createBrowserDataCalls(memoryStorage());
    expect(await host.quitKiosk(undefined)).toEqual({ ok: false });
    expect(await host.saveUsageCsv(undefined)).toEqual({ saved: false });
    expect(await host.restartApp(undefined)).toEqual({ ok: true });
  });
});
