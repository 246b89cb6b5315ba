import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { createBrowserDataServices, SETTINGS_STORAGE_KEY, USAGE_STORAGE_KEY } from '../../renderer/host/browserData';
import { asHostApi, createBrowserImplementation } from '../../renderer/host/browserHost';
import { memoryStorage } from './support/memoryStorage';

describe('browser host: settings and usage in localStorage', () => {
  it('saves settings under their key and reads them back on the next load', () => {
    const storage = memoryStorage();
    createBrowserDataServices(storage).settings.updateSettings({ attract: { clinicName: 'Harbour' } });
    expect(JSON.parse(storage.getItem(SETTINGS_STORAGE_KEY) ?? '{}').attract.clinicName).toBe('Harbour');
    expect(createBrowserDataServices(storage).settings.getSettings().settings.attract.clinicName).toBe('Harbour');
  });

  it('sets a damaged value aside under "<key>.bad-<timestamp>" and runs on defaults with a notice', () => {
    const storage = memoryStorage({
      [SETTINGS_STORAGE_KEY]: '{"version":1,',
      [USAGE_STORAGE_KEY]: '{"version":1,"days":{}}',
    });
    const view = createBrowserDataServices(storage).settings.getSettings();
    expect(view.settings).toEqual(DEFAULT_SETTINGS);
    expect(view.notice).toMatch(
      /^The saved settings value was damaged \(.+\) and has been set aside as b12kiosk\.settings\.v1\.bad-[\dTZ-]+; the kiosk is running on defaults\.$/,
    );
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
    expect(keys).toEqual([USAGE_STORAGE_KEY, expect.stringMatching(/^b12kiosk\.settings\.v1\.bad-/)]);
    // Usage counts live apart: losing settings never touches them.
    expect(storage.getItem(USAGE_STORAGE_KEY)).toBe('{"version":1,"days":{}}');
  });

  it('damaged copies never overwrite each other, and only the newest 5 are kept', () => {
    const storage = memoryStorage();
    for (let i = 0; i < 7; i += 1) {
      storage.setItem(SETTINGS_STORAGE_KEY, `{"damaged":${i}`);
      createBrowserDataServices(storage);
    }
    const copies = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter((k) =>
      k.includes('.bad-'),
    );
    expect(copies).toHaveLength(5);
    expect(new Set(copies.map((k) => storage.getItem(k))).size).toBe(5);
  });

  it('counts usage under its own key; a settings change leaves it alone', () => {
    const storage = memoryStorage();
    const { settings, usage } = createBrowserDataServices(storage);
    usage.record({ type: 'session-started' });
    const counted = storage.getItem(USAGE_STORAGE_KEY);
    settings.updateSettings({ readAloud: { enabled: false } });
    expect(storage.getItem(USAGE_STORAGE_KEY)).toBe(counted);
    expect(usage.summary(1).totals.sessionsStarted).toBe(1);
    expect(usage.exportCsv().csv).toMatch(/,sessions-started,,1\r\n/);
  });

  it('says what it can do: no quitting, no save dialog, no silent printing', async () => {
    const host = asHostApi(createBrowserImplementation(memoryStorage()));
    expect((await host.getAppInfo()).capabilities).toEqual({ canQuit: false, canSaveFile: false, canPrint: false });
    expect((await host.getAppInfo()).host).toBe('browser');
  });
});
