import { useCallback } from 'react';
import type { ScreenId } from '../../../core/screens';
import { useNavigation } from '../../session/navigation';

/**
 * Back returns to the previous screen; with nothing to return to (after Home,
 * or straight after a reset) it goes to a sensible parent instead, so the Back
 * button always does something.
 */
export function useBackAction(fallback: ScreenId): () => void {
  return useCallback(() => {
    const { history, back, replace } = useNavigation.getState();
    if (history.length > 0) back();
    else replace(fallback);
  }, [fallback]);
}
