import { claim, heading, keyPoint, list, picture, text } from '../blocks';
import type { Question, Topic } from '../schema';

export const NEUROPATHY: Topic = {
  id: 'neuropathy',
  questions: ['q-neuropathy-causes'],
  pages: [
    {
      id: 'neuropathy-nerves',
      kind: 'explain',
      blocks: [heading(), text(), picture('nerve-signal')],
      claims: [
        claim(
          'nerves-carry-messages',
          'Peripheral nerves carry messages between the brain and spinal cord and the rest of the body.',
          ['nhs-neuropathy'],
        ),
      ],
    },
    {
      id: 'neuropathy-what',
      kind: 'explain',
      blocks: [
        heading(),
        text(),
        list(['tingling', 'numbness', 'pain', 'balance', 'weakness']),
        picture('hands-feet-tingling'),
      ],
      claims: [
        claim(
          'neuropathy-symptoms',
          'Peripheral neuropathy is damage to nerves outside the brain and spinal cord; it causes tingling, numbness, burning or stabbing pain, poor balance and weakness, often in the hands and feet.',
          ['nhs-neuropathy'],
        ),
      ],
    },
    {
      id: 'neuropathy-causes',
      kind: 'explain',
      blocks: [heading(), text(), keyPoint(), picture('blood-sugar')],
      claims: [
        claim('neuropathy-common', 'About 1 in 10 people aged 55 or over in the UK have peripheral neuropathy.', [
          'nhs-neuropathy',
        ]),
        claim('diabetes-commonest', 'Diabetes is the most common cause; low vitamin B12 is one of many other causes.', [
          'nhs-neuropathy',
          'nice-ng239',
        ]),
      ],
    },
    {
      id: 'neuropathy-action',
      kind: 'action',
      blocks: [heading(), text(), list(['tell', 'when', 'ask-test', 'feet']), picture('clinician-talk')],
      claims: [
        claim(
          'see-gp-early',
          'See a doctor about early symptoms of neuropathy; the sooner the cause is found, the better the chance of limiting damage.',
          ['nhs-neuropathy'],
        ),
        claim(
          'test-if-symptoms',
          'A B12 test is considered for people with symptoms of B12 deficiency such as numbness or tingling.',
          ['nice-ng239'],
        ),
        claim(
          'check-feet-daily',
          'People with nerve damage in the feet should check their feet every day and report cuts, sores or colour changes.',
          ['nhs-neuropathy', 'nice-ng19'],
        ),
      ],
    },
  ],
};

/** Choice ids name the answer's idea so translators can see which is which. */
export const NEUROPATHY_QUESTIONS: Question[] = [
  {
    id: 'q-neuropathy-causes',
    choices: [
      { id: 'only-b12', correct: false },
      { id: 'many-causes', correct: true },
      { id: 'only-age', correct: false },
    ],
  },
];
