import type { SettingsPatch } from '../../../core/settings/patch';
import { createPatientStore } from '../../session/createPatientStore';

/** The last change staff saved: what it was, in words, and the patch that puts it back. */
export interface SavedChange {
  description: string;
  undo: SettingsPatch;
  /** True once it has been undone (the bar then says so, and offers nothing more). */
  undone: boolean;
}

/**
 * What the "what changed" bar shows. A patient store on purpose: leaving staff mode (or the
 * idle reset) forgets it, so the next person in staff mode cannot undo someone else's change.
 */
export const useStaffChanges = createPatientStore<
  { last: SavedChange | null; problem: string | null },
  {
    saved(description: string, undo: SettingsPatch): void;
    /** Rewords the last change (after a change of the staff language, in the new one). */
    reworded(description: string): void;
    undone(): void;
    failed(problem: string): void;
  }
>(
  'staffChanges',
  () => ({ last: null, problem: null }),
  (set, get) => ({
    saved: (description, undo) => set({ last: { description, undo, undone: false }, problem: null }),
    reworded: (description) => {
      const { last } = get();
      if (last) set({ last: { ...last, description } });
    },
    undone: () => {
      const { last } = get();
      if (last) set({ last: { ...last, undone: true }, problem: null });
    },
    failed: (problem) => set({ problem }),
  }),
);
