import { callout, claim, heading, keyPoint, list, picture, text } from '../blocks';
import type { Question, Topic } from '../schema';

export const TREATMENT: Topic = {
  id: 'treatment',
  questions: ['q-tablets-shots'],
  pages: [
    {
      id: 'treat-forms',
      kind: 'explain',
      blocks: [heading(), text(), keyPoint(), picture('tablets-injection')],
      claims: [
        claim(
          'high-dose-tablets',
          'High-dose B12 tablets taken every day work about as well as injections for many people, when taken as advised.',
          ['cochrane-cd004655', 'bmj-2024-q1019', 'aafp-2017'],
        ),
        claim(
          'multivitamin-not-same',
          'Treatment tablets hold far more B12 than a multivitamin; a multivitamin is not a treatment for low B12.',
          ['nih-ods-b12', 'aafp-2017'],
        ),
      ],
    },
    {
      id: 'treat-shots',
      kind: 'explain',
      blocks: [heading(), text(), text('text-2'), picture('shot-schedule')],
      claims: [
        claim(
          'shots-first',
          'Injections are usually used first for pernicious anaemia, severe deficiency, or when nerves are affected; several in the first two weeks, then every 2 to 3 months.',
          ['nice-ng239', 'nhs-b12-anaemia'],
        ),
        claim(
          'lifelong',
          'When the cause cannot be reversed (e.g. pernicious anaemia), treatment is for life and must not stop when you feel better.',
          ['nhs-b12-anaemia', 'nice-ng239'],
        ),
        claim('diet-tablets', 'Low B12 caused by diet is often treated with tablets.', [
          'nhs-b12-anaemia',
          'nice-ng239',
        ]),
      ],
    },
    {
      id: 'treat-expect',
      kind: 'explain',
      blocks: [heading(), text(), picture('calendar-recovery')],
      claims: [
        claim(
          'recovery-time',
          'Symptoms usually improve over weeks to months; follow-up is often at about three months; some nerve damage may not fully recover, more so when found late.',
          ['nice-ng239', 'nhs-b12-anaemia'],
        ),
      ],
    },
    {
      id: 'treat-safety',
      kind: 'explain',
      blocks: [heading(), text(), callout('warning'), picture('medicines')],
      claims: [
        claim('keep-metformin', 'Keep taking metformin while low B12 is treated.', [
          'mhra-metformin-2022',
          'nice-ng239',
        ]),
        claim('no-upper-limit', 'No harm is known from extra B12 in healthy people; no upper limit has been set.', [
          'nih-ods-b12',
        ]),
        claim(
          'folic-acid-masks',
          'Large doses of folic acid can hide B12 anaemia while nerve damage goes on, so every supplement should be mentioned.',
          ['nih-ods-b12', 'nice-ng239'],
        ),
      ],
    },
    {
      id: 'treat-action',
      kind: 'action',
      blocks: [heading(), text(), list(['take', 'check-ups', 'tell', 'ask-first']), picture('clinician-talk')],
      claims: [
        claim(
          'follow-plan',
          'Take B12 as prescribed, go to follow-up visits, and report symptoms that do not improve or get worse.',
          ['nice-ng239'],
        ),
      ],
    },
  ],
};

export const TREATMENT_QUESTIONS: Question[] = [
  {
    id: 'q-tablets-shots',
    choices: [
      { id: 'shots-only', correct: false },
      { id: 'both-work', correct: true },
      { id: 'multivitamin', correct: false },
    ],
  },
];
