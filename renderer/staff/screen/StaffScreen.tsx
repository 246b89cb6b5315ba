import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../session/navigation';
import { endSession } from '../../session/endSession';
import { useSettings } from '../../settings/settingsStore';
import { useStaffSession } from '../staffSession';
import { ChangeBar } from './ChangeBar';
import { panelId, SectionTabs, tabId } from './SectionTabs';
import { StaffLanguageButton } from './StaffLanguageButton';
import { STAFF_SECTIONS, type StaffSectionId } from './staffSections';
import './staff.css';
import './sections/languages.css';
import './usage/usage.css';

/**
 * Every setting by touch, in sections one tap apart; each change is saved at once, said back
 * in words, and can be undone. Only reachable with the PIN (the screen registry loads it as its own chunk).
 */
export function StaffScreen() {
  const { t } = useTranslation();
  const unlocked = useStaffSession((s) => s.unlocked);
  const notice = useSettings((s) => s.notice);
  const pinChanged = useNavigation((s) => s.route.params.notice === 'pinChanged');
  const [current, setCurrent] = useState<StaffSectionId>(pinChanged ? 'app' : 'languages');

  useEffect(() => {
    if (!unlocked) useNavigation.getState().replace('staff-pin');
  }, [unlocked]);
  if (!unlocked) return null;
  const section = STAFF_SECTIONS.find((s) => s.id === current) ?? STAFF_SECTIONS[0];
  if (!section) return null;
  const { Panel } = section;

  return (
    <main className="screen staff" aria-labelledby="staff-title">
      <header className="staff__header">
        <h1 id="staff-title" className="screen-title">
          {t('staff.title')}
        </h1>
        <div className="staff__header-actions">
          <StaffLanguageButton />
          <button type="button" className="button button--primary" onClick={() => endSession('staff-exit')}>
            {t('staff.actions.leave')}
          </button>
        </div>
      </header>
      <SectionTabs current={current} onChoose={setCurrent} />
      <ChangeBar />
      {notice ? (
        <p className="staff-warning" role="alert">
          {notice}
        </p>
      ) : null}
      {pinChanged ? (
        <p className="staff-note" role="status">
          {t('staff.pin.changed')}
        </p>
      ) : null}
      <div
        key={section.id}
        id={panelId(section.id)}
        className="staff-panel"
        role="tabpanel"
        aria-labelledby={tabId(section.id)}
        // It scrolls on its own when a section is taller than the screen: Tab reaches it, arrows move it.
        tabIndex={0}
      >
        <Panel />
      </div>
    </main>
  );
}
