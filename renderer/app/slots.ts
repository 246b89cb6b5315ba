import type { ComponentType } from 'react';
import { IdleWarning } from '../idle/IdleWarning';
import { LanguageControl } from '../patient/frame/LanguageControl';
import { StaffEntryLayer } from '../staff/entry/StaffEntryLayer';
import { ScreenChangeLayer } from '../platform/a11y/ScreenChangeLayer';
// Here, not in main.tsx: the stylesheets' cascade order is the one the theme overrides were written and tested against.
import '../platform/styles/themes.css';
import { TextSizeControl } from '../patient/frame/TextSizeControl';
import { ListenControl } from '../speech/ListenControl';

// Extension points, so features plug in without editing each other's files.
// (What runs without drawing anything is started by startServices(), not here.)

/** Rendered above every screen (idle warning, staff-mode entry, live regions); each is mounted once for the app's lifetime. */
export const GLOBAL_LAYERS: ComponentType[] = [IdleWarning, StaffEntryLayer, ScreenChangeLayer];

/** Rendered in the toolbar of every patient screen (listen, language, text size and contrast), in this order. */
export const PATIENT_TOOLBAR: ComponentType[] = [ListenControl, LanguageControl, TextSizeControl];
