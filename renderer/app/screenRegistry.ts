import type { ComponentType } from 'react';
import type { ScreenId } from '../../core/screens';
import { AboutScreen } from '../screens/about/AboutScreen';
import { AttractScreen } from '../screens/attract/AttractScreen';
import { CheckScreen } from '../screens/check/CheckScreen';
import { FinishScreen } from '../screens/finish/FinishScreen';
import { LanguageScreen } from '../screens/language/LanguageScreen';
import { PageScreen } from '../screens/page/PageScreen';
import { QuestionsScreen } from '../screens/questions/QuestionsScreen';
import { StaffPinScreen } from '../screens/staff-pin/StaffPinScreen';
import { StaffScreen } from '../screens/staff/StaffScreen';
import { TopicsScreen } from '../screens/topics/TopicsScreen';

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
