/**
 * The explainer, once, for every language: the short path, the topics in menu
 * order with their full pages, the teach-back questions and the clinician
 * questions. The words for each id live in locales/<lang>/content.json (see
 * keys.ts for the key of every piece). Change ids only together with every locale file.
 */
import { REVIEW_FLAGS } from './reviewFlags';
import type { ContentStructure } from './schema';
import { SHORT_PATH } from './shortPath';
import { SOURCES } from './sources';
import { B12_AND_NERVES, B12_AND_NERVES_QUESTIONS } from './topics/b12AndNerves';
import { CAN_B12_HELP, CAN_B12_HELP_QUESTIONS } from './topics/canB12Help';
import { FOOD, FOOD_QUESTIONS } from './topics/food';
import { GET_HELP, GET_HELP_QUESTIONS } from './topics/getHelp';
import { NEUROPATHY, NEUROPATHY_QUESTIONS } from './topics/neuropathy';
import { SIGNS, SIGNS_QUESTIONS } from './topics/signs';
import { TESTING, TESTING_QUESTIONS } from './topics/testing';
import { TREATMENT, TREATMENT_QUESTIONS } from './topics/treatment';
import { WHO_RUNS_LOW, WHO_RUNS_LOW_QUESTIONS } from './topics/whoRunsLow';

export const CONTENT: ContentStructure = {
  reviewDate: '2027-06-01',
  reviewStatus: 'awaiting-clinical-review',
  reviewFlags: REVIEW_FLAGS,
  shortPath: SHORT_PATH,
  topics: [NEUROPATHY, B12_AND_NERVES, WHO_RUNS_LOW, SIGNS, TESTING, TREATMENT, CAN_B12_HELP, GET_HELP, FOOD],
  questions: [
    ...NEUROPATHY_QUESTIONS,
    ...B12_AND_NERVES_QUESTIONS,
    ...WHO_RUNS_LOW_QUESTIONS,
    ...SIGNS_QUESTIONS,
    ...TESTING_QUESTIONS,
    ...TREATMENT_QUESTIONS,
    ...CAN_B12_HELP_QUESTIONS,
    ...GET_HELP_QUESTIONS,
    ...FOOD_QUESTIONS,
  ],
  // Three actions a patient can take today: get tested, keep taking medicines, and know when to get help.
  guidedCheck: ['q-signs-test', 'q-metformin', 'q-urgent'],
  emergencyPage: 'help-emergency',
  keyMessages: [
    { id: 'many-causes' },
    { id: 'blood-test' },
    { id: 'treatment-helps' },
    { id: 'normal-b12' },
    { id: 'keep-medicines' },
    { id: 'get-help', tier: 'emergency' },
  ],
  suggestedQuestions: [
    'check-b12',
    'medicines',
    'tablets-or-shots',
    'other-causes',
    'result-meaning',
    'how-long',
    'supplements',
    'diet',
    'feet',
    'warning-signs',
    'follow-up',
  ],
  sources: SOURCES,
};
