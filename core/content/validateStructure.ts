/**
 * The structure's own rules (the words are checked in validate.ts): ids, sources
 * per claim, one heading/text/picture per page, pictures not repeated within a
 * topic or along the short path, every topic ending with what you can do, and the
 * safety net flagged for clinical review wherever it appears.
 */
import type { ContentDiagnostic, DiagnosticCode } from './validate';
import type { ContentStructure, Page, ReviewTargetKind } from './schema';

const error = (code: DiagnosticCode, path: string, message: string): ContentDiagnostic => ({
  severity: 'error',
  code,
  path,
  message,
});
const warning = (code: DiagnosticCode, path: string, message: string): ContentDiagnostic => ({
  severity: 'warning',
  code,
  path,
  message,
});

export function checkStructure(content: ContentStructure): ContentDiagnostic[] {
  const topicPages = content.topics.flatMap((topic) => topic.pages);
  const pages: Page[] = [...content.shortPath, ...topicPages];
  return [
    ...duplicates(
      content.topics.map((t) => t.id),
      'structure.topics',
      'topic',
    ),
    ...duplicates(
      pages.map((p) => p.id),
      'structure.pages',
      'page',
    ),
    ...duplicates(
      content.questions.map((q) => q.id),
      'structure.questions',
      'question',
    ),
    ...duplicates(
      content.sources.map((s) => s.id),
      'structure.sources',
      'source',
    ),
    ...duplicates(
      content.keyMessages.map((m) => m.id),
      'structure.keyMessages',
      'key message',
    ),
    ...duplicates(content.suggestedQuestions, 'structure.suggestedQuestions', 'suggested question'),
    ...duplicates(content.guidedCheck, 'structure.guidedCheck', 'guided-check question'),
    ...duplicates(
      pages.flatMap((p) => p.claims.map((c) => c.id)),
      'structure.claims',
      'claim',
    ),
    ...checkPages(content, pages),
    ...checkTopics(content),
    ...checkShortPath(content),
    ...checkQuestions(content, new Set(pages.map((p) => p.id))),
    ...checkSafetyNet(content, pages),
  ];
}

function checkPages(content: ContentStructure, pages: readonly Page[]): ContentDiagnostic[] {
  const sourceIds = new Set(content.sources.map((s) => s.id));
  const cited = new Set(pages.flatMap((page) => page.claims.flatMap((c) => c.sources)));
  const unused = content.sources
    .filter((source) => !cited.has(source.id))
    .map((source) =>
      warning('unused-source', `structure.sources.${source.id}`, `source "${source.id}" is not cited by any page`),
    );
  return [...pages.flatMap((page) => checkPage(page, sourceIds)), ...unused];
}

function checkPage(page: Page, sourceIds: ReadonlySet<string>): ContentDiagnostic[] {
  const diagnostics: ContentDiagnostic[] = [];
  const path = `structure.pages.${page.id}`;
  const count = (type: Page['blocks'][number]['type']): number => page.blocks.filter((b) => b.type === type).length;

  const headings = count('heading');
  if (headings !== 1) {
    diagnostics.push(
      error('page-without-heading', path, `page "${page.id}" has ${headings} headings; it needs exactly one`),
    );
  } else if (page.blocks[0]?.type !== 'heading') {
    diagnostics.push(warning('heading-not-first', path, `page "${page.id}" should start with its heading`));
  }
  if (count('text') < 1) diagnostics.push(error('page-without-text', path, `page "${page.id}" has no text block`));
  const illustrations = count('illustration');
  if (illustrations !== 1) {
    diagnostics.push(
      error(
        'page-illustration-count',
        path,
        `page "${page.id}" has ${illustrations} illustrations; it needs exactly one`,
      ),
    );
  }
  diagnostics.push(
    ...duplicates(
      page.blocks.flatMap((b) => ('id' in b ? [b.id] : [])),
      `${path}.blocks`,
      'block',
    ),
  );
  for (const block of page.blocks) {
    if (block.type === 'list') diagnostics.push(...duplicates(block.items, `${path}.${block.id}`, 'list item'));
  }
  for (const claim of page.claims) {
    const claimPath = `${path}.claims.${claim.id}`;
    diagnostics.push(...duplicates(claim.sources, `${claimPath}.sources`, 'source reference'));
    for (const sourceId of claim.sources) {
      if (!sourceIds.has(sourceId)) {
        diagnostics.push(
          error(
            'unknown-source',
            claimPath,
            `claim "${claim.id}" on page "${page.id}" cites unknown source "${sourceId}"`,
          ),
        );
      }
    }
  }
  return diagnostics;
}

