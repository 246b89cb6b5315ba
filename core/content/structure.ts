/**
 * The explainer, once, for every language: topics in guided-path order, their
 * pages and blocks, the teach-back questions and the clinician questions. The
 * words for each id live in locales/<lang>/content.json (see keys.ts for the
 * key of every piece). Change ids only together with every locale file.
 */
import { callout, heading, keyPoint, list, picture, text } from './blocks';
import type { ContentStructure, Question, Topic } from './schema';
import { SOURCES } from './sources';

const TOPICS: Topic[] = [
  {
    id: 'neuropathy',
    questions: ['q-neuropathy-causes'],
    pages: [
      {
        id: 'neuropathy-nerves',
        kind: 'explain',
        sources: ['nhs-neuropathy'],
        blocks: [heading(), text(), picture('nerve-signal')],
      },
      {
        id: 'neuropathy-what',
        kind: 'explain',
        sources: ['nhs-neuropathy'],
        blocks: [
          heading(),
          text(),
          list(['tingling', 'numbness', 'pain', 'balance', 'weakness']),
          picture('hands-feet-tingling'),
        ],
      },
      {
        id: 'neuropathy-causes',
        kind: 'explain',
        sources: ['nhs-neuropathy', 'nice-ng239'],
        blocks: [heading(), text(), keyPoint(), picture('balance-walking')],
      },
      {
        id: 'neuropathy-action',
        kind: 'action',
        sources: ['nhs-neuropathy', 'nice-ng239'],
        blocks: [heading(), text(), list(['tell', 'when', 'ask-test', 'feet']), picture('clinician-talk')],
      },
    ],
  },
  {
    id: 'b12-and-nerves',
    questions: ['q-b12-role'],
    pages: [
      { id: 'b12-what', kind: 'explain', sources: ['nih-ods-b12'], blocks: [heading(), text(), picture('b12-foods')] },
      {
        id: 'b12-myelin',
        kind: 'explain',
        sources: ['nih-ods-b12', 'aafp-2017'],
        blocks: [heading(), text(), picture('nerve-myelin')],
      },
      {
        id: 'b12-low-harm',
        kind: 'explain',
        sources: ['nice-ng239', 'aafp-2017', 'nhs-b12-anaemia'],
        blocks: [heading(), text(), keyPoint(), picture('hands-feet-tingling')],
      },
      {
        id: 'b12-action',
        kind: 'action',
        sources: ['nice-ng239'],
        blocks: [heading(), text(), list(['tell', 'ask-test', 'vitamins']), picture('question-list')],
      },
    ],
  },
  {
    id: 'who-runs-low',
    questions: ['q-who-low', 'q-metformin'],
    pages: [
      {
        id: 'low-age',
        kind: 'explain',
        sources: ['nhs-b12-anaemia'],
        blocks: [heading(), text(), picture('older-adults')],
      },
      {
        id: 'low-stomach',
        kind: 'explain',
        sources: ['nhs-b12-anaemia', 'nice-ng239'],
        blocks: [
          heading(),
          text(),
          list(['pernicious-anaemia', 'surgery', 'gut-disease']),
          picture('stomach-absorption'),
        ],
      },
      {
        id: 'low-medicines',
        kind: 'explain',
        sources: ['mhra-metformin-2022', 'nih-ods-b12', 'nice-ng239'],
        blocks: [
          heading(),
          text(),
          list(['metformin', 'acid', 'colchicine', 'seizure']),
          callout('warning'),
          picture('medicines'),
        ],
      },
      {
        id: 'low-diet',
        kind: 'explain',
        sources: ['nih-ods-b12', 'nhs-b12-anaemia', 'nice-ng239'],
        blocks: [heading(), text(), text('text-2'), picture('fortified-foods')],
      },
      {
        id: 'low-action',
        kind: 'action',
        sources: ['nice-ng239', 'mhra-metformin-2022'],
        blocks: [heading(), text(), list(['ask-test', 'medicine-list', 'keep-taking']), picture('question-list')],
      },
    ],
  },
  {
    id: 'signs',
    questions: ['q-signs-test'],
    pages: [
      {
        id: 'signs-body',
        kind: 'explain',
        sources: ['nhs-b12-anaemia', 'medlineplus-b12-anaemia', 'nice-ng239'],
        blocks: [
          heading(),
          text(),
          list(['tired', 'pins-needles', 'numb', 'balance', 'weakness']),
          picture('hands-feet-tingling'),
        ],
      },
      {
        id: 'signs-other',
        kind: 'explain',
        sources: ['nhs-b12-anaemia', 'medlineplus-b12-anaemia', 'nih-ods-b12'],
        blocks: [
          heading(),
          text(),
          list(['tongue', 'ulcers', 'eyesight', 'mood', 'memory']),
          callout('info'),
          picture('older-adults'),
        ],
      },
      {
        id: 'signs-many-causes',
        kind: 'explain',
        sources: ['nhs-b12-anaemia', 'nice-ng239', 'aafp-2017'],
        blocks: [heading(), text(), keyPoint(), picture('blood-test')],
      },
      {
        id: 'signs-action',
        kind: 'action',
        sources: ['nice-ng239'],
        blocks: [heading(), text(), list(['tell', 'when', 'ask-test', 'list']), picture('question-list')],
      },
    ],
  },
  {
    id: 'testing',
    questions: ['q-test-second'],
    pages: [
      {
        id: 'test-blood',
        kind: 'explain',
        sources: ['medlineplus-b12-test', 'nice-ng239'],
        blocks: [heading(), text(), picture('blood-test')],
      },
      {
        id: 'test-more',
        kind: 'explain',
        sources: ['nice-ng239', 'bmj-2024-q1019', 'medlineplus-b12-test'],
        blocks: [heading(), text(), picture('lab-results')],
      },
      {
        id: 'test-laughing-gas',
        kind: 'explain',
        sources: ['nice-ng239', 'bmj-2024-q1019'],
        blocks: [heading(), text(), keyPoint(), picture('lab-results')],
      },
      {
        id: 'test-other',
        kind: 'explain',
        sources: ['nhs-neuropathy', 'nice-ng239'],
        blocks: [heading(), text(), picture('blood-test')],
      },
      {
        id: 'test-action',
        kind: 'action',
        sources: ['nice-ng239', 'medlineplus-b12-test'],
        blocks: [heading(), text(), list(['ask-test', 'meaning', 'when-ready']), picture('question-list')],
      },
    ],
  },
  {
    id: 'treatment',
    questions: ['q-tablets-shots'],
    pages: [
      {
        id: 'treat-forms',
        kind: 'explain',
        sources: ['cochrane-cd004655', 'bmj-2024-q1019', 'nice-ng239'],
        blocks: [heading(), text(), keyPoint(), picture('tablets-injection')],
      },
      {
        id: 'treat-shots',
        kind: 'explain',
        sources: ['nice-ng239', 'nhs-b12-anaemia'],
        blocks: [heading(), text(), picture('tablets-injection')],
      },
      {
        id: 'treat-expect',
        kind: 'explain',
        sources: ['nice-ng239', 'nhs-b12-anaemia'],
        blocks: [heading(), text(), picture('calendar-recovery')],
      },
      {
        id: 'treat-safety',
        kind: 'explain',
        sources: ['mhra-metformin-2022', 'nih-ods-b12', 'nice-ng239'],
        blocks: [heading(), text(), callout('warning'), picture('medicines')],
      },
      {
        id: 'treat-action',
        kind: 'action',
        sources: ['nice-ng239'],
        blocks: [heading(), text(), list(['take', 'check-ups', 'tell', 'ask-first']), picture('clinician-talk')],
      },
    ],
  },
  {
    id: 'can-b12-help',
    questions: ['q-normal-b12', 'q-who-helped'],
    pages: [
      {
        id: 'helps-if-low',
        kind: 'explain',
        sources: ['nice-ng239', 'aafp-2017', 'nhs-b12-anaemia'],
        blocks: [heading(), text(), keyPoint(), picture('nerve-myelin')],
      },
      {
        id: 'helps-if-normal',
        kind: 'explain',
        sources: ['cochrane-cd004573'],
        blocks: [heading(), text(), picture('nerve-signal')],
      },
      {
        id: 'helps-research',
        kind: 'explain',
        sources: ['cochrane-cd004573', 'nih-ods-b12'],
        blocks: [heading(), text(), picture('lab-results')],
      },
      {
        id: 'helps-claims',
        kind: 'explain',
        sources: ['nih-ods-b12', 'cochrane-cd004573'],
        blocks: [heading(), text(), keyPoint(), picture('tablets-injection')],
      },
      {
        id: 'helps-action',
        kind: 'action',
        sources: ['nice-ng239'],
        blocks: [heading(), text(), list(['ask-checked', 'ask-causes', 'ask-supplements']), picture('clinician-talk')],
      },
    ],
  },
  {
    id: 'get-help',
    questions: ['q-urgent'],
    pages: [
      {
        id: 'help-soon',
        kind: 'explain',
        sources: ['nhs-neuropathy', 'nice-ng239'],
        blocks: [heading(), text(), list(['numbness', 'balance', 'weakness', 'foot-sore']), picture('foot-check')],
      },
      {
        id: 'help-now',
        kind: 'explain',
        sources: ['nhs-neuropathy'],
        blocks: [heading(), text(), list(['spreading', 'walking', 'fall']), callout('urgent'), picture('urgent-help')],
      },
      {
        id: 'help-action',
        kind: 'action',
        sources: ['nhs-neuropathy'],
        blocks: [
          heading(),
          text(),
          list(['know-signs', 'feet', 'do-not-wait', 'ask-staff']),
          picture('balance-walking'),
        ],
      },
    ],
  },
  {
    id: 'food',
    questions: ['q-food'],
    pages: [
      {
        id: 'food-animal',
        kind: 'explain',
        sources: ['nih-ods-b12'],
        blocks: [heading(), text(), list(['meat', 'fish', 'eggs', 'dairy']), picture('b12-foods')],
      },
      {
        id: 'food-plant',
        kind: 'explain',
        sources: ['nih-ods-b12'],
        blocks: [heading(), text(), list(['cereals', 'plant-milks', 'yeast']), picture('fortified-foods')],
      },
      {
        id: 'food-older',
        kind: 'explain',
        sources: ['nih-ods-b12'],
        blocks: [heading(), text(), picture('older-adults')],
      },
      {
        id: 'food-action',
        kind: 'action',
        sources: ['nih-ods-b12', 'nice-ng239'],
        blocks: [heading(), text(), list(['added-b12', 'tell', 'ask-diet']), picture('question-list')],
      },
    ],
  },
];

