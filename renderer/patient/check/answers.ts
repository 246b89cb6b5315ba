import { createPatientStore } from '../../session/createPatientStore';

interface AnswersState {
  chosen: Record<string, string>;
}

interface AnswersActions {
  answer(questionId: string, choiceId: string): void;
}

/** Teach-back answers, by question id → chosen choice id. Memory only; cleared when the session ends. */
export const useAnswers = createPatientStore<AnswersState, AnswersActions>(
  'answers',
  () => ({ chosen: {} }),
  (set, get) => ({
    answer: (questionId, choiceId) => set({ chosen: { ...get().chosen, [questionId]: choiceId } }),
  }),
);
