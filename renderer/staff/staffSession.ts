import { createPatientStore } from '../session/createPatientStore';

/**
 * Whether staff have unlocked staff mode with the PIN. A patient store on purpose:
 * the idle reset (or leaving staff mode) clears it, so staff mode locks itself.
 */
export const useStaffSession = createPatientStore<{ unlocked: boolean }, { unlock(): void; lock(): void }>(
  'staffSession',
  () => ({ unlocked: false }),
  (set) => ({ unlock: () => set({ unlocked: true }), lock: () => set({ unlocked: false }) }),
);
