import type { ComponentType } from 'react';
import { IdleWarning } from '../idle/IdleWarning';
import { StaffEntryLayer } from '../staff/entry/StaffEntryLayer';
import { ScreenChangeLayer } from '../platform/a11y/ScreenChangeLayer';
// Here, not in main.tsx: the stylesheets' cascade order is the one the theme overrides were written and tested against.
import '../platform/styles/themes.css';

/**
 * GLOBAL_LAYERS render above every screen (idle warning, staff-mode entry, live
 * regions); each is mounted once for the app's lifetime. Apart from slots.ts so
 * that the start-up chunk does not carry the patient toolbar's controls.
 */
export const GLOBAL_LAYERS: ComponentType[] = [IdleWarning, StaffEntryLayer, ScreenChangeLayer];
