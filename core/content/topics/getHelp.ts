/**
 * The safety net, in three tiers that separate sudden from gradual: emergency now,
 * the same day, and soon. Every page and question here is safety-net advice and is
 * flagged for clinical review (see REVIEW_FLAGS in ../reviewFlags.ts).
 */
import { callout, claim, heading, list, picture, safetyNetClaim, text } from '../blocks';
import type { Question, Topic } from '../schema';

export const GET_HELP: Topic = {
  id: 'get-help',
  questions: ['q-urgent', 'q-same-day'],
  pages: [
    {
      id: 'help-emergency',
      kind: 'explain',
      tier: 'emergency',
      blocks: [
        heading(),
        text(),
        list(['stroke', 'speech', 'spreading-fast', 'bladder', 'chest']),
        callout('urgent'),
        picture('urgent-help'),
      ],
      claims: [
        safetyNetClaim(
          'stroke-signs',
          'Sudden numbness or weakness or a drooping face on one side, or sudden trouble speaking, can be a stroke: an emergency.',
          ['nhs-stroke'],
        ),
        safetyNetClaim(
          'fast-weakness',
          'Weakness that spreads quickly, or that affects breathing or swallowing, needs emergency care.',
          ['nhs-guillain-barre'],
        ),
        safetyNetClaim(
          'bladder-bowel',
          'New loss of bladder or bowel control, or numbness around the bottom, needs emergency care.',
          ['nhs-cauda-equina'],
        ),
        safetyNetClaim(
          'chest-breath-faint',
          'Chest pain, severe difficulty breathing or fainting need emergency care.',
          ['nhs-when-to-call-999'],
        ),
      ],
    },
    {
      id: 'help-same-day',
      kind: 'explain',
      tier: 'same-day',
      blocks: [
        heading(),
        text(),
        list(['spreading', 'walking', 'fall', 'foot-wound', 'laughing-gas']),
        callout('warning'),
        picture('same-day'),
      ],
      claims: [
        safetyNetClaim(
          'spreading-days',
          'Weakness or numbness spreading over hours or days, or walking suddenly much harder, needs a same-day assessment.',
          ['nhs-guillain-barre', 'nhs-neuropathy'],
        ),
        safetyNetClaim(
          'fall-injury',
          'A fall with an injury, a knock to the head, or not being able to get up needs the same-day attention.',
          ['nhs-falls'],
        ),
        safetyNetClaim(
          'foot-infection',
          'A foot wound that is red, hot, swollen, smelly or oozing, or comes with fever, needs same-day care, especially with nerve damage or diabetes.',
          ['nice-ng19'],
        ),
        safetyNetClaim(
          'nitrous-oxide-legs',
          'Numb or weak legs after using nitrous oxide need prompt (same-day) assessment.',
          ['nice-ng239', 'bmj-2024-q1019'],
        ),
      ],
    },
    {
      id: 'help-soon',
      kind: 'explain',
      tier: 'soon',
      blocks: [heading(), text(), list(['slow', 'sore', 'risk']), picture('book-visit')],
      claims: [
        safetyNetClaim(
          'gradual-symptoms',
          'Numbness, tingling, pain or balance problems that came on slowly or are getting worse should be seen by a doctor soon.',
          ['nhs-neuropathy'],
        ),
        safetyNetClaim('sore-not-healing', 'A cut or sore on the foot that is not healing should be seen soon.', [
          'nhs-neuropathy',
        ]),
        safetyNetClaim(
          'signs-and-risk',
          'Signs of low B12 together with a risk factor are a reason to book a visit and ask about a test.',
          ['nice-ng239'],
        ),
      ],
    },
    {
      id: 'help-action',
      kind: 'action',
      blocks: [heading(), text(), list(['feet', 'tell', 'know-signs', 'ask-staff']), picture('foot-check')],
      claims: [
        claim(
          'daily-foot-check',
          'Check your feet every day (a mirror helps with the soles) and tell the doctor or nurse about any cut, sore or colour change.',
          ['nhs-neuropathy', 'nice-ng19'],
        ),
        safetyNetClaim(
          'ask-if-unsure',
          'If unsure whether a change is urgent, ask the clinic staff rather than wait.',
          ['nhs-neuropathy'],
        ),
      ],
    },
  ],
};

export const GET_HELP_QUESTIONS: Question[] = [
  {
    id: 'q-urgent',
    tier: 'emergency',
    wrongAnswerPage: 'help-emergency',
    choices: [
      { id: 'next-week', correct: false },
      { id: 'get-help-now', correct: true },
      { id: 'rest', correct: false },
    ],
  },
  {
    id: 'q-same-day',
    tier: 'same-day',
    wrongAnswerPage: 'help-same-day',
    choices: [
      { id: 'wait', correct: false },
      { id: 'today', correct: true },
      { id: 'more-b12', correct: false },
    ],
  },
];
