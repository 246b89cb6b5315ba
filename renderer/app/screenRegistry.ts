import type { ComponentType } from 'react';
import type { ScreenId } from '../../core/screens';
import { AttractScreen } from '../patient/attract/AttractScreen';
import { whenIdle } from '../platform/idleTask';
import { lazyScreen, type LazyScreen } from './lazyScreen';
import { createLogger } from '../../core/log/logger';

const log = createLogger('screens');

/** Patient screens after the attract screen, in the order a patient meets them (and they are preloaded). */
const PATIENT: Partial<Record<ScreenId, LazyScreen>> = {
  language: lazyScreen(() => import('../patient/language/LanguageScreen').then((m) => m.LanguageScreen)),
  topics: lazyScreen(() => import('../patient/topics/TopicsScreen').then((m) => m.TopicsScreen)),
  page: lazyScreen(() => import('../patient/page/PageScreen').then((m) => m.PageScreen)),
  check: lazyScreen(() => import('../patient/check/CheckScreen').then((m) => m.CheckScreen)),
  questions: lazyScreen(() => import('../patient/questions/QuestionsScreen').then((m) => m.QuestionsScreen)),
  finish: lazyScreen(() => import('../patient/finish/FinishScreen').then((m) => m.FinishScreen)),
  about: lazyScreen(() => import('../patient/about/AboutScreen').then((m) => m.AboutScreen)),
};

/** Staff screens load only when staff mode opens: patients never pay for them. */
const STAFF: Partial<Record<ScreenId, LazyScreen>> = {
  'staff-pin': lazyScreen(() => import('../staff/pin/StaffPinScreen').then((m) => m.StaffPinScreen)),
  staff: lazyScreen(() => import('../staff/screen/StaffScreen').then((m) => m.StaffScreen)),
};

/**
 * Which component draws each screen. Features add their screens here; a screen
 * that is not registered yet shows the friendly fallback instead of a blank page.
 */
export const SCREENS: Partial<Record<ScreenId, ComponentType>> = {
  attract: AttractScreen,
  ...Object.fromEntries(Object.entries({ ...PATIENT, ...STAFF }).map(([id, lazy]) => [id, lazy.Screen])),
};

/**
 * Fetches the patient screens' chunks one at a time, each when the main thread is
 * idle, so none of it delays the attract screen or a tap.
 */
export function preloadScreens(): void {
  const queue = Object.values(PATIENT);
  const next = () => {
    const screen = queue.shift();
    if (!screen) return;
    whenIdle(() => {
      screen.preload().then(next, (error: unknown) => log.warn('could not preload a screen', error));
    });
  };
  next();
}
