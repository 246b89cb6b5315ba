/**
 * Moves between the journey's screens. Within a path, pages and questions
 * replace each other (so Back at the top leaves the path instead of stepping
 * through forty pages of history); entering and leaving a path adds history.
 */
import { emergencyPageRef, topicOfPage, topicPages } from '../../../core/content';
import { useNavigation } from '../../session/navigation';
import { GUIDED, pathParams, screenAfterCheck, type JourneyPath } from './journeyPath';

/** Enters a path at its first page (adds history). */
export function openPath(path: JourneyPath): void {
  useNavigation.getState().go('page', { ...pathParams(path), step: '0' });
}

export function showPage(path: JourneyPath, step: number, part = 0): void {
  useNavigation.getState().replace('page', { ...pathParams(path), step: String(step), part: String(part) });
}

/** "Learn more" on a short-path page: that topic's full pages, then back to this step. */
export function openLearnMore(topicId: string, fromStep: number): void {
  openPath({ kind: 'topic', topicId, returnTo: fromStep });
}

/** What comes after a path's last page and questions (see screenAfterCheck). */
export function finishPath(path: JourneyPath): void {
  const navigation = useNavigation.getState();
  const after = screenAfterCheck(path);
  if (after === 'topics') navigation.home();
  else if (after === 'questions') navigation.go('questions');
  else if (path.kind === 'topic' && path.returnTo !== undefined) {
    const step = String(path.returnTo);
    const returned = navigation.backTo((route) => route.screen === 'page' && route.params.path === 'guided');
    if (!returned) navigation.replace('page', { ...pathParams(GUIDED), step, part: '0' });
  }
}

/** Enters the path's teach-back check at its first question (adds history). */
export function openCheck(path: JourneyPath): void {
  useNavigation.getState().go('check', { ...pathParams(path), index: '0' });
}

/** Shows another question of the same check (replaces the route). */
export function showQuestion(path: JourneyPath, index: number): void {
  useNavigation.getState().replace('check', { ...pathParams(path), index: String(index) });
}

/** "I've been called": straight to the finish screen with the patient's list and QR code. */
export function showMyList(): void {
  const { route, go } = useNavigation.getState();
  if (route.screen !== 'finish') go('finish');
}

/** "Need help now?": the emergency tier of the safety net, one tap from anywhere. */
export function openEmergencyHelp(): void {
  const ref = emergencyPageRef();
  if (ref) openTopicPage(ref.pageId);
}

/** Opens a topic's page (e.g. the one a wrong teach-back answer points to), unless it is already on screen. */
export function openTopicPage(pageId: string): void {
  const topic = topicOfPage(pageId);
  if (!topic) return;
  const step = String(
    Math.max(
      0,
      topicPages(topic.id).findIndex((page) => page.pageId === pageId),
    ),
  );
  const { route, go } = useNavigation.getState();
  const already = route.screen === 'page' && route.params.topic === topic.id && route.params.step === step;
  if (!already) go('page', { ...pathParams({ kind: 'topic', topicId: topic.id }), step, part: '0' });
}
