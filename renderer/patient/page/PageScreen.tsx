import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT, blockTextKey, pageById, topicTitleKey, type Block } from '../../../core/content';
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
  progressAt,
  screenAfterCheck,
} from '../journey/journeyPath';
import { openCheck, showPage } from '../journey/routes';
import { useSwipe } from '../journey/useSwipe';
import { useTextDirection } from '../journey/useTextDirection';
import { useNavigation } from '../../session/navigation';
import { emitPatientEvent } from '../../session/patientEvents';
import { BlockView } from './BlockView';
import { ProgressIndicator } from './ProgressIndicator';
import './page.css';

/** One page of a topic at a time: words beside (or above) its picture, progress, Back/Next and swipe. */
export function PageScreen() {
  const { t } = useTranslation();
  const text = useContentText();
  const dir = useTextDirection();
  const params = useNavigation((s) => s.route.params);
  const leavePath = useBackAction('topics');
  const path = useMemo(
    () => parsePath({ path: params.path ?? '', topic: params.topic ?? '' }),
    [params.path, params.topic],
  );
  const pages = useMemo(() => pathPages(path, isUsablePage), [path]);
  const index = clampStep(params.step, pages.length);
  const ref = pages[index];
  const page = ref ? pageById(ref.pageId) : undefined;
  const lastIndex = useRef<number | null>(null);

  useEffect(() => {
    if (!ref) return;
    const movingForward = lastIndex.current === null || index > lastIndex.current;
    if (movingForward && entersNewTopic(pages, index)) emitPatientEvent({ type: 'topic-opened', topicId: ref.topicId });
    emitPatientEvent({ type: 'page-reached', pageId: ref.pageId });
    lastIndex.current = index;
  }, [ref, pages, index]);

  const isLast = index >= pages.length - 1;
  const next = () => {
    if (!isLast) showPage(path, index + 1);
    else if (pathQuestions(path).length > 0) openCheck(path);
    else useNavigation.getState().go(screenAfterCheck(path));
  };
  const previous = () => (index > 0 ? showPage(path, index - 1) : leavePath());
  const swipe = useSwipe(dir, (intent) => (intent === 'next' ? next() : previous()));

  if (!ref || !page) {
    return (
      <PatientFrame title={t('errors.screenUnavailable')}>
        <p className="lead">{t('errors.startAgainHint')}</p>
      </PatientFrame>
    );
  }

  const headingBlock = page.blocks.find((block) => block.type === 'heading');
  const words = page.blocks.filter(
    (block): block is Exclude<Block, { type: 'illustration' }> =>
      block.type !== 'illustration' && block !== headingBlock,
  );
  const pictures = page.blocks.filter((block) => block.type === 'illustration');
  const topicNumber = CONTENT.topics.findIndex((topic) => topic.id === ref.topicId) + 1;

  return (
    <PatientFrame
      title={headingBlock ? text(blockTextKey(page.id, headingBlock)) : ''}
      eyebrow={t('journey.page.topicOf', {
        index: topicNumber,
        count: CONTENT.topics.length,
        title: text(topicTitleKey(ref.topicId)),
      })}
      contentKey={page.id}
      className="page-screen"
      bottomNav={{ onBack: previous, onNext: next, nextLabel: isLast ? t('journey.page.checkNext') : undefined }}
    >
      <ProgressIndicator progress={progressAt(index, pages.length)} />
      <article className="page-body" data-page-id={page.id} {...swipe}>
        <div className="page-body__words">
          {words.map((block) => (
            <BlockView key={block.id} pageId={page.id} block={block} dir={dir} />
          ))}
        </div>
        {pictures.map((block) => (
          <BlockView key={block.illustration} pageId={page.id} block={block} dir={dir} />
        ))}
      </article>
    </PatientFrame>
  );
}
