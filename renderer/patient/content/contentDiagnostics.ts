import { create } from 'zustand';
import type { ContentDiagnostic } from '../../../core/content';

interface ContentDiagnosticsState {
  byLanguage: Readonly<Record<string, readonly ContentDiagnostic[]>>;
  /** Pages left out of the journey because their English words are missing. */
  skippedPageIds: readonly string[];
  record(language: string, diagnostics: readonly ContentDiagnostic[]): void;
  setSkippedPages(pageIds: readonly string[]): void;
}

/**
 * What the start-up content check found, per language, for the staff screens.
 * Not patient state: ending a session leaves it alone.
 */
export const useContentDiagnostics = create<ContentDiagnosticsState>()((set, get) => ({
  byLanguage: {},
  skippedPageIds: [],
  record: (language, diagnostics) => set({ byLanguage: { ...get().byLanguage, [language]: diagnostics } }),
  setSkippedPages: (pageIds) => set({ skippedPageIds: pageIds }),
}));
