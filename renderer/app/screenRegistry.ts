import type { ComponentType } from 'react';
import type { ScreenId } from '../../core/screens';
import { AboutScreen } from '../patient/about/AboutScreen';
import { AttractScreen } from '../patient/attract/AttractScreen';
import { CheckScreen } from '../patient/check/CheckScreen';
import { FinishScreen } from '../patient/finish/FinishScreen';
import { LanguageScreen } from '../patient/language/LanguageScreen';
import { PageScreen } from '../patient/page/PageScreen';
import { QuestionsScreen } from '../patient/questions/QuestionsScreen';
import { StaffPinScreen } from '../staff/pin/StaffPinScreen';
import { StaffScreen } from '../staff/screen/StaffScreen';
import { TopicsScreen } from '../patient/topics/TopicsScreen';

/**
 * Which component draws each screen. Features add their screens here; a screen
 * that is not registered yet shows the friendly fallback instead of a blank page.
 */
export const SCREENS: Partial<Record<ScreenId, ComponentType>> = {
  attract: AttractScreen,
  language: LanguageScreen,
  topics: TopicsScreen,
  page: PageScreen,
  check: CheckScreen,
  questions: QuestionsScreen,
  finish: FinishScreen,
  about: AboutScreen,
  'staff-pin': StaffPinScreen,
  staff: StaffScreen,
};
