import { afterEach, describe, expect, it } from 'vitest';
import { takeHomeText } from '../../renderer/patient/finish/takeHomeText';
import { useAnswers } from '../../renderer/patient/check/answers';
import { useClinicianQuestions } from '../../renderer/patient/questions/clinicianQuestions';
import { secondsSince, useJourney } from '../../renderer/session/journey';
import { onPatientEvent } from '../../renderer/session/patientEvents';
import { registeredPatientStores, resetPatientSession } from '../../renderer/session/resetRegistry';
import type { PatientEvent } from '../../core/usage/events';

afterEach(() => resetPatientSession());

describe('journey stores are patient state', () => {
  it('answers, the question list and the session clock are all cleared by the session reset', () => {
    useAnswers.getState().answer('q-food', 'eggs-milk');
    useClinicianQuestions.getState().toggle('diet');
    useJourney.getState().startSession();
    for (const name of ['answers', 'clinician-questions', 'journey'])
      expect(registeredPatientStores().get(name)?.isPristine()).toBe(false);
    resetPatientSession();
    for (const name of ['answers', 'clinician-questions', 'journey'])
      expect(registeredPatientStores().get(name)?.isPristine()).toBe(true);
  });

  it('toggling a question adds it at the end, and again removes it', () => {
    const { toggle } = useClinicianQuestions.getState();
    toggle('diet');
    toggle('feet');
    toggle('diet');
    toggle('diet');
    expect(useClinicianQuestions.getState().chosen).toEqual(['feet', 'diet']);
  });

  it('a session is reported as ended once, with its duration', () => {
    const events: PatientEvent[] = [];
    const stop = onPatientEvent((event) => events.push(event));
    useJourney.getState().startSession();
    useJourney.getState().endSession('finished');
    useJourney.getState().endSession('start-again');
    stop();
    expect(events.map((event) => event.type)).toEqual(['session-started', 'session-ended']);
    expect(events[1]).toMatchObject({ how: 'finished' });
  });

  it('durations are whole seconds, never negative, capped at a day', () => {
    expect(secondsSince(null, 5000)).toBe(0);
    expect(secondsSince(1000, 62_400)).toBe(61);
    expect(secondsSince(10_000, 0)).toBe(0);
    expect(secondsSince(0, 10 * 86_400_000)).toBe(86_400);
  });
});

describe('take-home text', () => {
  it('is the heading and the questions as numbered lines', () => {
    expect(takeHomeText('My questions', ['One?', 'Two?'])).toBe('My questions\n1. One?\n2. Two?');
  });
});
