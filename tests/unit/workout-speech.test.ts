import { describe, expect, it } from 'vitest';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { WORKOUT_MESSAGES as EN_US_WORKOUT } from '../../lambda/content/en-US/workout-messages';
import { SESSIONS, type SessionId } from '../../lambda/content/sessions';
import { type Exercise, LEVELS, type Level } from '../../lambda/content/types';
import { type Workout, type WorkoutStep, buildWorkout, isBlock, summarise } from '../../lambda/domain/guided-workout';
import { translator } from '../../lambda/locales';
import { estimateSpeechSeconds } from '../../lambda/speech/duration';
import { escapeSsml, speech } from '../../lambda/speech/ssml';
import {
  MAX_RESPONSE_SECONDS,
  type StepContext,
  paceRest,
  speakFinished,
  speakProgress,
  speakStep,
  speakSummary,
  speakUpcoming,
  speakWhereYouAre,
  speakWorkoutIntro,
} from '../../lambda/speech/workout';
import { doseForLevelText } from '../../lambda/text/dose';
import { expectValidSsml } from '../support/ssml';

const t = translator('en-US');
const catalogue = EN_US_CATALOGUE;
const SESSION_IDS = Object.keys(SESSIONS) as SessionId[];
const CASES = SESSION_IDS.flatMap((id) => LEVELS.map((level) => [id, level] as const));
const FRESH: StepContext = { isDone: () => false, knows: () => false };
const ALL_DONE: StepContext = { isDone: () => true, knows: () => true };

function exercise(id: string): Exercise {
  return catalogue.exercises.find((candidate) => candidate.id === id)!;
}

