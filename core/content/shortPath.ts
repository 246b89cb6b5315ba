/**
 * "Start here": one page per topic with its key message, about 3 to 4 minutes in
 * all, ending at the check. Each page's "Learn more" opens that topic's full pages.
 * Pictures are all different along the way (the validator checks it).
 */
import { callout, claim, heading, list, picture, safetyNetClaim, text } from './blocks';
import type { ShortPage } from './schema';

export const SHORT_PATH: ShortPage[] = [
  {
    id: 'key-neuropathy',
    kind: 'key',
    learnMore: 'neuropathy',
    blocks: [heading(), text(), picture('hands-feet-tingling')],
    claims: [
      claim(
        'key-neuropathy',
        'Neuropathy is nerve damage causing tingling, numbness, pain or poor balance in hands and feet; diabetes is the most common cause and low B12 is one treatable cause.',
        ['nhs-neuropathy', 'nice-ng239'],
      ),
    ],
  },
  {
    id: 'key-b12',
    kind: 'key',
    learnMore: 'b12-and-nerves',
    blocks: [heading(), text(), picture('nerve-myelin')],
    claims: [
      claim(
        'key-b12',
        'B12 is needed for myelin, the nerves’ protective coat; low B12 over a long time harms nerves, and the harm can last if found late.',
        ['nih-ods-b12', 'nhs-b12-anaemia', 'aafp-2017'],
      ),
    ],
  },
  {
    id: 'key-signs',
    kind: 'key',
    learnMore: 'signs',
    blocks: [heading(), text(), picture('balance-walking')],
    claims: [
      claim(
        'key-signs',
        'Signs of low B12 include tiredness, pins and needles, numbness, poor balance, a sore red tongue and memory problems; other conditions cause the same signs.',
        ['nhs-b12-anaemia', 'medlineplus-b12-anaemia'],
      ),
    ],
  },
  {
    id: 'key-who',
    kind: 'key',
    learnMore: 'who-runs-low',
    blocks: [heading(), text(), list(['older', 'gut', 'medicines', 'diet', 'laughing-gas']), picture('older-adults')],
    claims: [
      claim(
        'key-who',
        'Low B12 is more likely with older age, stomach or gut problems or surgery, long-term metformin or stomach-acid medicines, diets with no animal foods, and repeated laughing-gas use.',
        ['nhs-b12-anaemia', 'nih-ods-b12', 'mhra-metformin-2022', 'nice-ng239'],
      ),
    ],
  },
  {
    id: 'key-testing',
    kind: 'key',
    learnMore: 'testing',
    blocks: [heading(), text(), picture('blood-test')],
    claims: [
      claim('key-testing', 'A blood test shows whether B12 is low; B12 supplements can make the result look normal.', [
        'medlineplus-b12-test',
        'nice-ng239',
      ]),
    ],
  },
  {
    id: 'key-treatment',
    kind: 'key',
    learnMore: 'treatment',
    blocks: [heading(), text(), list(['tablets', 'shots', 'for-life']), picture('tablets-injection')],
    claims: [
      claim(
        'key-treatment',
        'Shots or high-dose daily tablets (not a multivitamin) treat low B12; shots are often used first when nerves are affected; some people need B12 for life.',
        ['cochrane-cd004655', 'nice-ng239', 'nhs-b12-anaemia', 'nih-ods-b12'],
      ),
    ],
  },
  {
    id: 'key-helps',
    kind: 'key',
    learnMore: 'can-b12-help',
    blocks: [heading(), text(), picture('lab-results')],
    claims: [
      claim(
        'key-helps',
        'Treatment helps most people whose B12 is low; research has not shown extra B12 helps nerves when B12 is normal.',
        ['nice-ng239', 'cochrane-cd004573'],
      ),
    ],
  },
  {
    id: 'key-get-help',
    kind: 'key',
    learnMore: 'get-help',
    tier: 'all',
    blocks: [heading(), text(), list(['now', 'today', 'soon']), callout('urgent'), picture('urgent-help')],
    claims: [
      safetyNetClaim(
        'key-get-help',
        'The three tiers in short: sudden one-sided weakness, numbness or face droop, trouble speaking or breathing, or chest pain: now; spreading weakness, a fall that hurt, an infected-looking foot wound: today; slow or worsening numbness: book a visit.',
        ['nhs-stroke', 'nhs-when-to-call-999', 'nhs-guillain-barre', 'nice-ng19', 'nhs-neuropathy'],
      ),
    ],
  },
  {
    id: 'key-food',
    kind: 'key',
    learnMore: 'food',
    blocks: [heading(), text(), picture('b12-foods')],
    claims: [
      claim(
        'key-food',
        'B12 comes from animal foods; plant foods have it only when added; people who eat no animal foods or are pregnant or breastfeeding should ask about B12.',
        ['nih-ods-b12'],
      ),
    ],
  },
];
