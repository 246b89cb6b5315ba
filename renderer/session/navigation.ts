import type { ScreenId } from '../../core/screens';
import { createPatientStore } from './createPatientStore';

/** Where the patient is: a screen and its parameters. */
export interface Route {
  screen: ScreenId;
  /** Screen-specific parameters (e.g. topic and page ids); plain data only. */
  params: Readonly<Record<string, string>>;
}

interface NavigationState {
  route: Route;
  /** Routes to return to with Back; cleared by Home and by the session reset. */
  history: Route[];
}

interface NavigationActions {
  go(screen: ScreenId, params?: Record<string, string>): void;
  /** Replace the current route without adding to history (e.g. Next within a topic). */
  replace(screen: ScreenId, params?: Record<string, string>): void;
  back(): void;
  /** Back to the most recent route in history that `match` accepts, dropping what came after it (or stay put). */
  backTo(match: (route: Route) => boolean): boolean;
  home(): void;
}

const ATTRACT: Route = { screen: 'attract', params: {} };

/** The patient's route and Back history: patient state, so a new session starts on the attract screen. */
export const useNavigation = createPatientStore<NavigationState, NavigationActions>(
  'navigation',
  () => ({ route: ATTRACT, history: [] }),
  (set, get) => ({
    go: (screen, params = {}) => set({ route: { screen, params }, history: [...get().history, get().route] }),
    replace: (screen, params = {}) => set({ route: { screen, params } }),
    back: () => {
      const history = get().history;
      const previous = history.at(-1);
      if (previous) set({ route: previous, history: history.slice(0, -1) });
    },
    backTo: (match) => {
      const history = get().history;
      const index = history.findLastIndex(match);
      const target = history[index];
      if (!target) return false;
      set({ route: target, history: history.slice(0, index) });
      return true;
    },
    home: () => set({ route: { screen: 'topics', params: {} }, history: [] }),
  }),
);
