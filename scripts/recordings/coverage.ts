/** Which pages have a recording, per language and topic: what a clinic still has to record. */
import type { ContentStructure } from '../../core/content/schema';
import { CONTENT } from '../../core/content/structure';
import { LANGUAGE_CODES } from '../../core/languages';
import { expectedFileName, type RecordingName } from '../../core/recordings/naming';

export interface TopicCoverage {
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
    const topics = structure.topics.map((topic) => {
      const missing = topic.pages.filter((page) => !recorded.has(`${language}/${page.id}`));
      return {
        topicId: topic.id,
        recorded: topic.pages.length - missing.length,
        total: topic.pages.length,
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
