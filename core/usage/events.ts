import { z } from 'zod';
import { LanguageCodeSchema } from '../settings/schema';
import { EventIdSchema } from './summary';

/**
 * Anonymous things a patient session does, as the usage counters see them.
 * Nothing here can identify a person: no free text, no timestamps finer than
 * the day the counters bucket them into, no answers' content beyond right/wrong.
 */
const Id = EventIdSchema;

export const PatientEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('session-started') }),
  z.strictObject({ type: z.literal('language-chosen'), language: LanguageCodeSchema }),
  z.strictObject({ type: z.literal('topic-opened'), topicId: Id }),
  z.strictObject({ type: z.literal('page-reached'), pageId: Id }),
  z.strictObject({ type: z.literal('answer'), questionId: Id, correct: z.boolean() }),
  // durationSeconds is bucketed before storage; the raw figure never persists.
  z.strictObject({
    type: z.literal('session-ended'),
    how: z.enum(['finished', 'idle-reset', 'start-again']),
    durationSeconds: z.number().int().min(0).max(86_400),
  }),
]);

export type PatientEvent = z.infer<typeof PatientEventSchema>;