/** Pictures repeat at most once per topic and once along the short path (a patient sees them in a row). */
function repeatedPictures(pages: readonly Page[], path: string, where: string): ContentDiagnostic[] {
  const seen = new Map<string, string>();
  const diagnostics: ContentDiagnostic[] = [];
  for (const page of pages) {
    for (const block of page.blocks) {
      if (block.type !== 'illustration') continue;
      const first = seen.get(block.illustration);
      if (first) {
        diagnostics.push(
          error(
            'repeated-illustration',
            path,
            `${where}: picture "${block.illustration}" is on "${first}" and again on "${page.id}"`,
          ),
        );
      } else seen.set(block.illustration, page.id);
    }
  }
  return diagnostics;
}

function checkTopics(content: ContentStructure): ContentDiagnostic[] {
  const diagnostics: ContentDiagnostic[] = [];
  for (const topic of content.topics) {
    const path = `structure.topics.${topic.id}`;
    const last = topic.pages.at(-1);
    if (last && last.kind !== 'action') {
      diagnostics.push(
        error(
          'topic-without-action',
          path,
          `topic "${topic.id}" must end with an 'action' page saying what the patient can do (last page is "${last.id}")`,
        ),
      );
    }
    for (const page of topic.pages) {
      if (page.kind === 'key') {
        diagnostics.push(error('misplaced-key-page', path, `key page "${page.id}" belongs on the short path`));
      }
    }
    diagnostics.push(...repeatedPictures(topic.pages, path, `topic "${topic.id}"`));
  }
  return diagnostics;
}

function checkShortPath(content: ContentStructure): ContentDiagnostic[] {
  const topicIds = new Set(content.topics.map((t) => t.id));
  const diagnostics: ContentDiagnostic[] = [];
  for (const page of content.shortPath) {
    if (!topicIds.has(page.learnMore)) {
      diagnostics.push(
        error(
          'unknown-topic',
          `structure.shortPath.${page.id}`,
          `key page "${page.id}" leads to unknown topic "${page.learnMore}"`,
        ),
      );
    }
  }
  const covered = new Set(content.shortPath.map((p) => p.learnMore));
  for (const topic of content.topics) {
    if (!covered.has(topic.id)) {
      diagnostics.push(
        warning('topic-not-on-short-path', `structure.topics.${topic.id}`, `no short-path page leads to "${topic.id}"`),
      );
    }
  }
  return [...diagnostics, ...repeatedPictures(content.shortPath, 'structure.shortPath', 'the short path')];
}

