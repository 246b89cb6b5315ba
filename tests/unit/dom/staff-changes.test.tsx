import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import type { SettingsPatch } from '../../../core/settings/patch';
import { initI18n } from '../../../renderer/platform/i18n/i18n';
import { registeredPatientStores } from '../../../renderer/session/resetRegistry';
import { useSettings } from '../../../renderer/settings/settingsStore';

// The host's answer is what applies: refuse (a locked path) or accept and echo the new settings.
const updateSettings = vi.fn();
vi.mock('../../../renderer/host', () => ({ getHost: () => ({ updateSettings }) }));
const { ChangeBar } = await import('../../../renderer/staff/screen/ChangeBar');
const { useSaveSettings } = await import('../../../renderer/staff/screen/useSaveSettings');
const { useStaffChanges } = await import('../../../renderer/staff/screen/staffChanges');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function acceptAll(): void {
  updateSettings.mockImplementation(async (patch: SettingsPatch) => {
    const { settings } = useSettings.getState();
    const next = { ...settings, display: { ...settings.display, ...patch.display } };
    return { settings: next, lockedPaths: [], notice: null };
  });
}

let root: Root | undefined;
beforeAll(async () => {
  await initI18n();
});
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
  updateSettings.mockReset();
  useSettings.getState().applySettings(DEFAULT_SETTINGS, [], null);
  registeredPatientStores().get('staffChanges')?.reset();
});

function BiggerText() {
  const save = useSaveSettings();
  return (
    <button type="button" onClick={() => void save({ display: { defaultTextSize: 'larger' } }, 'Text size: Larger')}>
      Larger
    </button>
  );
}

function renderBar(): void {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <>
        <ChangeBar />
        <BiggerText />
      </>,
    ),
  );
}

const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name);
const status = () => document.querySelector('[role="status"]')?.textContent;
const click = async (name: string) => {
  const target = button(name);
  if (!target) throw new Error(`no ${name} button`);
  await act(async () => target.click());
};

describe('the "what changed" bar', () => {
  it('says each change is saved at once until the first save, then what changed, with Undo', async () => {
    acceptAll();
    renderBar();
    expect(status()).toBe('Each change is saved as soon as you touch it.');
    expect(button('Undo')).toBeUndefined();
    await click('Larger');
    expect(useSettings.getState().settings.display.defaultTextSize).toBe('larger');
    expect(status()).toBe('Saved: Text size: Larger');
    expect(button('Undo')).toBeDefined();
  });

  it('Undo saves the previous value through the host, then offers nothing more', async () => {
    acceptAll();
    renderBar();
    await click('Larger');
    await click('Undo');
    expect(updateSettings).toHaveBeenLastCalledWith({ display: { defaultTextSize: 'default' } });
    expect(useSettings.getState().settings.display.defaultTextSize).toBe('default');
    expect(status()).toBe('Undone: Text size: Larger');
    expect(button('Undo')).toBeUndefined();
  });

  it('a refused save says why and changes nothing; the last good change can still be undone', async () => {
    acceptAll();
    renderBar();
    await click('Larger');
    updateSettings.mockRejectedValueOnce(new Error('Set by the clinic policy'));
    await click('Larger');
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('Set by the clinic policy');
    expect(status()).toBe('Saved: Text size: Larger');
    expect(button('Undo')).toBeDefined();
  });

  it('the session reset (leaving staff mode, the idle reset) forgets the change: no one undoes another’s', async () => {
    acceptAll();
    renderBar();
    await click('Larger');
    act(() => registeredPatientStores().get('staffChanges')?.reset());
    expect(useStaffChanges.getState().last).toBeNull();
    expect(button('Undo')).toBeUndefined();
  });
});
