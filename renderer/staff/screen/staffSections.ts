import type { ComponentType } from 'react';
import { AppSection } from './sections/AppSection';
import { DisplayAndSoundSection } from './sections/DisplayAndSoundSection';
import { LanguagesSection } from './sections/LanguagesSection';
import { TakeHomeSection } from './sections/TakeHomeSection';
import { TimingSection } from './sections/TimingSection';
import { UsageSection } from './sections/UsageSection';

export type StaffSectionId = 'languages' | 'timing' | 'display' | 'takeHome' | 'usage' | 'app';

export interface StaffSection {
  id: StaffSectionId;
  /** Its tab's name, a key under staff.sections. */
  labelKey: `staff.sections.${StaffSectionId}`;
  Panel: ComponentType;
}

/** The staff screen's sections, in tab order; a feature adds its section here (e.g. voices). */
export const STAFF_SECTIONS: readonly StaffSection[] = [
  { id: 'languages', labelKey: 'staff.sections.languages', Panel: LanguagesSection },
  { id: 'timing', labelKey: 'staff.sections.timing', Panel: TimingSection },
  { id: 'display', labelKey: 'staff.sections.display', Panel: DisplayAndSoundSection },
  { id: 'takeHome', labelKey: 'staff.sections.takeHome', Panel: TakeHomeSection },
  { id: 'usage', labelKey: 'staff.sections.usage', Panel: UsageSection },
  { id: 'app', labelKey: 'staff.sections.app', Panel: AppSection },
];
