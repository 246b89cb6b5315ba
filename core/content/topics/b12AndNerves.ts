import { claim, heading, keyPoint, list, picture, text } from '../blocks';
import type { Question, Topic } from '../schema';

export const B12_AND_NERVES: Topic = {
  id: 'b12-and-nerves',
  questions: ['q-b12-role'],
  pages: [
    {
      id: 'b12-what',
      kind: 'explain',
      blocks: [heading(), text(), picture('b12-foods')],
      claims: [
        claim('b12-needed', 'Vitamin B12 is needed to make healthy red blood cells and DNA; it comes from food.', [
          'nih-ods-b12',
        ]),
      ],
    },
    {
      id: 'b12-myelin',
      kind: 'explain',
      blocks: [heading(), text(), picture('nerve-myelin')],
      claims: [
        claim(
          'b12-myelin',
          'B12 is needed to form myelin, the protective coat around many nerves, and to keep nerves working.',
          ['nih-ods-b12', 'aafp-2017'],
        ),
      ],
    },
    {
      id: 'b12-low-harm',
      kind: 'explain',
      blocks: [heading(), text(), keyPoint(), picture('hands-feet-tingling')],
      claims: [
        claim(
          'low-b12-harms-nerves',
          'Low B12 over time can damage nerves, causing tingling, numbness or poor balance.',
          ['nice-ng239', 'aafp-2017', 'nhs-b12-anaemia'],
        ),
        claim(
          'late-treatment-lasting',
          'Nerve damage is more likely to be permanent when treatment starts late after symptoms begin.',
          ['nhs-b12-anaemia', 'aafp-2017'],
        ),
      ],
    },
    {
      id: 'b12-action',
      kind: 'action',
      blocks: [heading(), text(), list(['tell', 'ask-test', 'vitamins']), picture('question-list')],
      claims: [
        claim(
          'ask-about-testing',
          'People with neurological symptoms such as numbness or tingling may be offered a B12 test, and should say which supplements they take.',
          ['nice-ng239'],
        ),
      ],
    },
  ],
};

export const B12_AND_NERVES_QUESTIONS: Question[] = [
  {
    id: 'q-b12-role',
    choices: [
      { id: 'nerve-coat', correct: true },
      { id: 'blood-sugar', correct: false },
    ],
  },
];
