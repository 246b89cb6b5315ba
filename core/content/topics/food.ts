import { claim, heading, list, picture, text } from '../blocks';
import type { Question, Topic } from '../schema';

export const FOOD: Topic = {
  id: 'food',
  questions: ['q-food'],
  pages: [
    {
      id: 'food-animal',
      kind: 'explain',
      blocks: [heading(), text(), list(['meat', 'fish', 'eggs', 'dairy']), picture('b12-foods')],
      claims: [
        claim('animal-foods', 'B12 is found in meat, fish and shellfish, eggs, milk and yogurt.', ['nih-ods-b12']),
      ],
    },
    {
      id: 'food-plant',
      kind: 'explain',
      blocks: [heading(), text(), list(['cereals', 'plant-milks', 'yeast']), picture('fortified-foods')],
      claims: [
        claim(
          'fortified-foods',
          'Plant foods have B12 only when it is added (fortified), e.g. some cereals, plant milks and nutritional yeast.',
          ['nih-ods-b12'],
        ),
      ],
    },
    {
      id: 'food-older',
      kind: 'explain',
      blocks: [heading(), text(), picture('older-adults')],
      claims: [
        claim('over-50', 'People over 50 are advised to get most of their B12 from fortified foods or supplements.', [
          'nih-ods-b12',
        ]),
      ],
    },
    {
      id: 'food-action',
      kind: 'action',
      blocks: [heading(), text(), list(['added-b12', 'pregnant', 'tell', 'ask-diet']), picture('question-list')],
      claims: [
        claim(
          'vegan-pregnancy-action',
          'People who eat no animal foods, and people who are pregnant or breastfeeding, should ask about B12.',
          ['nih-ods-b12', 'nice-ng239'],
        ),
      ],
    },
  ],
};

export const FOOD_QUESTIONS: Question[] = [
  {
    id: 'q-food',
    choices: [
      { id: 'apples', correct: false },
      { id: 'eggs-milk', correct: true },
      { id: 'rice', correct: false },
    ],
  },
];
