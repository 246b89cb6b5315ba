import { createPatientStore } from '../../session/createPatientStore';

interface ClinicianQuestionsState {
  chosen: string[];
}

interface ClinicianQuestionsActions {
  toggle(id: string): void;
}

/** The patient's "questions for my clinician" list: suggested-question ids in the order tapped. Memory only. */
export const useClinicianQuestions = createPatientStore<ClinicianQuestionsState, ClinicianQuestionsActions>(
  'clinician-questions',
  () => ({ chosen: [] }),
  (set, get) => ({
    toggle: (id) => {
      const chosen = get().chosen;
      set({ chosen: chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id] });
    },
  }),
);
