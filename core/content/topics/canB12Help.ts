import { claim, heading, keyPoint, list, picture, text } from '../blocks';
import type { Question, Topic } from '../schema';

export const CAN_B12_HELP: Topic = {
  id: 'can-b12-help',
  questions: ['q-normal-b12', 'q-who-helped'],
  pages: [
    {
      id: 'helps-if-low',
      kind: 'explain',
      blocks: [heading(), text(), keyPoint(), picture('nerve-myelin')],
      claims: [
        claim(
          'helps-when-low',
          'When B12 is low, treatment helps most people, and starting early gives nerves the best chance to recover.',
          ['nice-ng239', 'aafp-2017', 'nhs-b12-anaemia'],
        ),
      ],
    },
    {
      id: 'helps-if-normal',
      kind: 'explain',
      blocks: [heading(), text(), picture('lab-results')],
      claims: [
        claim(
          'not-shown-when-normal',
          'Research has not shown that extra B12 (or other B vitamins) helps nerve damage when B12 is normal; the evidence is too thin to say it does.',
          ['cochrane-cd004573'],
        ),
        claim('other-cause-diabetes', 'Nerve damage often has another cause, most commonly diabetes.', [
          'nhs-neuropathy',
        ]),
      ],
    },
    {
      id: 'helps-research',
      kind: 'explain',
      blocks: [heading(), text(), picture('nerve-signal')],
      claims: [
        claim(
          'thin-evidence',
          'There is little good research on B vitamins for nerve damage in general, so no benefit can be promised.',
          ['cochrane-cd004573'],
        ),
      ],
    },
    {
      id: 'helps-claims',
      kind: 'explain',
      blocks: [heading(), text(), keyPoint(), picture('big-promises')],
      claims: [
        claim(
          'no-proof-normal',
          'Claims that B12 boosts energy or memory are not supported for people with normal B12. (Weight-loss claims: awaiting clinical review.)',
          ['nih-ods-b12'],
        ),
      ],
    },
    {
      id: 'helps-action',
      kind: 'action',
      blocks: [heading(), text(), list(['ask-checked', 'ask-causes', 'ask-supplements']), picture('clinician-talk')],
      claims: [
        claim(
          'ask-causes',
          'Ask whether B12 has been checked and what else could cause the nerve problems; discuss supplements first.',
          ['nice-ng239', 'nhs-neuropathy'],
        ),
      ],
    },
  ],
};

export const CAN_B12_HELP_QUESTIONS: Question[] = [
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
];
