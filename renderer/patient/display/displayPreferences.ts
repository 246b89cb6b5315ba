import type { TextSize } from '../../../core/settings/schema';
import { createPatientStore } from '../../session/createPatientStore';
import { useSettings } from '../../settings/settingsStore';

type Theme = 'default' | 'high-contrast';

/** The root font multiplier for each text size (html font-size × --text-scale). */
export const TEXT_SCALE: Readonly<Record<TextSize, number>> = { default: 1, large: 1.2, larger: 1.4, largest: 1.65 };

interface DisplayState {
  /** The patient's choice; null means "the clinic's default" (settings may load after this store). */
  chosenTextSize: TextSize | null;
  theme: Theme;
}

interface DisplayActions {
  chooseTextSize(size: TextSize): void;
  toggleTheme(): void;
}

/** Text size and contrast chosen by this patient: patient state, so the next patient starts from the clinic's defaults. */
export const useDisplayPreferences = createPatientStore<DisplayState, DisplayActions>(
  'display-preferences',
  () => ({ chosenTextSize: null, theme: 'default' }),
  (set) => ({
    chooseTextSize: (size) => set({ chosenTextSize: size }),
    toggleTheme: () => set((state) => ({ theme: state.theme === 'default' ? 'high-contrast' : 'default' })),
  }),
);

/** The text size in force now: the patient's choice, else the staff default. */
export function textSizeInForce(): TextSize {
  return useDisplayPreferences.getState().chosenTextSize ?? useSettings.getState().settings.display.defaultTextSize;
}

/** The text size in force, as a hook that re-renders when either source changes. */
export function useTextSize(): TextSize {
  const chosen = useDisplayPreferences((s) => s.chosenTextSize);
  const staffDefault = useSettings((s) => s.settings.display.defaultTextSize);
  return chosen ?? staffDefault;
}
