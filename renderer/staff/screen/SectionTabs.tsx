import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_SECTIONS, type StaffSectionId } from './staffSections';

interface SectionTabsProps {
  current: StaffSectionId;
  onChoose(id: StaffSectionId): void;
}

export const tabId = (id: StaffSectionId) => `staff-tab-${id}`;
export const panelId = (id: StaffSectionId) => `staff-panel-${id}`;

/** The section bar: every section one tap away; arrow keys move between tabs as in any tab list. */
export function SectionTabs({ current, onChoose }: SectionTabsProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    const step = keys[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
    const by = horizontal && rtl ? -step : step;
    const at = STAFF_SECTIONS.findIndex((section) => section.id === current);
    const next = STAFF_SECTIONS[(at + by + STAFF_SECTIONS.length) % STAFF_SECTIONS.length];
    if (!next) return;
    onChoose(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(next.id)}`)?.focus();
  };
  return (
    <div ref={list} className="staff-tabs" role="tablist" aria-label={t('staff.sections.label')} onKeyDown={onKeyDown}>
      {STAFF_SECTIONS.map((section) => (
        <button
          key={section.id}
          id={tabId(section.id)}
          type="button"
          role="tab"
          className="staff-tabs__tab"
          aria-selected={section.id === current}
          aria-controls={section.id === current ? panelId(section.id) : undefined}
          tabIndex={section.id === current ? 0 : -1}
          onClick={() => onChoose(section.id)}
        >
          {t(section.labelKey)}
        </button>
      ))}
    </div>
  );
}
