/**
 * Where a patient is in the explainer, as plain data: the guided "Start here"
 * path through every topic, or one topic opened from the menu. Pure functions,
 * so the order of pages, the progress figures and what comes after the
 * teach-back are unit-tested without a browser.
 */
import {
  CONTENT,
  guidedCheckQuestions,
  guidedPath,
  topicById,
  topicQuestions,
  type ContentStructure,
  type PageRef,
  type Question,
} from '../../../core/content';
import type { ScreenId } from '../../../core/screens';

/**
 * A topic opened with "Learn more" from the short path remembers the short-path
 * step it came from (`returnTo`), so it ends back there instead of at the menu.
 */
export type JourneyPath =
  { readonly kind: 'guided' } | { readonly kind: 'topic'; readonly topicId: string; readonly returnTo?: number };

/** The guided path ("Start here"). */
export const GUIDED: JourneyPath = { kind: 'guided' };

/** Route params that name a path (navigation params are flat strings). */
export function pathParams(path: JourneyPath): Record<string, string> {
  if (path.kind === 'guided') return { path: 'guided' };
  const params: Record<string, string> = { path: 'topic', topic: path.topicId };
  if (path.returnTo !== undefined) params.from = String(path.returnTo);
  return params;
}

/** Reads a path back from route params; anything unrecognised is the guided path, so a screen never breaks. */
export function parsePath(
  params: Readonly<Record<string, string>>,
  structure: ContentStructure = CONTENT,
): JourneyPath {
  const topicId = params.topic;
  if (params.path !== 'topic' || topicId === undefined || !topicById(topicId, structure)) return GUIDED;
  const from = Number.parseInt(params.from ?? '', 10);
  return Number.isInteger(from) && from >= 0 && from < structure.shortPath.length
    ? { kind: 'topic', topicId, returnTo: from }
    : { kind: 'topic', topicId };
}

/** The pages this path walks, in order, leaving out pages the content check found unusable. */
export function pathPages(
  path: JourneyPath,
  isUsable: (pageId: string) => boolean = () => true,
  structure: ContentStructure = CONTENT,
): PageRef[] {
  const all =
    path.kind === 'guided'
      ? guidedPath(structure)
      : (topicById(path.topicId, structure)?.pages.map((page) => ({ topicId: path.topicId, pageId: page.id })) ?? []);
  return all.filter((ref) => isUsable(ref.pageId));
}

/** The teach-back questions that close this path: the longer check after the guided path, a topic's own 1–2 otherwise. */
export function pathQuestions(path: JourneyPath, structure: ContentStructure = CONTENT): Question[] {
  if (path.kind === 'guided') return guidedCheckQuestions(structure);
  const topic = topicById(path.topicId, structure);
  return topic ? topicQuestions(topic, structure) : [];
}

/**
 * Where the path goes once its check is done: the short path goes on to the question
 * list; a topic opened from the short path returns there; any other topic returns to the menu.
 */
export function screenAfterCheck(path: JourneyPath): ScreenId {
  if (path.kind === 'guided') return 'questions';
  return path.returnTo === undefined ? 'topics' : 'page';
}

/** Clamps a step from route params into the path, so a stale or odd value still shows a real page. */
export function clampStep(raw: string | undefined, length: number): number {
  const step = Number.parseInt(raw ?? '0', 10);
  if (!Number.isFinite(step) || step < 0 || length === 0) return 0;
  return Math.min(step, length - 1);
}

/** How far along a path the patient is. */
export interface Progress {
  /** 1-based, for "Step n of m". */
  readonly step: number;
  readonly total: number;
  /** 0..1, for the bar. */
  readonly fraction: number;
}

/** Progress at a 0-based page index of a path `length` pages long (clamped into the path). */
export function progressAt(index: number, length: number): Progress {
  const total = Math.max(length, 1);
  const step = Math.min(Math.max(index, 0), total - 1) + 1;
  return { step, total, fraction: step / total };
}

/** True when moving to `index` enters a different topic than the page before it (or it is the first page). */
export function entersNewTopic(pages: readonly PageRef[], index: number): boolean {
  const current = pages[index];
  if (!current) return false;
  return index === 0 || pages[index - 1]?.topicId !== current.topicId;
}
