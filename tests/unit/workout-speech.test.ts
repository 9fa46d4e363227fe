import { describe, expect, it } from 'vitest';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { SESSIONS, type SessionId } from '../../lambda/content/sessions';
import { type Exercise, LEVELS } from '../../lambda/content/types';
import { type Workout, type WorkoutStep, buildWorkout } from '../../lambda/domain/guided-workout';
import { WORKOUT_MESSAGES as EN_US_WORKOUT } from '../../lambda/content/en-US/workout-messages';
import { translator } from '../../lambda/locales';
import { doseForLevelText } from '../../lambda/text/dose';
import { estimateSpeechSeconds } from '../../lambda/speech/duration';
import { escapeSsml, speech } from '../../lambda/speech/ssml';
import { speakFinished, speakProgress, speakStep, speakUpcoming, speakWorkoutIntro } from '../../lambda/speech/workout';
import { expectValidSsml } from '../support/ssml';

const t = translator('en-US');
const catalogue = EN_US_CATALOGUE;
const SESSION_IDS = Object.keys(SESSIONS) as SessionId[];
const CASES = SESSION_IDS.flatMap((id) => LEVELS.map((level) => [id, level] as const));
const MAX_RESPONSE_SECONDS = 90;

function exercise(id: string): Exercise {
  return catalogue.exercises.find((candidate) => candidate.id === id)!;
}

