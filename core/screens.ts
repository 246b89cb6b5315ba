/**
 * Screen ids: part of the test contract (`<html data-screen>`). Automated checks
 * outside this repo rely on them, so never rename one.
 */
export const SCREEN_IDS = [
  'attract',
  'language',
  'topics',
  'page',
  'check',
  'questions',
  'finish',
  'about',
  'staff-pin',
  'staff',
] as const;

export type ScreenId = (typeof SCREEN_IDS)[number];

/** Screens a patient sees (staff screens are never part of a patient session). */
export const PATIENT_SCREENS: readonly ScreenId[] = SCREEN_IDS.filter((id) => !id.startsWith('staff'));
