import type { ComponentType } from 'react';
import { IdleWarning } from '../idle/IdleWarning';
import { LanguageControl } from '../patient/frame/LanguageControl';
import { StaffEntryLayer } from '../staff/entry/StaffEntryLayer';
import { ScreenChangeLayer } from '../platform/a11y/ScreenChangeLayer';
// Here, not in main.tsx: the stylesheets' cascade order is the one the theme overrides were written and tested against.
import '../platform/styles/themes.css';
import { TextSizeControl } from '../patient/frame/TextSizeControl';
import { ListenControl } from '../speech/ListenControl';

/**
 * Extension points, so features plug in without editing each other's files.
 * (What runs without drawing anything is started by startServices(), not here.)
 *
 * - GLOBAL_LAYERS render above every screen (idle warning, staff-mode entry, live
 *   regions); each is mounted once for the app's lifetime.
 * - PATIENT_TOOLBAR items render in the toolbar of every patient screen (language,
 *   text size, contrast, listen), in this order.
 */
export const GLOBAL_LAYERS: ComponentType[] = [IdleWarning, StaffEntryLayer, ScreenChangeLayer];

export const PATIENT_TOOLBAR: ComponentType[] = [ListenControl, LanguageControl, TextSizeControl];
