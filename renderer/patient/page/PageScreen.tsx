import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT, blockTextKey, pageById, topicTitleKey, type Page, type PageRef } from '../../../core/content';
import { PatientFrame } from '../frame/PatientFrame';
import { useBackAction } from '../frame/useBackAction';
import { useContentText } from '../../platform/i18n/useContentText';
import { isUsablePage } from '../content/contentCheck';
import {
  clampStep,
  entersNewTopic,
  parsePath,
  pathPages,
  pathQuestions,
  type JourneyPath,
} from '../journey/journeyPath';
import { finishPath, openCheck, openLearnMore, showPage } from '../journey/routes';
import { useSwipe } from '../journey/useSwipe';
import { useTextDirection } from '../journey/useTextDirection';
import { useTextSize } from '../display/displayPreferences';
import { useNavigation } from '../../session/navigation';
import { emitPatientEvent } from '../../session/patientEvents';
import { PageBody } from './PageBody';
import { PageHead } from './PageHead';
import { PathMeasurer } from './PathMeasurer';
import { ProgressIndicator } from './ProgressIndicator';
import { nextPosition, partProgress, partsOf, previousPosition } from './pagination';
import './page.css';

/** How many parts each page of the path has, for one layout (path, language, text size). */
function usePathParts(layoutKey: string) {
  const [measured, setMeasured] = useState<{ key: string; parts: number[] }>({ key: layoutKey, parts: [] });
  const parts = measured.key === layoutKey ? measured.parts : [];
  const report = useCallback(
    (step: number, count: number) =>
      setMeasured((current) => {
        const base = current.key === layoutKey ? current.parts : [];
        if (base[step] === count) return current;
        const next = [...base];
        next[step] = count;
        return { key: layoutKey, parts: next };
      }),
    [layoutKey],
  );
  return [parts, report] as const;
}

/** One page (or one part of a long page) at a time: words beside or above its picture, progress, Back/Next and swipe. */
export function PageScreen() {
  const { t, i18n } = useTranslation();
  const dir = useTextDirection();
  const textSize = useTextSize();
  const params = useNavigation((s) => s.route.params);
  const leavePath = useBackAction('topics');
  const path = useMemo(
    () => parsePath({ path: params.path ?? '', topic: params.topic ?? '', from: params.from ?? '' }),
    [params.path, params.topic, params.from],
  );
  const pages = useMemo(() => pathPages(path, isUsablePage), [path]);
  const index = clampStep(params.step, pages.length);
  const ref = pages[index];
  const page = ref ? pageById(ref.pageId) : undefined;
  const [parts, reportParts] = usePathParts(`${JSON.stringify(path)}|${i18n.language}|${textSize}`);
  const part = Math.min(clampStep(params.part, 1_000), partsOf(parts, index) - 1);
  useJourneyEvents(pages, index);

  const hasQuestions = pathQuestions(path).length > 0;
  const next = () => {
    const to = nextPosition(parts, pages.length, { step: index, part });
    if (to) showPage(path, to.step, to.part);
    else if (hasQuestions) openCheck(path);
    else finishPath(path);
  };
  const previous = () => {
    const to = previousPosition(parts, { step: index, part });
    if (to) showPage(path, to.step, to.part);
    else leavePath();
  };
  const swipe = useSwipe(dir, (intent) => (intent === 'next' ? next() : previous()));
  const headingsFor = useHeadings(path);
  const reportCurrent = useCallback((count: number) => reportParts(index, count), [reportParts, index]);

  if (!ref || !page) {
    return (
      <PatientFrame title={t('errors.screenUnavailable')}>
        <p className="lead">{t('errors.startAgainHint')}</p>
      </PatientFrame>
    );
  }

  const { eyebrow, title, after } = headingsFor(ref, index);
  const isEnd = nextPosition(parts, pages.length, { step: index, part }) === null;
  const progress = partProgress(parts, pages.length, { step: index, part });
  return (
    <PatientFrame
      title={title}
      eyebrow={
        <PageHead
          where={eyebrow}
          progress={<ProgressIndicator progress={{ ...progress, fraction: progress.step / progress.total }} />}
        />
      }
      contentKey={`${page.id}:${part}`}
      className="page-screen"
      paged
      onBack={previous}
      forward={{ onClick: next, label: isEnd && hasQuestions ? t('journey.page.checkNext') : undefined }}
    >
      <PageBody
        key={`${page.id}|${i18n.language}|${textSize}`}
        page={page}
        part={part}
        dir={dir}
        onParts={reportCurrent}
        after={after}
        swipe={swipe}
      />
      <PathMeasurer
        key={`${i18n.language}|${textSize}`}
        pages={pages}
        dir={dir}
        headingsFor={headingsFor}
        progress={<ProgressIndicator progress={{ step: 1, total: 1, fraction: 1 }} />}
        onParts={reportParts}
      />
    </PatientFrame>
  );
}

/** The title, the line above it and the controls under the words, for any page of the path (the measurer needs them too). */
function useHeadings(forPath: JourneyPath) {
  const { t } = useTranslation();
  const text = useContentText();
  return useCallback(
    (pageRef: PageRef, step = 0) => {
      const shown = pageById(pageRef.pageId);
      const topicTitle = text(topicTitleKey(pageRef.topicId));
      return {
        title: shown ? headingOf(shown, text) : '',
        eyebrow: (
          <>
            {shown?.tier && shown.tier !== 'all' ? (
              <span className={`tier-badge tier-badge--${shown.tier}`}>{t(`journey.page.tier.${shown.tier}`)}</span>
            ) : null}
            <span>
              {forPath.kind === 'guided'
                ? topicTitle
                : t('journey.page.topicOf', {
                    index: CONTENT.topics.findIndex((topic) => topic.id === pageRef.topicId) + 1,
                    count: CONTENT.topics.length,
                    title: topicTitle,
                  })}
            </span>
          </>
        ),
        after:
          shown?.kind === 'key' ? (
            <button
              type="button"
              className="button page-body__learn-more"
              onClick={() => openLearnMore(pageRef.topicId, step)}
            >
              {t('journey.page.learnMore', { title: topicTitle })}
            </button>
          ) : undefined,
      };
    },
    [forPath, t, text],
  );
}

function headingOf(page: Page, text: (key: string) => string): string {
  const heading = page.blocks.find((block) => block.type === 'heading');
  return heading ? text(blockTextKey(page.id, heading)) : '';
}

/** Usage counts: a topic is opened when a path walks into it; every page reached is counted. */
function useJourneyEvents(pages: readonly PageRef[], index: number): void {
  const lastIndex = useRef<number | null>(null);
  const ref = pages[index];
  useEffect(() => {
    if (!ref) return;
    const movingForward = lastIndex.current === null || index > lastIndex.current;
    if (movingForward && entersNewTopic(pages, index)) emitPatientEvent({ type: 'topic-opened', topicId: ref.topicId });
    if (lastIndex.current !== index) emitPatientEvent({ type: 'page-reached', pageId: ref.pageId });
    lastIndex.current = index;
  }, [ref, pages, index]);
}
