import type { ComponentType } from 'react';
import { ContentCheckLayer } from '../patient/content/ContentCheckLayer';
import { IdleLayer } from '../idle/IdleLayer';
import { LanguageControl } from '../patient/frame/LanguageControl';
import { StaffEntryLayer } from '../staff/entry/StaffEntryLayer';
import { ScreenChangeLayer } from '../platform/a11y/ScreenChangeLayer';
import { DisplayLayer } from '../patient/display/DisplayLayer';
import { TextSizeControl } from '../patient/frame/TextSizeControl';
import { ListenControl } from '../speech/ListenControl';

/**
 * Extension points, so features plug in without editing each other's files.
 *
 * - GLOBAL_LAYERS render above every screen (idle warning, staff-mode entry, live
 *   regions); each is mounted once for the app's lifetime.
 * - PATIENT_TOOLBAR items render in the toolbar of every patient screen (language,
 *   text size, contrast, listen), in this order.
 */
export const GLOBAL_LAYERS: ComponentType[] = [
  IdleLayer,
  ContentCheckLayer,
  StaffEntryLayer,
  DisplayLayer,
  ScreenChangeLayer,
];

export const PATIENT_TOOLBAR: ComponentType[] = [ListenControl, LanguageControl, TextSizeControl];
