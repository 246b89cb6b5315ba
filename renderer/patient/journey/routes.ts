import { useNavigation } from '../../session/navigation';
import { pathParams, type JourneyPath } from './journeyPath';

// Moves between the journey's screens. Within a path, pages and questions
// replace each other (so Back at the top leaves the path instead of stepping
// through forty pages of history); entering and leaving a path adds history.

/** Enters a path at its first page (adds history). */
export function openPath(path: JourneyPath): void {
  useNavigation.getState().go('page', { ...pathParams(path), step: '0' });
}

/** Shows another page of the same path (replaces the route). */
export function showPage(path: JourneyPath, step: number): void {
  useNavigation.getState().replace('page', { ...pathParams(path), step: String(step) });
}

/** Enters the path's teach-back check at its first question (adds history). */
export function openCheck(path: JourneyPath): void {
  useNavigation.getState().go('check', { ...pathParams(path), index: '0' });
}

/** Shows another question of the same check (replaces the route). */
export function showQuestion(path: JourneyPath, index: number): void {
  useNavigation.getState().replace('check', { ...pathParams(path), index: String(index) });
}
