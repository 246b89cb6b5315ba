/** Which pages have a recording, per language and topic: what a clinic still has to record. */
import type { ContentStructure } from '../../core/content/schema';
import { CONTENT } from '../../core/content/structure';
import { LANGUAGE_CODES } from '../../core/languages';
import { expectedFileName, type RecordingName } from '../../core/recordings/naming';

export interface TopicCoverage {
  /** A topic's id, or `short-path` for the short path's key pages (recorded first: every patient hears them). */
  topicId: string;
  recorded: number;
  total: number;
  /** Expected file names of the pages still missing. */
  missing: string[];
}

export interface LanguageCoverage {
  language: string;
  recorded: number;
  total: number;
  topics: TopicCoverage[];
}

/** One entry per language with at least one recording, in the kiosk's language order. */
export function coverageOf(names: readonly RecordingName[], structure: ContentStructure = CONTENT): LanguageCoverage[] {
  const recorded = new Set(names.map((name) => `${name.language}/${name.pageId}`));
  return LANGUAGE_CODES.filter((language) => names.some((name) => name.language === language)).map((language) => {
    const groups = [{ id: 'short-path', pages: structure.shortPath }, ...structure.topics];
    const topics = groups.map((group) => {
      const missing = group.pages.filter((page) => !recorded.has(`${language}/${page.id}`));
      return {
        topicId: group.id,
        recorded: group.pages.length - missing.length,
        total: group.pages.length,
        missing: missing.map((page) => expectedFileName(language, page.id)),
      };
    });
    return {
      language,
      recorded: topics.reduce((sum, topic) => sum + topic.recorded, 0),
      total: topics.reduce((sum, topic) => sum + topic.total, 0),
      topics,
    };
  });
}
