/**
 * Moves between the journey's screens. Within a path, pages and questions
 * replace each other (so Back at the top leaves the path instead of stepping
 * through forty pages of history); entering and leaving a path adds history.
 */
import { useNavigation } from '../../session/navigation';
import { pathParams, type JourneyPath } from './journeyPath';

export function openPath(path: JourneyPath): void {
  useNavigation.getState().go('page', { ...pathParams(path), step: '0' });
}

export function showPage(path: JourneyPath, step: number): void {
  useNavigation.getState().replace('page', { ...pathParams(path), step: String(step) });
}

export function openCheck(path: JourneyPath): void {
  useNavigation.getState().go('check', { ...pathParams(path), index: '0' });
}

export function showQuestion(path: JourneyPath, index: number): void {
  useNavigation.getState().replace('check', { ...pathParams(path), index: String(index) });
}
