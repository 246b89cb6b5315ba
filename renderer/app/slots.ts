import type { ComponentType } from 'react';

/**
 * Extension points, so features plug in without editing each other's files.
 *
 * - GLOBAL_LAYERS render above every screen (idle warning, staff-mode entry, live
 *   regions); each is mounted once for the app's lifetime.
 * - PATIENT_TOOLBAR items render in the toolbar of every patient screen (language,
 *   text size, contrast, listen), in this order.
 */
export const GLOBAL_LAYERS: ComponentType[] = [];

export const PATIENT_TOOLBAR: ComponentType[] = [];
