import { describe, expect, it } from 'vitest';
import { CONTENT, guidedPath, topicById } from '../../core/content';
import {
  GUIDED,
  clampStep,
  entersNewTopic,
  parsePath,
  pathPages,
  pathParams,
  pathQuestions,
  progressAt,
  screenAfterCheck,
} from '../../renderer/patient/journey/journeyPath';

describe('journey paths', () => {
  it('the guided path is the short path: one key page per topic, in order', () => {
    const pages = pathPages(GUIDED);
    expect(pages).toEqual(guidedPath());
    expect(pages.length).toBe(CONTENT.shortPath.length);
    expect(pages[0]?.topicId).toBe(CONTENT.topics[0]?.id);
  });

  it('a topic path walks only that topic', () => {
    const topic = topicById('get-help');
    expect(pathPages({ kind: 'topic', topicId: 'get-help' }).map((ref) => ref.pageId)).toEqual(
      topic?.pages.map((page) => page.id),
    );
  });

  it('leaves out pages the content check marked unusable', () => {
    const pages = pathPages(GUIDED, (pageId) => pageId !== 'key-b12');
    expect(pages.map((ref) => ref.pageId)).not.toContain('key-b12');
    expect(pages.length).toBe(guidedPath().length - 1);
  });

  it('the guided check asks the longer question set; a topic asks its own one or two', () => {
    expect(pathQuestions(GUIDED).map((q) => q.id)).toEqual(CONTENT.guidedCheck);
    expect(pathQuestions({ kind: 'topic', topicId: 'who-runs-low' }).map((q) => q.id)).toEqual([
      'q-who-low',
      'q-metformin',
    ]);
  });

  it('after the check, the guided path goes on to the question list and a topic returns to the menu', () => {
    expect(screenAfterCheck(GUIDED)).toBe('questions');
    expect(screenAfterCheck({ kind: 'topic', topicId: 'food' })).toBe('topics');
  });

  it('round-trips through route params, and anything unknown is the guided path', () => {
    const topic = { kind: 'topic', topicId: 'signs' } as const;
    expect(parsePath(pathParams(topic))).toEqual(topic);
    expect(parsePath(pathParams(GUIDED))).toEqual(GUIDED);
    expect(parsePath({ path: 'topic', topic: 'no-such-topic' })).toEqual(GUIDED);
    expect(parsePath({})).toEqual(GUIDED);
  });

  it('clamps steps from params into the path', () => {
    expect(clampStep('2', 5)).toBe(2);
    expect(clampStep('99', 5)).toBe(4);
    expect(clampStep('-3', 5)).toBe(0);
    expect(clampStep('nonsense', 5)).toBe(0);
    expect(clampStep(undefined, 5)).toBe(0);
    expect(clampStep('1', 0)).toBe(0);
  });

  it('reports progress as step n of m, 1-based', () => {
    expect(progressAt(0, 39)).toEqual({ step: 1, total: 39, fraction: 1 / 39 });
    expect(progressAt(38, 39)).toEqual({ step: 39, total: 39, fraction: 1 });
    expect(progressAt(0, 0)).toEqual({ step: 1, total: 1, fraction: 1 });
  });

  it('knows when a page opens a new topic', () => {
    const pages = pathPages({ kind: 'topic', topicId: 'signs' });
    expect(entersNewTopic(pages, 0)).toBe(true);
    expect(entersNewTopic(pages, 1)).toBe(false);
    expect(entersNewTopic(guidedPath(), 1)).toBe(true);
    expect(entersNewTopic(pages, pages.length + 5)).toBe(false);
  });
});