function checkQuestions(content: ContentStructure, pageIds: ReadonlySet<string>): ContentDiagnostic[] {
  const diagnostics: ContentDiagnostic[] = [];
  const questionIds = new Set(content.questions.map((q) => q.id));
  const refs = [
    ...content.topics.flatMap((topic) =>
      topic.questions.map((id) => ({ id, path: `structure.topics.${topic.id}.questions` })),
    ),
    ...content.guidedCheck.map((id) => ({ id, path: 'structure.guidedCheck' })),
  ];
  const asked = new Set(refs.map((ref) => ref.id));
  for (const ref of refs) {
    if (!questionIds.has(ref.id)) {
      diagnostics.push(
        error('unknown-question', ref.path, `question "${ref.id}" is not defined in structure.questions`),
      );
    }
  }
  for (const question of content.questions) {
    const path = `structure.questions.${question.id}`;
    const correct = question.choices.filter((c) => c.correct).length;
    if (correct !== 1) {
      diagnostics.push(
        error(
          'correct-answer-count',
          path,
          `question "${question.id}" has ${correct} correct choices; it needs exactly one`,
        ),
      );
    }
    diagnostics.push(
      ...duplicates(
        question.choices.map((c) => c.id),
        `${path}.choices`,
        'choice',
      ),
    );
    if (question.wrongAnswerPage !== undefined && !pageIds.has(question.wrongAnswerPage)) {
      diagnostics.push(
        error(
          'unknown-page',
          path,
          `question "${question.id}" points wrong answers to unknown page "${question.wrongAnswerPage}"`,
        ),
      );
    }
    if (!asked.has(question.id)) {
      diagnostics.push(
        warning('unused-question', path, `question "${question.id}" is never asked (no topic or guided check uses it)`),
      );
    }
  }
  return diagnostics;
}

/** Every safety-net page, question and key message needs a safety-net review flag; flags must name real things. */
function checkSafetyNet(content: ContentStructure, pages: readonly Page[]): ContentDiagnostic[] {
  const diagnostics: ContentDiagnostic[] = [];
  const flagged = (target: ReviewTargetKind, id: string) =>
    content.reviewFlags.some((flag) => flag.safetyNet && flag.target === target && flag.id === id);
  const requireFlag = (target: ReviewTargetKind, id: string, why: string) => {
    if (!flagged(target, id)) {
      diagnostics.push(
        error(
          'safety-net-not-flagged',
          `structure.reviewFlags`,
          `${target} "${id}" ${why} but has no safety-net review flag`,
        ),
      );
    }
  };
  for (const page of pages) {
    if (page.tier !== undefined) requireFlag('page', page.id, `is safety-net tier "${page.tier}"`);
    else if (page.claims.some((c) => c.status === 'safety-net'))
      requireFlag('page', page.id, 'makes safety-net claims');
  }
  for (const question of content.questions) {
    if (question.tier !== undefined) requireFlag('question', question.id, `teaches safety-net tier "${question.tier}"`);
  }
  for (const message of content.keyMessages) {
    if (message.tier !== undefined) requireFlag('keyMessage', message.id, `is safety-net tier "${message.tier}"`);
  }

  const known: Record<ReviewTargetKind, ReadonlySet<string>> = {
    page: new Set(pages.map((p) => p.id)),
    question: new Set(content.questions.map((q) => q.id)),
    keyMessage: new Set(content.keyMessages.map((m) => m.id)),
  };
  for (const flag of content.reviewFlags) {
    if (!known[flag.target].has(flag.id)) {
      diagnostics.push(
        error(
          'unknown-review-target',
          'structure.reviewFlags',
          `review flag names unknown ${flag.target} "${flag.id}"`,
        ),
      );
    }
  }
  const emergency = content.topics.flatMap((t) => t.pages).find((p) => p.id === content.emergencyPage);
  if (emergency?.tier !== 'emergency') {
    diagnostics.push(
      error(
        'emergency-page',
        'structure.emergencyPage',
        `"Need help now?" must open a topic page of tier "emergency"; "${content.emergencyPage}" is not one`,
      ),
    );
  }
  return diagnostics;
}

function duplicates(ids: readonly string[], path: string, what: string): ContentDiagnostic[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  const diagnostics: ContentDiagnostic[] = [];
  for (const id of ids) {
    if (seen.has(id) && !reported.has(id)) {
      reported.add(id);
      diagnostics.push(error('duplicate-id', path, `${what} id "${id}" is used more than once`));
    }
    seen.add(id);
  }
  return diagnostics;
}
