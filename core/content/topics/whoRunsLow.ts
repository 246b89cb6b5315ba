import { callout, claim, heading, keyPoint, list, picture, text } from '../blocks';
import type { Question, Topic } from '../schema';

export const WHO_RUNS_LOW: Topic = {
  id: 'who-runs-low',
  questions: ['q-who-low', 'q-metformin'],
  pages: [
    {
      id: 'low-age',
      kind: 'explain',
      blocks: [heading(), text(), picture('older-adults')],
      claims: [
        claim(
          'age-frequency',
          'Low B12 affects about 1 in 20 people aged 65 to 74 and about 1 in 10 people aged 75 or over.',
          ['nhs-b12-anaemia'],
        ),
      ],
    },
    {
      id: 'low-stomach',
      kind: 'explain',
      blocks: [
        heading(),
        text(),
        list(['pernicious-anaemia', 'surgery', 'gut-disease']),
        picture('stomach-absorption'),
      ],
      claims: [
        claim(
          'pernicious-anaemia-commonest',
          'Pernicious anaemia, an autoimmune condition affecting the stomach, is the most common cause of B12 deficiency in the UK.',
          ['nhs-b12-anaemia'],
        ),
        claim(
          'gut-causes',
          'Stomach or bowel surgery (including weight-loss surgery), Crohn’s disease and coeliac disease can lower B12.',
          ['nhs-b12-anaemia', 'nice-ng239'],
        ),
      ],
    },
    {
      id: 'low-medicines',
      kind: 'explain',
      blocks: [
        heading(),
        text(),
        list(['metformin', 'acid', 'colchicine', 'seizure']),
        callout('warning'),
        picture('medicines'),
      ],
      claims: [
        claim('metformin-lowers', 'Metformin can lower B12; up to 1 in 10 people who take it have low B12.', [
          'mhra-metformin-2022',
        ]),
        claim(
          'metformin-check',
          'People taking metformin for a long time, especially with risk factors, should have B12 checked from time to time.',
          ['mhra-metformin-2022', 'nice-ng239'],
        ),
        claim(
          'other-medicines',
          'Long-term stomach-acid medicines, colchicine and some seizure medicines can lower B12.',
          ['nih-ods-b12', 'nice-ng239'],
        ),
        claim('keep-taking', 'Do not stop a prescribed medicine such as metformin without advice.', [
          'mhra-metformin-2022',
          'nice-ng239',
        ]),
      ],
    },
    {
      id: 'low-diet',
      kind: 'explain',
      blocks: [heading(), text(), text('text-2'), picture('fortified-foods')],
      claims: [
        claim(
          'vegan-risk',
          'Vegans and some vegetarians can run low on B12 unless they eat fortified foods or take B12.',
          ['nih-ods-b12', 'nhs-b12-anaemia'],
        ),
        claim(
          'pregnancy-infants',
          'Pregnant and breastfeeding people need more B12; babies of mothers who eat no animal foods can become B12 deficient.',
          ['nih-ods-b12'],
        ),
      ],
    },
    {
      id: 'low-alcohol-gas',
      kind: 'explain',
      blocks: [heading(), text(), text('text-2'), keyPoint(), picture('laughing-gas')],
      claims: [
        claim('alcohol', 'Heavy alcohol use can lower B12.', ['nice-ng239']),
        claim(
          'nitrous-oxide-risk',
          'Repeated recreational use of nitrous oxide (laughing gas) can cause B12 deficiency and nerve damage; medical gas and air is a different use.',
          ['nice-ng239', 'bmj-2024-q1019'],
        ),
        claim(
          'nitrous-oxide-stop',
          'Stopping nitrous oxide is the most important step; B12 treatment does not protect nerves while use continues.',
          ['nice-ng239', 'bmj-2024-q1019'],
        ),
      ],
    },
    {
      id: 'low-action',
      kind: 'action',
      blocks: [heading(), text(), list(['ask-test', 'medicine-list', 'keep-taking']), picture('question-list')],
      claims: [
        claim(
          'test-with-risk',
          'A B12 test is worth asking about when you have symptoms and a risk factor; bring a list of medicines and supplements.',
          ['nice-ng239'],
        ),
        claim('keep-taking-action', 'Keep taking prescribed medicines such as metformin unless your doctor advises.', [
          'mhra-metformin-2022',
        ]),
      ],
    },
  ],
};

export const WHO_RUNS_LOW_QUESTIONS: Question[] = [
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
      { id: 'do-nothing', correct: false },
    ],
  },
];
