import type { ComponentType } from 'react';
import type { IllustrationId } from '../../../core/illustrationIds';
import type { IllustrationProps } from './parts/Frame';
import { B12Foods } from './B12Foods';
import { BalanceWalking } from './BalanceWalking';
import { BigPromises } from './BigPromises';
import { BloodSugar } from './BloodSugar';
import { BloodTest } from './BloodTest';
import { BookVisit } from './BookVisit';
import { CalendarRecovery } from './CalendarRecovery';
import { ClinicianTalk } from './ClinicianTalk';
import { FootCheck } from './FootCheck';
import { FortifiedFoods } from './FortifiedFoods';
import { HandsFeetTingling } from './HandsFeetTingling';
import { LabResults } from './LabResults';
import { LaughingGas } from './LaughingGas';
import { Medicines } from './Medicines';
import { NerveMyelin } from './NerveMyelin';
import { NerveSignal } from './NerveSignal';
import { OlderAdults } from './OlderAdults';
import { QuestionList } from './QuestionList';
import { SameDay } from './SameDay';
import { ShotSchedule } from './ShotSchedule';
import { StomachAbsorption } from './StomachAbsorption';
import { TabletsInjection } from './TabletsInjection';
import { UrgentHelp } from './UrgentHelp';

/** The picture for every illustration id the content may use. */
export const ILLUSTRATIONS: Record<IllustrationId, ComponentType<IllustrationProps>> = {
  'nerve-myelin': NerveMyelin,
  'nerve-signal': NerveSignal,
  'hands-feet-tingling': HandsFeetTingling,
  'b12-foods': B12Foods,
  'fortified-foods': FortifiedFoods,
  'stomach-absorption': StomachAbsorption,
  medicines: Medicines,
  'older-adults': OlderAdults,
  'blood-test': BloodTest,
  'lab-results': LabResults,
  'tablets-injection': TabletsInjection,
  'calendar-recovery': CalendarRecovery,
  'balance-walking': BalanceWalking,
  'foot-check': FootCheck,
  'clinician-talk': ClinicianTalk,
  'urgent-help': UrgentHelp,
  'question-list': QuestionList,
  'laughing-gas': LaughingGas,
  'blood-sugar': BloodSugar,
  'big-promises': BigPromises,
  'same-day': SameDay,
  'book-visit': BookVisit,
  'shot-schedule': ShotSchedule,
};

/**
 * Which pictures flip left–right in right-to-left languages: those whose
 * left-to-right layout stands for movement or time passing (walking, a signal
 * travelling, days going by). The rest keep their layout (e.g. the stomach
 * follows the body's anatomy); none contains text, so either way reads.
 */
export const mirrorInRtl: Record<IllustrationId, boolean> = {
  'nerve-myelin': false,
  'nerve-signal': true,
  'hands-feet-tingling': false,
  'b12-foods': false,
  'fortified-foods': false,
  'stomach-absorption': false,
  medicines: false,
  'older-adults': false,
  'blood-test': false,
  'lab-results': false,
  'tablets-injection': false,
  'calendar-recovery': true,
  'balance-walking': true,
  'foot-check': false,
  'clinician-talk': false,
  'urgent-help': false,
  'question-list': false,
  'laughing-gas': false,
  'blood-sugar': false,
  'big-promises': false,
  'same-day': false,
  'book-visit': false,
  'shot-schedule': true,
};