function breaksMs(ssml: string): number[] {
  return [...ssml.matchAll(/<break time="(\d+)ms"\/>/g)].map((match) => Number(match[1]));
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The step as the user hears it: the paced speech, then the prompt. */
function heard(workout: Workout, index: number, context: StepContext = FRESH): string {
  const spoken = speakStep(t, catalogue, workout, index, context);
  return speech().append(spoken.speech).say(spoken.prompt).toSsml();
}

function stepsOf(predicate: (step: WorkoutStep) => boolean) {
  return CASES.flatMap(([id, level]) => {
    const workout = buildWorkout(id, level, catalogue.exercises);
    return workout.steps.flatMap((step, index) => (predicate(step) ? [{ workout, step, index, level }] : []));
  });
}

/** A set's SSML split where its rest begins: the set itself, then the rest. */
function setAndRest(ssml: string): [string, string] {
  const at = ssml.search(/Rest about|Switch sides|That&apos;s (?:every|the last) exercise/);
  return at < 0 ? [ssml, ''] : [ssml.slice(0, at), ssml.slice(at)];
}

describe('speakStep', () => {
  it.each(CASES)('%s at %s level: every step is valid SSML within the response limit, breaks within 10 seconds', async (id, level) => {
    const workout = buildWorkout(id, level, catalogue.exercises);
    for (let index = 0; index < workout.steps.length; index += 1) {
      for (const context of [FRESH, ALL_DONE]) {
        const spoken = speakStep(t, catalogue, workout, index, context);
        const ssml = heard(workout, index, context);
        await expectValidSsml(`<speak>${ssml}</speak>`);
        expect(estimateSpeechSeconds(ssml), `step ${index}: ${ssml}`).toBeLessThanOrEqual(MAX_RESPONSE_SECONDS - 15);
        expect(ssml.length).toBeLessThan(8000);
        expect(Math.max(0, ...breaksMs(ssml))).toBeLessThanOrEqual(10_000);
        expect(spoken.prompt).toMatch(/next/i);
        expect(spoken.speech.toSsml()).not.toContain(escapeSsml(spoken.prompt));
      }
    }
  });

  it('announces an exercise on its first set: the name, the dose for its level, and the full form the first time', () => {
    for (const { workout, step, index } of stepsOf((step) => step.kind === 'set')) {
      if (step.kind !== 'set') continue;
      const first = speakStep(t, catalogue, workout, index, FRESH).speech.toSsml();
      const known = speakStep(t, catalogue, workout, index, { ...FRESH, knows: () => true }).speech.toSsml();
      const [fresh] = setAndRest(first);
      const [familiar] = setAndRest(known);
      const { name, cues } = exercise(step.exerciseId);
      const said = (ssml: string) => cues.filter((cue) => ssml.includes(escapeSsml(cue))).length;
      if (step.set === 1 && step.side !== 'second') {
        expect(fresh).toContain(escapeSsml(`Exercise ${step.exerciseNumber} of ${step.exerciseCount}: ${name}.`));
        expect(fresh).toContain(escapeSsml(doseForLevelText(t, step.dose, step.level)));
        expect(said(fresh)).toBe(cues.length);
        expect(said(familiar)).toBe(1);
      } else {
        expect(fresh).not.toContain(escapeSsml(name));
        expect(said(fresh)).toBe(0);
        if (step.side !== 'second') expect(fresh.startsWith(`Set ${step.set} of ${step.sets}.`)).toBe(true);
      }
    }
  });

  it('paces the superman with a 2-second hold on every rep', () => {
    for (const { workout, step, index } of stepsOf((step) => step.kind === 'set' && step.exerciseId === 'superman')) {
      if (step.kind !== 'set' || step.dose.kind !== 'reps') throw new Error('the superman is counted in reps');
      const [set] = setAndRest(speakStep(t, catalogue, workout, index).speech.toSsml());
      expect(breaksMs(set).filter((ms) => ms === 2000)).toHaveLength(step.dose.reps);
      expect(set).toMatch(/lift, and hold\. <break time="2000ms"\/> And lower\./);
    }
  });

  it('counts plain reps at about three seconds a rep', () => {
    for (const { workout, step, index } of stepsOf((step) => step.kind === 'set' && step.dose.kind === 'reps' && !step.dose.holdSeconds)) {
      if (step.kind !== 'set' || step.dose.kind !== 'reps') continue;
      const [set] = setAndRest(speakStep(t, catalogue, workout, index).speech.toSsml());
      const breaks = breaksMs(set);
      expect(breaks).toHaveLength(step.dose.reps);
      expect(set).toContain(`<break time="${breaks[0]}ms"/> ${step.dose.reps}.`);
      expect(sum(breaks) / step.dose.reps + 400).toBe(3000);
    }
  });

  it('counts holds down in breaks that add up to the hold, calling out the time left', () => {
    const holds = stepsOf((step) => step.kind === 'set' && step.dose.kind === 'hold');
    expect(holds.length).toBeGreaterThan(0);
    for (const { workout, step, index } of holds) {
      if (step.kind !== 'set' || step.dose.kind !== 'hold') continue;
      const [set] = setAndRest(speakStep(t, catalogue, workout, index).speech.toSsml());
      expect(sum(breaksMs(set))).toBe(step.dose.seconds * 1000);
      expect(set).toContain('10 seconds left.');
      expect(set).toContain('5 seconds left.');
    }
  });

  it('says "switch sides" after the first side of a per-side hold, and then the other side', () => {
    const perSide = stepsOf((step) => step.kind === 'set' && step.dose.kind === 'hold' && step.dose.perSide === true);
    expect(perSide.length).toBeGreaterThan(0);
    for (const { workout, step, index } of perSide) {
      if (step.kind !== 'set') continue;
      const spoken = speakStep(t, catalogue, workout, index);
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

  it('paces every stated rest inside the speech: at least three quarters of it in pauses, with the time called and a form reminder', () => {
    const rested = stepsOf((step) => step.kind === 'set' && step.restSeconds > 0);
    expect(rested.length).toBeGreaterThan(0);
    for (const { workout, step, index } of rested) {
      if (step.kind !== 'set') continue;
      const [, rest] = setAndRest(speakStep(t, catalogue, workout, index).speech.toSsml());
      const paused = sum(breaksMs(rest)) / 1000;
      expect(rest.startsWith(step.restSeconds === 60 ? 'Rest about a minute.' : `Rest about ${step.restSeconds} seconds.`)).toBe(true);
      expect(paused, rest).toBeGreaterThanOrEqual(step.restSeconds * 0.75);
      expect(paused).toBeLessThanOrEqual(step.restSeconds);
      expect(estimateSpeechSeconds(rest)).toBeGreaterThanOrEqual(step.restSeconds);
      expect(rest).toContain('10 seconds left.');
      if (step.restSeconds >= 60) expect(rest).toContain('30 seconds left.');
      expect(rest).toMatch(/10 seconds left\. Next (?:set|up): /);
    }
  });

  it('tells what next brings after a rest, and the last set says only what is true', () => {
    const workout = buildWorkout('strength-a', 'intermediate', catalogue.exercises);
    const firstDeadlift = speakStep(t, catalogue, workout, 2);
    expect(firstDeadlift.speech.toSsml()).toMatch(/Rest about a minute\./);
    expect(firstDeadlift.speech.toSsml()).toContain('Next set: Keep the weights close to your legs.');
    expect(firstDeadlift.prompt).toBe("Say next when you're ready for set 2.");
    const lastDeadlift = speakStep(t, catalogue, workout, 4);
    expect(lastDeadlift.speech.toSsml()).toContain('Next up: bent-over rows. Elbows back, not out.');
    expect(lastDeadlift.prompt).toBe("Say next when you're ready for bent-over rows.");
    const lastSet = workout.steps.length - 3;
    expect(speakStep(t, catalogue, workout, lastSet, ALL_DONE).speech.toSsml()).toContain('every exercise');
    expect(speakStep(t, catalogue, workout, lastSet, FRESH).speech.toSsml()).toMatch(/That&apos;s the last exercise\.$/);
    expect(speakStep(t, catalogue, workout, lastSet).prompt).toBe("Say next when you're ready to cool down.");
  });

  it('where a rest cannot fit the response, paces what fits and says honestly what is left', () => {
    const workout = buildWorkout('strength-a', 'advanced', catalogue.exercises);
    const small: StepContext = { ...FRESH, maxSeconds: 75 };
    const spoken = speakStep(t, catalogue, workout, 2, small);
    const [, rest] = setAndRest(spoken.speech.toSsml());
    const leftover = Number(/Take another (\d+) seconds on your own\./.exec(rest)?.[1]);
    expect(leftover).toBeGreaterThan(0);
    expect(leftover % 5).toBe(0);
    expect(sum(breaksMs(rest)) / 1000 + leftover).toBeGreaterThanOrEqual(60 * 0.75);
    expect(sum(breaksMs(rest)) / 1000 + leftover).toBeLessThanOrEqual(60);
    expect(estimateSpeechSeconds(heard(workout, 2, small))).toBeLessThanOrEqual(75);
    expect(spoken.prompt).toBe("Say next when you're ready for set 2.");
  });

  it('counts a rest down in silences of at most 10 seconds, taking the words out of them', () => {
    for (const seconds of [10, 20, 30, 40, 60, 90]) {
      const ssml = paceRest(t, seconds, 'Next set: Hips back.').toSsml();
      expect(Math.max(...breaksMs(ssml))).toBeLessThanOrEqual(10_000);
      expect(estimateSpeechSeconds(ssml)).toBeCloseTo(seconds, 0);
      expect(sum(breaksMs(ssml)) / 1000).toBeGreaterThanOrEqual(seconds * 0.75);
    }
  });

  it('runs HIIT rounds as work and a counted-down rest', () => {
    const rounds = stepsOf((step) => step.kind === 'interval');
    expect(rounds.length).toBe(10 + 15 + 20);
    for (const { workout, step, index } of rounds) {
      if (step.kind !== 'interval') continue;
      const spoken = speakStep(t, catalogue, workout, index, ALL_DONE);
      const ssml = spoken.speech.toSsml();
      expect(ssml.startsWith(`Round ${step.round} of ${step.rounds}.`)).toBe(true);
      const [work = '', rest = ''] = ssml.split(/And (?:rest|stop)\./);
      expect(sum(breaksMs(work))).toBe(step.workSeconds * 1000);
      expect(sum(breaksMs(rest))).toBeGreaterThanOrEqual(step.restSeconds * 750);
      expect(sum(breaksMs(rest))).toBeLessThanOrEqual(step.restSeconds * 1000);
      expect(work).toContain('Halfway');
      expect(work).toContain('Last 5 seconds!');
      if (step.round < step.rounds) {
        expect(rest).toContain('10 seconds left.');
        expect(spoken.prompt).toBe(`Ready for round ${step.round + 1}? Say next.`);
      } else {
        expect(ssml).toContain('every round');
        expect(speakStep(t, catalogue, workout, index, FRESH).speech.toSsml()).not.toContain('every round');
        expect(spoken.prompt).toBe("Say next when you're ready to cool down.");
      }
    }
  });

  it('paces warm-up, steady cardio, cool-down and recovery part by part, calling the time left', () => {
    for (const { workout, step, index } of stepsOf(isBlock)) {
      if (!isBlock(step)) continue;
      const spoken = speakStep(t, catalogue, workout, index);
      const ssml = spoken.speech.toSsml();
      const paused = sum(breaksMs(ssml)) / 1000;
      expect(paused).toBeGreaterThanOrEqual(step.seconds * 0.75);
      expect(paused).toBeLessThanOrEqual(step.seconds);
      if (step.part < step.parts) expect(spoken.prompt).toBe('Say next to keep going.');
      else expect(ssml).toMatch(/That&apos;s time\.$/);
      if (step.seconds >= 120) expect(ssml).toMatch(/minutes? to go\./);
    }
    const rest = buildWorkout('rest', 'beginner', catalogue.exercises);
    const recovery = rest.steps.map((_, i) => speakStep(t, catalogue, rest, i).speech.toSsml()).join(' ');
    for (const words of ['Warm up gently', 'yoga', 'stretching', 'foam rolling', 'walk', 'breathe slowly']) expect(recovery).toContain(words);
  });

  it('speaks the last step for a finished index, and never throws on odd input', () => {
    const workout = buildWorkout('cardio', 'beginner', catalogue.exercises);
    const last = speakStep(t, catalogue, workout, workout.steps.length - 1).speech.toSsml();
    for (const index of [workout.steps.length, 99, Number.POSITIVE_INFINITY]) expect(speakStep(t, catalogue, workout, index).speech.toSsml()).toBe(last);
    expect(speakStep(t, catalogue, workout, Number.NaN).prompt).toBe('Say next to keep going.');
  });
});

describe('intro, upcoming, progress, where you are, finished', () => {
  it.each(CASES)('%s at %s level: all valid, short SSML at every position', async (id, level) => {
    const workout = buildWorkout(id, level, catalogue.exercises);
    const said = [speakFinished(t, workout, summarise(workout, () => true)), speakFinished(t, workout, summarise(workout, () => false))];
    for (let index = 0; index <= workout.steps.length; index += 1) {
      said.push(speakUpcoming(t, catalogue, workout, index), speakProgress(t, workout, index), speakWhereYouAre(t, catalogue, workout, index, 'Back to'));
    }
    for (const spoken of said) {
      await expectValidSsml(`<speak>${spoken.toSsml()}</speak>`);
      expect(estimateSpeechSeconds(spoken.toSsml())).toBeLessThan(20);
    }
    // The intro leads into the first step, in one response.
    const intro = speakWorkoutIntro(t, workout).toSsml();
    await expectValidSsml(`<speak>${intro}</speak>`);
    expect(estimateSpeechSeconds(intro)).toBeLessThan(30);
    expect(estimateSpeechSeconds(`${intro} ${heard(workout, 0)}`)).toBeLessThanOrEqual(MAX_RESPONSE_SECONDS - 15);
  });

  it('introduces the session, the controls, and once that "Alexa, next" cuts a rest short', () => {
    const strength = speakWorkoutIntro(t, buildWorkout('strength-a', 'beginner', catalogue.exercises)).toSsml();
    expect(strength).toContain('Today is a strength day: 5 exercises');
    expect(strength).toContain('beginner level');
    for (const control of ['next', 'back', 'repeat', 'skip', 'pause']) expect(strength).toContain(control);
    expect(strength.match(/Alexa, next/g)).toHaveLength(1);
    expect(speakWorkoutIntro(t, buildWorkout('hiit', 'advanced', catalogue.exercises)).toSsml()).toContain('20 rounds of 30 seconds hard and 30 seconds easy');
    expect(speakWorkoutIntro(t, buildWorkout('cardio', 'intermediate', catalogue.exercises)).toSsml()).toContain('30 minutes in all');
    expect(speakWorkoutIntro(t, buildWorkout('rest', 'advanced', catalogue.exercises)).toSsml()).toContain('a gentle warm-up, yoga or stretching, foam rolling, a short walk, and a cool-down');
    expect(speakWorkoutIntro(t, buildWorkout('hiit', 'beginner', catalogue.exercises), true).toSsml()).toMatch(/^Okay, a <sub alias="hit">HIIT<\/sub> workout it is: 10 rounds/);
    expect(speakWorkoutIntro(t, buildWorkout('rest', 'beginner', catalogue.exercises), true).toSsml()).toMatch(/^Okay, a recovery session it is: a gentle warm-up/);
  });

  it("answers what's next, naming the next exercise once this one ends", () => {
    const workout = buildWorkout('strength-a', 'beginner', catalogue.exercises);
    expect(speakUpcoming(t, catalogue, workout, 0).toSsml()).toBe('Keep at this first: 2 and a half minutes to go. Next up: deadlifts, 2 sets of 8.');
    expect(speakUpcoming(t, catalogue, workout, 1).toSsml()).toBe('Next up: deadlifts, 2 sets of 8.');
    expect(speakUpcoming(t, catalogue, workout, 2).toSsml()).toBe('Next: set 2 of 2. After this exercise comes bent-over rows.');
    expect(speakUpcoming(t, catalogue, workout, workout.steps.length - 1).toSsml()).toContain('last part');
    expect(speakUpcoming(t, catalogue, workout, workout.steps.length).toSsml()).toContain('done for today');
    const hiit = buildWorkout('hiit', 'beginner', catalogue.exercises);
    expect(speakUpcoming(t, catalogue, hiit, 3).toSsml()).toBe('Next: round 3 of 10, 20 seconds hard.');
  });

  it('answers how many are left', () => {
    const workout = buildWorkout('strength-a', 'beginner', catalogue.exercises);
    expect(speakProgress(t, workout, 0).toSsml()).toBe('You&apos;re warming up, 2 and a half minutes to go. Then 5 exercises.');
    expect(speakProgress(t, workout, 4).toSsml()).toBe('You&apos;re on exercise 2 of 5. Set 1 of 2 is done. At beginner level, do 2 sets of 10. 3 more exercises after this one.');
    // The last set said: that exercise is done (found by a helper trying the console: "Set 2 of 2, 4 more after this one").
    expect(speakProgress(t, workout, 3).toSsml()).toBe('Exercise 1 of 5 is done. 4 more exercises to go.');
    expect(speakProgress(t, workout, workout.steps.length - 3).toSsml()).toBe('Exercise 5 of 5 is done. Just the cool-down to go.');
    const hiit = buildWorkout('hiit', 'beginner', catalogue.exercises);
    expect(speakProgress(t, hiit, 10).toSsml()).toBe('Round 9 of 10 is done. One more round to go.');
    expect(speakProgress(t, hiit, hiit.steps.length).toSsml()).toContain('finished');
    // Tried as a user: right after "That's time" at the end of the warm-up, "how many left" said "You're warming up".
    const cardio = buildWorkout('cardio', 'beginner', catalogue.exercises);
    const lastOf = (kind: string) => cardio.steps.findLastIndex((step) => step.kind === kind);
    // Found by a helper trying the console: "how much time is remaining" in the steady block gave no time.
    expect(speakProgress(t, cardio, 0).toSsml()).toBe('You&apos;re warming up, 2 and a half minutes to go. Then your steady block, and the cool-down.');
    const firstSteady = cardio.steps.findIndex((step) => step.kind === 'steady');
    expect(speakProgress(t, cardio, firstSteady).toSsml()).toBe('You&apos;re in your steady block, 7 and a half minutes to go. Then just the cool-down.');
    expect(speakProgress(t, cardio, lastOf('warm-up')).toSsml()).toBe('Your warm-up is done. Next come your steady block and the cool-down.');
    expect(speakProgress(t, cardio, lastOf('steady')).toSsml()).toBe('Your steady block is done. Just the cool-down left.');
    expect(speakProgress(t, workout, workout.steps.findLastIndex((step) => step.kind === 'warm-up')).toSsml()).toBe('Your warm-up is done. Next come 5 exercises.');
  });

  it('says where the user is: the workout, the exercise or round and the set, and a short cue', () => {
    const strength = buildWorkout('strength-a', 'beginner', catalogue.exercises);
    expect(speakWhereYouAre(t, catalogue, strength, 4, 'Back to').toSsml()).toBe(
      'Back to your strength workout: exercise 2 of 5, bent-over rows. Set 1 of 2 is done. Elbows back, not out.',
    );
    const hiit = buildWorkout('hiit', 'beginner', catalogue.exercises);
    expect(speakWhereYouAre(t, catalogue, hiit, 4, 'Back to').toSsml()).toBe('Back to your <sub alias="hit">HIIT</sub> workout: round 3 of 10 is done. Hard, but in control.');
    const cardio = buildWorkout('cardio', 'intermediate', catalogue.exercises);
    const steady = cardio.steps.findIndex((step) => step.kind === 'steady');
    expect(speakWhereYouAre(t, catalogue, cardio, steady, "Let's go on with").toSsml()).toBe(
      'Let&apos;s go on with your cardio workout: the steady pace, 17 and a half minutes to go. Steady pace, you can still talk.',
    );
    expect(speakWhereYouAre(t, catalogue, cardio, 1, 'Back to').toSsml()).toBe('Back to your cardio workout: the warm-up is done.');
  });

  it('sums up what was done, never more', () => {
    const strength = buildWorkout('strength-a', 'beginner', catalogue.exercises);
    expect(speakSummary(t, summarise(strength, () => true))).toMatch(/^You did every exercise: 10 sets, about \d+ minutes\.$/);
    expect(speakSummary(t, summarise(strength, (step) => step === 2))).toBe('You worked on 1 of 5 exercises: 1 of 10 sets, about 1 minute.');
    const hiit = buildWorkout('hiit', 'beginner', catalogue.exercises);
    expect(speakSummary(t, summarise(hiit, (step) => step === 2))).toBe('You did 1 of 10 rounds, about 1 minute.');
    expect(speakSummary(t, summarise(hiit, () => false))).toBe('You did 0 of 10 rounds, less than a minute.');
    expect(speakFinished(t, hiit, summarise(hiit, () => true)).toSsml()).toMatch(/^That&apos;s your <sub alias="hit">HIIT<\/sub> done\. Great work! You did all 10 rounds/);
    expect(speakFinished(t, hiit, summarise(hiit, (step) => step < 4)).toSsml()).toMatch(/^That&apos;s the end of your <sub alias="hit">HIIT<\/sub> workout\. You did 2 of 10 rounds/);
  });

  it('ends with a short well done for each kind of day done in full', () => {
    for (const id of SESSION_IDS) {
      const workout = buildWorkout(id, 'beginner' as Level, catalogue.exercises);
      const ssml = speakFinished(t, workout, summarise(workout, () => true)).toSsml();
      expect(estimateSpeechSeconds(ssml)).toBeLessThan(10);
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
