/**
 * What a clinician must look at closely before real use. Every safety-net page,
 * question and key message must be here (the validator fails otherwise); staff
 * mode and the About page list them, safety net first.
 */
import type { ReviewFlag } from './schema';

const safetyNet = (target: ReviewFlag['target'], id: string, reason: string): ReviewFlag => ({
  target,
  id,
  safetyNet: true,
  reason,
});
const clinical = (target: ReviewFlag['target'], id: string, reason: string): ReviewFlag => ({
  target,
  id,
  safetyNet: false,
  reason,
});

export const REVIEW_FLAGS: ReviewFlag[] = [
  safetyNet(
    'page',
    'help-emergency',
    'Emergency tier: stroke signs, fast-spreading weakness or trouble breathing or swallowing, new loss of bladder or bowel control or numbness around the bottom, chest pain, severe breathlessness, fainting. Confirm the list, the order and "tell the front desk / call the local emergency number".',
  ),
  safetyNet(
    'page',
    'help-same-day',
    'Same-day tier: weakness spreading over hours or days, walking suddenly much harder, a fall with injury, head knock or not getting up, an infected-looking foot wound or fever, numb or weak legs after laughing gas. Confirm the criteria and where this clinic sends same-day patients.',
  ),
  safetyNet(
    'page',
    'help-soon',
    'Soon tier: gradual or worsening numbness, tingling, pain or balance problems; a sore that does not heal; signs of low B12 with a risk factor. Confirm that "book a visit soon" is right for this clinic.',
  ),
  safetyNet('page', 'help-action', 'Safety-net actions: daily foot checks and asking staff when unsure.'),
  safetyNet(
    'page',
    'key-get-help',
    'The three tiers in brief on the short path: check nothing was lost in the summary.',
  ),
  safetyNet('question', 'q-urgent', 'Teach-back on the emergency tier (sudden face droop and arm weakness).'),
  safetyNet('question', 'q-same-day', 'Teach-back on the same-day tier (an infected-looking foot wound).'),
  safetyNet('keyMessage', 'get-help', 'The take-home emergency message on the finish screen and printout.'),
  clinical(
    'page',
    'low-alcohol-gas',
    'Laughing gas: tone, "stopping is the most important step", gas and air is not the same risk.',
  ),
  clinical(
    'page',
    'test-laughing-gas',
    'Nitrous oxide and homocysteine or MMA testing: confirm local practice and tone.',
  ),
  clinical(
    'page',
    'treat-forms',
    'High-dose daily tablets compared with injections, and "a multivitamin is not the same".',
  ),
  clinical(
    'page',
    'signs-body',
    'Tiredness callout: the source states no energy benefit without deficiency; the weight-loss part is not stated by a cited source.',
  ),
  clinical(
    'page',
    'helps-claims',
    'Advertising claims: the source covers energy and memory; the weight-loss part is not stated by a cited source.',
  ),
  clinical('page', 'test-blood', 'Supplements before a B12 test: confirm the advice and its wording.'),
];
