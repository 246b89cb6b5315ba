import type { ComponentType } from 'react';
import type { ScreenId } from '../../core/screens';
import { AttractScreen } from '../screens/attract/AttractScreen';

/**
 * Which component draws each screen. Features add their screens here; a screen
 * that is not registered yet shows the friendly fallback instead of a blank page.
 */
export const SCREENS: Partial<Record<ScreenId, ComponentType>> = {
  attract: AttractScreen,
};