/** Choice ids name the answer's idea so translators can see which is which. */
const QUESTIONS: Question[] = [
  {
    id: 'q-neuropathy-causes',
    choices: [
      { id: 'only-b12', correct: false },
      { id: 'many-causes', correct: true },
      { id: 'only-age', correct: false },
    ],
  },
  {
    id: 'q-b12-role',
    choices: [
      { id: 'nerve-coat', correct: true },
      { id: 'blood-sugar', correct: false },
    ],
  },
  {
    id: 'q-who-low',
    choices: [
      { id: 'eats-eggs-milk', correct: false },
      { id: 'older', correct: true },
    ],
  },
  {
    id: 'q-metformin',
    choices: [
      { id: 'stop', correct: false },
      { id: 'keep-and-ask', correct: true },
      { id: 'folic-acid', correct: false },
    ],
  },
  {
    id: 'q-signs-test',
    choices: [
      { id: 'guess', correct: false },
      { id: 'buy-b12', correct: false },
      { id: 'blood-test', correct: true },
    ],
  },
  {
    id: 'q-test-second',
    choices: [
      { id: 'not-clear', correct: true },
      { id: 'everyone', correct: false },
    ],
  },
  {
    id: 'q-tablets-shots',
    choices: [
      { id: 'shots-only', correct: false },
      { id: 'both-work', correct: true },
      { id: 'under-tongue', correct: false },
    ],
  },
  {
    id: 'q-normal-b12',
    choices: [
      { id: 'fixes-damage', correct: false },
      { id: 'probably-not', correct: true },
    ],
  },
  {
    id: 'q-who-helped',
    choices: [
      { id: 'low-b12', correct: true },
      { id: 'everyone', correct: false },
    ],
  },
  {
    id: 'q-urgent',
    choices: [
      { id: 'wait', correct: false },
      { id: 'get-help-now', correct: true },
      { id: 'more-b12', correct: false },
    ],
  },
  {
    id: 'q-food',
    choices: [
      { id: 'apples', correct: false },
      { id: 'eggs-milk', correct: true },
      { id: 'rice', correct: false },
    ],
  },
];

export const CONTENT: ContentStructure = {
  reviewDate: '2026-11-23',
  reviewStatus: 'awaiting-clinical-review',
  reviewFlags: [
    {
      pageId: 'help-soon',
      reason:
        'Safety-net advice: confirm which new or worsening signs should prompt a routine-but-soon visit at this clinic.',
    },
    {
      pageId: 'help-now',
      reason:
        'Urgent safety-net advice (rapidly spreading weakness, sudden difficulty walking, falls) and where to seek urgent care: confirm criteria and local wording.',
    },
    {
      pageId: 'help-action',
      reason: 'Safety-net actions for patients: confirm with the clinical reviewer.',
    },
    {
      pageId: 'test-laughing-gas',
      reason: 'Nitrous oxide and homocysteine testing: confirm local practice and tone.',
    },
  ],
  topics: TOPICS,
  questions: QUESTIONS,
  guidedCheck: ['q-neuropathy-causes', 'q-metformin', 'q-signs-test', 'q-tablets-shots', 'q-normal-b12', 'q-urgent'],
  keyMessages: ['many-causes', 'blood-test', 'treatment-helps', 'normal-b12', 'keep-medicines', 'get-help'],
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
