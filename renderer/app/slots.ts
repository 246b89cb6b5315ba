import type { ComponentType } from 'react';
import { LanguageControl } from '../patient/frame/LanguageControl';
import { TextSizeControl } from '../patient/frame/TextSizeControl';
import { ListenControl } from '../speech/ListenControl';

/**
 * Extension points, so features plug in without editing each other's files.
 * (What runs without drawing anything is started by startServices(), not here.)
 *
 * - GLOBAL_LAYERS (layers.ts) render above every screen.
 * - PATIENT_TOOLBAR items render in the toolbar of every patient screen (language,
 *   text size, contrast, listen), in this order.
 */
export { GLOBAL_LAYERS } from './layers';

export const PATIENT_TOOLBAR: ComponentType[] = [ListenControl, LanguageControl, TextSizeControl];