function breaksMs(ssml: string): number[] {
  return [...ssml.matchAll(/<break time="(\d+)ms"\/>/g)].map((match) => Number(match[1]));
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The step as the user hears it: the paced speech, then the prompt. */
function heard(workout: Workout, index: number, level: (typeof LEVELS)[number]): string {
  const spoken = speakStep(t, catalogue, workout, index, level);
  return speech().append(spoken.speech).say(spoken.prompt).toSsml();
}

function stepsOf(predicate: (step: WorkoutStep) => boolean) {
  return CASES.flatMap(([id, level]) => {
    const workout = buildWorkout(id, level, catalogue.exercises);
    return workout.steps.flatMap((step, index) => (predicate(step) ? [{ workout, step, index, level }] : []));
  });
}

describe('speakStep', () => {
  it.each(CASES)('%s at %s level: every step is valid SSML, within 90 seconds, breaks within 10', async (id, level) => {
    const workout = buildWorkout(id, level, catalogue.exercises);
    for (let index = 0; index < workout.steps.length; index += 1) {
      const spoken = speakStep(t, catalogue, workout, index, level);
      const ssml = heard(workout, index, level);
      await expectValidSsml(`<speak>${ssml}</speak>`);
      expect(estimateSpeechSeconds(ssml), `step ${index}: ${ssml}`).toBeLessThanOrEqual(MAX_RESPONSE_SECONDS);
      expect(Math.max(0, ...breaksMs(ssml))).toBeLessThanOrEqual(10_000);
      expect(spoken.prompt).toMatch(/next/i);
      expect(spoken.speech.toSsml()).not.toContain(escapeSsml(spoken.prompt));
    }
  });

  it('announces an exercise on its first set: name, dose for the level, and two or three cues', () => {
    for (const { workout, step, index, level } of stepsOf((step) => step.kind === 'set')) {
      if (step.kind !== 'set') continue;
      const ssml = speakStep(t, catalogue, workout, index, level).speech.toSsml();
      const { name, cues } = exercise(step.exerciseId);
      const cuesSaid = cues.filter((cue) => ssml.includes(escapeSsml(cue))).length;
      if (step.set === 1 && step.side !== 'second') {
        expect(ssml).toContain(escapeSsml(`Exercise ${step.exerciseNumber} of ${step.exerciseCount}: ${name}.`));
        expect(ssml).toContain(escapeSsml(doseForLevelText(t, step.dose, level)));
        expect(cuesSaid).toBeGreaterThanOrEqual(2);
        expect(cuesSaid).toBeLessThanOrEqual(3);
      } else {
        expect(ssml).not.toContain(escapeSsml(name));
        expect(cuesSaid).toBe(0);
        if (step.side !== 'second') expect(ssml.startsWith(`Set ${step.set} of ${step.sets}.`)).toBe(true);
      }
    }
  });

  it('paces the superman with a 2-second hold on every rep', () => {
    for (const { workout, step, index, level } of stepsOf((step) => step.kind === 'set' && step.exerciseId === 'superman')) {
      if (step.kind !== 'set' || step.dose.kind !== 'reps') throw new Error('the superman is counted in reps');
      const ssml = speakStep(t, catalogue, workout, index, level).speech.toSsml();
      expect(breaksMs(ssml).filter((ms) => ms === 2000)).toHaveLength(step.dose.reps);
      expect(ssml).toMatch(/lift, and hold\. <break time="2000ms"\/> And lower\./);
    }
  });

  it('counts plain reps at about three seconds a rep', () => {
    for (const { workout, step, index, level } of stepsOf((step) => step.kind === 'set' && step.dose.kind === 'reps' && !step.dose.holdSeconds)) {
      if (step.kind !== 'set' || step.dose.kind !== 'reps') continue;
      const ssml = speakStep(t, catalogue, workout, index, level).speech.toSsml();
      const breaks = breaksMs(ssml);
      expect(breaks).toHaveLength(step.dose.reps);
      expect(ssml).toContain(`<break time="${breaks[0]}ms"/> ${step.dose.reps}.`);
      expect(sum(breaks) / step.dose.reps + 400).toBe(3000);
    }
  });

  it('counts holds down in breaks that add up to the hold, calling out the time left', () => {
    const holds = stepsOf((step) => step.kind === 'set' && step.dose.kind === 'hold');
    expect(holds.length).toBeGreaterThan(0);
    for (const { workout, step, index, level } of holds) {
      if (step.kind !== 'set' || step.dose.kind !== 'hold') continue;
      const ssml = speakStep(t, catalogue, workout, index, level).speech.toSsml();
      expect(sum(breaksMs(ssml))).toBe(step.dose.seconds * 1000);
      expect(ssml).toContain('10 seconds left.');
      expect(ssml).toContain('5 seconds left.');
    }
  });

  it('says "switch sides" after the first side of a per-side hold, and then the other side', () => {
    const perSide = stepsOf((step) => step.kind === 'set' && step.dose.kind === 'hold' && step.dose.perSide === true);
    expect(perSide.length).toBeGreaterThan(0);
    for (const { workout, step, index, level } of perSide) {
      if (step.kind !== 'set') continue;
      const spoken = speakStep(t, catalogue, workout, index, level);
      if (step.side === 'first') {
        expect(spoken.speech.toSsml()).toMatch(/Switch sides\.$/);
        expect(spoken.prompt).toBe("Say next when you're set on the other side.");
      } else {
        expect(step.side).toBe('second');
        expect(spoken.speech.toSsml()).toMatch(/^Now the other side\./);
        expect(spoken.speech.toSsml()).not.toContain('Switch sides');
      }
    }
  });

  it('tells the user to rest between sets, untimed, and what next brings', () => {
    const workout = buildWorkout('strength-a', 'intermediate', catalogue.exercises);
    const firstDeadlift = speakStep(t, catalogue, workout, 1, 'intermediate');
    expect(firstDeadlift.speech.toSsml()).toMatch(/Rest about a minute\.$/);
    expect(firstDeadlift.prompt).toBe("Say next when you're ready for set 2.");
    const lastDeadlift = speakStep(t, catalogue, workout, 3, 'intermediate');
    expect(lastDeadlift.prompt).toBe("Say next when you're ready for bent-over rows.");
    const lastSet = speakStep(t, catalogue, workout, workout.steps.length - 2, 'intermediate');
    expect(lastSet.speech.toSsml()).toContain('every exercise');
    expect(lastSet.prompt).toBe("Say next when you're ready to cool down.");
  });

  it('runs HIIT rounds as work and rest breaks that add up to the round', () => {
    const rounds = stepsOf((step) => step.kind === 'interval');
    expect(rounds.length).toBe(10 + 15 + 20);
    for (const { workout, step, index, level } of rounds) {
      if (step.kind !== 'interval') continue;
      const spoken = speakStep(t, catalogue, workout, index, level);
      const ssml = spoken.speech.toSsml();
      expect(ssml.startsWith(`Round ${step.round} of ${step.rounds}.`)).toBe(true);
      const [work = '', rest = ''] = ssml.split(/And (?:rest|stop)\./);
      expect(sum(breaksMs(work))).toBe(step.workSeconds * 1000);
      expect(sum(breaksMs(rest))).toBe(step.restSeconds * 1000);
      expect(sum(breaksMs(ssml))).toBe((step.workSeconds + step.restSeconds) * 1000);
      expect(work).toContain('Halfway');
      expect(work).toContain('Last 5 seconds!');
      if (step.round < step.rounds) {
        expect(rest).toContain('10 seconds left.');
        expect(spoken.prompt).toBe(`Ready for round ${step.round + 1}? Say next.`);
      } else {
        expect(ssml).toContain('every round');
        expect(spoken.prompt).toBe("Say next when you're ready to cool down.");
      }
    }
  });

  it('tells warm-up, steady cardio, cool-down and recovery without long timing', () => {
    for (const { workout, index, level } of stepsOf((step) => step.kind !== 'set' && step.kind !== 'interval')) {
      const spoken = speakStep(t, catalogue, workout, index, level);
      expect(breaksMs(spoken.speech.toSsml())).toEqual([]);
      expect(spoken.prompt).toMatch(/^Say next when/);
    }
    const rest = buildWorkout('rest', 'beginner', catalogue.exercises);
    const recovery = rest.steps.map((_, i) => speakStep(t, catalogue, rest, i, 'beginner').speech.toSsml()).join(' ');
    for (const word of ['yoga', 'stretching', 'foam rolling', 'walk']) expect(recovery).toContain(word);
  });

  it('speaks the last step for a finished index, and never throws on odd input', () => {
    const workout = buildWorkout('cardio', 'beginner', catalogue.exercises);
    const last = speakStep(t, catalogue, workout, workout.steps.length - 1, 'beginner').speech.toSsml();
    for (const index of [workout.steps.length, 99, Number.POSITIVE_INFINITY]) expect(speakStep(t, catalogue, workout, index, 'beginner').speech.toSsml()).toBe(last);
    expect(speakStep(t, catalogue, workout, Number.NaN, 'beginner').prompt).toBe("Say next when you're warmed up.");
  });
});

describe('intro, upcoming, progress, finished', () => {
  it.each(CASES)('%s at %s level: all valid, short SSML at every position', async (id, level) => {
    const workout = buildWorkout(id, level, catalogue.exercises);
    const said = [speakFinished(t, workout)];
    for (let index = 0; index <= workout.steps.length; index += 1) said.push(speakUpcoming(t, catalogue, workout, index), speakProgress(t, workout, index));
    for (const spoken of said) {
      await expectValidSsml(`<speak>${spoken.toSsml()}</speak>`);
      expect(estimateSpeechSeconds(spoken.toSsml())).toBeLessThan(20);
    }
    // The intro leads into the first step, in one response.
    const intro = speakWorkoutIntro(t, workout, level).toSsml();
    await expectValidSsml(`<speak>${intro}</speak>`);
    expect(estimateSpeechSeconds(intro)).toBeLessThan(30);
    expect(estimateSpeechSeconds(`${intro} ${heard(workout, 0, level)}`)).toBeLessThanOrEqual(MAX_RESPONSE_SECONDS);
  });

  it('introduces the session and the controls', () => {
    const strength = speakWorkoutIntro(t, buildWorkout('strength-a', 'beginner', catalogue.exercises), 'beginner').toSsml();
    expect(strength).toContain('strength day: 5 exercises');
    expect(strength).toContain('beginner level');
    for (const control of ['next', 'back', 'repeat', 'skip', 'pause']) expect(strength).toContain(control);
    expect(speakWorkoutIntro(t, buildWorkout('hiit', 'advanced', catalogue.exercises), 'advanced').toSsml()).toContain(
      '20 rounds of 30 seconds hard and 30 seconds easy',
    );
    expect(speakWorkoutIntro(t, buildWorkout('cardio', 'intermediate', catalogue.exercises), 'intermediate').toSsml()).toContain('30 minutes in all');
    expect(speakWorkoutIntro(t, buildWorkout('rest', 'advanced', catalogue.exercises), 'advanced').toSsml()).toContain('foam rolling');
  });

  it("answers what's next, naming the next exercise once this one ends", () => {
    const workout = buildWorkout('strength-a', 'beginner', catalogue.exercises);
    expect(speakUpcoming(t, catalogue, workout, 0).toSsml()).toBe('Next up: deadlifts, 2 sets of 8.');
    expect(speakUpcoming(t, catalogue, workout, 1).toSsml()).toBe('Next: set 2 of 2. After this exercise comes bent-over rows.');
    expect(speakUpcoming(t, catalogue, workout, workout.steps.length - 1).toSsml()).toContain('last part');
    expect(speakUpcoming(t, catalogue, workout, workout.steps.length).toSsml()).toContain('done for today');
    const hiit = buildWorkout('hiit', 'beginner', catalogue.exercises);
    expect(speakUpcoming(t, catalogue, hiit, 2).toSsml()).toBe('Next: round 3 of 10, 20 seconds hard.');
  });

  it('answers how many are left', () => {
    const workout = buildWorkout('strength-a', 'beginner', catalogue.exercises);
    expect(speakProgress(t, workout, 0).toSsml()).toBe('You&apos;re warming up. Then 5 exercises.');
    expect(speakProgress(t, workout, 3).toSsml()).toBe('You&apos;re on exercise 2 of 5. Set 1 of 2. 3 more exercises after this one.');
    expect(speakProgress(t, workout, workout.steps.length - 2).toSsml()).toContain('last one');
    const hiit = buildWorkout('hiit', 'beginner', catalogue.exercises);
    expect(speakProgress(t, hiit, 9).toSsml()).toBe('You&apos;re on round 9 of 10. One more round after this one.');
    expect(speakProgress(t, hiit, hiit.steps.length).toSsml()).toContain('finished');
  });

  it('ends with a short well done for each kind of day', () => {
    for (const id of SESSION_IDS) {
      const ssml = speakFinished(t, buildWorkout(id, 'beginner', catalogue.exercises)).toSsml();
      expect(estimateSpeechSeconds(ssml)).toBeLessThan(5);
      expect(ssml).toMatch(/done/);
    }
  });
});

describe('workout messages', () => {
  it('are all workout keys, in plain text', () => {
    for (const [key, message] of Object.entries(EN_US_WORKOUT)) {
      expect(key).toMatch(/^workout\./);
      const texts: readonly string[] = typeof message === 'string' ? [message] : Array.isArray(message) ? message : Object.values(message);
      for (const text of texts) expect(text).not.toMatch(/[<>&]/);
    }
  });
});
