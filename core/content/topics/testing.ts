import { callout, claim, heading, keyPoint, list, picture, text } from '../blocks';
import type { Question, Topic } from '../schema';

export const TESTING: Topic = {
  id: 'testing',
  questions: ['q-test-second'],
  pages: [
    {
      id: 'test-blood',
      kind: 'explain',
      blocks: [heading(), text(), callout('info'), picture('blood-test')],
      claims: [
        claim(
          'blood-test',
          'Low B12 is found with a blood test, usually from the arm; there is more than one kind of B12 test.',
          ['medlineplus-b12-test', 'nice-ng239'],
        ),
        claim(
          'supplements-before-test',
          'B12 supplements and injections can make a B12 test look normal, so tell the doctor or nurse about them before the test.',
          ['nice-ng239'],
        ),
      ],
    },
    {
      id: 'test-more',
      kind: 'explain',
      blocks: [heading(), text(), picture('lab-results')],
      claims: [
        claim('mma-test', 'When a B12 result is unclear, a second test such as methylmalonic acid (MMA) may be used.', [
          'nice-ng239',
          'bmj-2024-q1019',
          'medlineplus-b12-test',
        ]),
      ],
    },
    {
      id: 'test-laughing-gas',
      kind: 'explain',
      blocks: [heading(), text(), keyPoint(), picture('laughing-gas')],
      claims: [
        claim(
          'nitrous-oxide-test',
          'After nitrous oxide use, B12 can look normal while the body is short of it; homocysteine or MMA may be checked.',
          ['nice-ng239', 'bmj-2024-q1019'],
        ),
      ],
    },
    {
      id: 'test-other',
      kind: 'explain',
      blocks: [heading(), text(), picture('blood-sugar')],
      claims: [
        claim(
          'other-checks',
          'Because many things harm nerves, other checks are often done, commonly blood sugar; diabetes is the most common cause of neuropathy.',
          ['nhs-neuropathy', 'nice-ng239'],
        ),
      ],
    },
    {
      id: 'test-action',
      kind: 'action',
      blocks: [heading(), text(), list(['ask-test', 'meaning', 'when-ready']), picture('question-list')],
      claims: [
        claim(
          'ask-test-risk',
          'Ask about a B12 test if you have symptoms and a risk factor; each lab has its own normal range.',
          ['nice-ng239', 'medlineplus-b12-test'],
        ),
      ],
    },
  ],
};

export const TESTING_QUESTIONS: Question[] = [
  {
    id: 'q-test-second',
    choices: [
      { id: 'not-clear', correct: true },
      { id: 'everyone', correct: false },
    ],
  },
];
