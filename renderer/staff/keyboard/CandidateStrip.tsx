import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { candidatePage, candidatesFor } from './pinyin';

interface CandidateStripProps {
  table: Readonly<Record<string, string>>;
  spelling: string;
  onPick(candidate: string): void;
}

/** The pinyin typed so far and the characters it can mean, as big buttons, a page at a time. */
export function CandidateStrip({ table, spelling, onPick }: CandidateStripProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState({ spelling, index: 0 });
  const index = page.spelling === spelling ? page.index : 0;
  const all = candidatesFor(table, spelling);
  const { shown, pages } = candidatePage(all, index);
  return (
    <div className="staff-keyboard__candidates" role="group" aria-label={t('staff.keyboard.candidates')}>
      <span className="staff-keyboard__spelling" lang="zh-Latn-pinyin">
        {spelling || t('staff.keyboard.pinyinHint')}
      </span>
      {shown.map((candidate) => (
        <button
          key={candidate}
          type="button"
          className="button staff-keyboard__candidate"
          lang="zh-Hans"
          data-script="han-simplified"
          onClick={() => onPick(candidate)}
        >
          {candidate}
        </button>
      ))}
      {pages > 1 ? (
        <button
          type="button"
          className="button"
          aria-label={t('staff.keyboard.moreCandidates')}
          onClick={() => setPage({ spelling, index: (index + 1) % pages })}
        >
          ›
        </button>
      ) : null}
    </div>
  );
}
