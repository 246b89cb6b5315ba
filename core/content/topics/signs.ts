import { callout, claim, heading, keyPoint, list, picture, text } from '../blocks';
import type { Question, Topic } from '../schema';

export const SIGNS: Topic = {
  id: 'signs',
  questions: ['q-signs-test'],
  pages: [
    {
      id: 'signs-body',
      kind: 'explain',
      blocks: [
        heading(),
        text(),
        list(['tired', 'pins-needles', 'numb', 'balance', 'weakness']),
        callout('info'),
        picture('hands-feet-tingling'),
      ],
      claims: [
        claim(
          'body-signs',
          'Signs of low B12 include tiredness, pins and needles, numb or tingling hands and feet, poor balance and muscle weakness.',
          ['nhs-b12-anaemia', 'medlineplus-b12-anaemia', 'nice-ng239'],
        ),
        claim(
          'energy-claims',
          'Extra B12 has not been shown to give more energy to people whose B12 is normal. (The source speaks of energy; the weight-loss part awaits clinical review.)',
          ['nih-ods-b12'],
        ),
      ],
    },
    {
      id: 'signs-other',
      kind: 'explain',
      blocks: [
        heading(),
        text(),
        list(['tongue', 'ulcers', 'eyesight', 'mood', 'memory']),
        callout('info'),
        picture('older-adults'),
      ],
      claims: [
        claim(
          'other-signs',
          'Low B12 can also cause a sore red tongue, mouth ulcers, changes in vision, low mood, confusion and memory problems.',
          ['nhs-b12-anaemia', 'medlineplus-b12-anaemia'],
        ),
        claim(
          'memory-claims',
          'Extra B12 has not been shown to improve memory or thinking in people whose B12 is normal.',
          ['nih-ods-b12'],
        ),
      ],
    },
    {
      id: 'signs-many-causes',
      kind: 'explain',
      blocks: [heading(), text(), keyPoint(), picture('blood-test')],
      claims: [
        claim(
          'signs-without-anaemia',
          'These signs can occur without anaemia, and other conditions cause the same signs, so a blood test is needed.',
          ['nice-ng239', 'aafp-2017', 'nhs-b12-anaemia'],
        ),
      ],
    },
    {
      id: 'signs-action',
      kind: 'action',
      blocks: [heading(), text(), list(['tell', 'when', 'ask-test', 'list']), picture('question-list')],
      claims: [
        claim(
          'describe-symptoms',
          'Describing your symptoms and when they began helps the doctor decide whether a B12 test is needed.',
          ['nice-ng239'],
        ),
      ],
    },
  ],
};

export const SIGNS_QUESTIONS: Question[] = [
  {
    id: 'q-signs-test',
    choices: [
      { id: 'guess', correct: false },
      { id: 'buy-b12', correct: false },
      { id: 'blood-test', correct: true },
    ],
  },
];
