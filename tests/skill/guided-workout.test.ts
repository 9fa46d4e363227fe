import type { ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKey } from '../../lambda/store/user-key';
import { Conversation, type DeviceProfile, sessionEndedRequest } from '../../scripts/sim/envelope';
import { type Harness, expectWellFormed, resolvedSlot, spoken, startHarness } from '../support/skill-harness';

const APL = { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } };
const MAX_SECONDS = 90;

function renderDocument(response: ResponseEnvelope) {
  return response.response.directives?.find((directive) => directive.type === 'Alexa.Presentation.APL.RenderDocument') as
    | { datasources: { workout: { title: string; progress: string; steps: string[] } } }
    | undefined;
}

/** Says next until the workout ends; every turn is checked on the way. */
async function walkToTheEnd(chat: Conversation): Promise<{ turns: number; last: Awaited<ReturnType<Conversation['intent']>> }> {
  for (let turns = 1; turns < 200; turns += 1) {
    const turn = await chat.intent('AMAZON.NextIntent');
    await expectWellFormed(turn, { maxSeconds: MAX_SECONDS, endsOnQuestion: false });
    if (chat.attributes.workout === undefined) return { turns, last: turn };
  }
  throw new Error('the workout never ended');
}

describe.each([
  ['strength', '2026-11-23T15:00:00Z', /^Quick note: .*Today is a strength day: 5 exercises/, "That's your strength workout done.", 'strength'],
  ['HIIT', '2026-11-24T15:00:00Z', /Today is a HIIT day: 10 rounds of 20 seconds hard and 40 seconds easy/, "That's your HIIT done.", 'hiit'],
  ['cardio', '2026-11-26T15:00:00Z', /Today is a cardio day: 20 minutes in all/, "That's your cardio done.", 'cardio'],
  ['rest', '2026-11-29T15:00:00Z', /Today is your rest day, so let's recover/, "That's your recovery done.", 'stretch'],
] as const)('a guided %s day, turn by turn', (_, now, intro, done, activity) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ now });
  });
  afterAll(() => harness.close());

  it('starts, walks every step by voice, logs the session, and the week counts it', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    const start = await chat.intent('StartWorkoutIntent');
    await expectWellFormed(start, { maxSeconds: MAX_SECONDS, endsOnQuestion: false });
    expect(spoken(start)).toMatch(intro);
    expect(spoken(start)).toMatch(/Say next/);
    expect(start.response.response.directives ?? []).toEqual([]);

    const { last } = await walkToTheEnd(chat);
    expect(spoken(last)).toContain(done);
    expect(spoken(last)).toMatch(/Logged /);
    const { weeks } = await harness.store.history(userKey(device.userId));
    expect(weeks[0]?.sessions[activity]).toBe(1);
    expect(weeks[0]?.workout).toBeUndefined();

    const progress = await chat.intent('WeeklyProgressIntent');
    if (activity !== 'stretch') expect(spoken(progress)).toMatch(activity === 'cardio' ? /1 cardio/ : new RegExp(`1 of \\d ${activity === 'hiit' ? 'HIIT' : 'strength'}`));
  });
});

describe('steering a workout', () => {
  let harness: Harness;
  // Monday: a strength day.
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-11-23T15:00:00Z' });
  });
  afterAll(() => harness.close());

  it('back, repeat, skip, what is next, how many left, and how to do this one', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    const first = await chat.intent('AMAZON.NextIntent');
    expect(spoken(first)).toMatch(/deadlifts/i);
    const again = await chat.intent('AMAZON.RepeatIntent');
    expect(spoken(again)).toBe(spoken(first));
    const back = await chat.intent('AMAZON.PreviousIntent');
    expect(spoken(back)).toMatch(/warm/i);
    await chat.intent('AMAZON.NextIntent');

    const next = await chat.intent('WhatsNextIntent');
    await expectWellFormed(next, { endsOnQuestion: false });
    expect(spoken(next)).toMatch(/Say next to carry on with your workout\.$/);
    const left = await chat.intent('HowManyLeftIntent');
    expect(spoken(left)).toMatch(/Say next to carry on/);
    const howTo = await chat.intent('HowToCurrentIntent');
    await expectWellFormed(howTo, { maxSeconds: 150, endsOnQuestion: false });
    expect(spoken(howTo)).toMatch(/^How to do deadlifts\. Step 1: /);

    const skipped = await chat.intent('SkipExerciseIntent');
    expect(spoken(skipped)).toMatch(/bent-over rows/i);
    const yes = await chat.intent('AMAZON.YesIntent');
    expect(chat.attributes.workout).toBeDefined();
    expect(spoken(yes)).not.toBe(spoken(skipped));
  });

  it('a how-to asked mid-workout keeps its own next, and "resume my workout" comes back', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const place = (chat.attributes.workout as { index: number }).index;
    await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    const step2 = await chat.intent('AMAZON.NextIntent');
    expect(spoken(step2)).toMatch(/^Step 2: /);
    const back = await chat.intent('ResumeWorkoutIntent');
    expect(spoken(back)).toMatch(/^Let's go on\. You're on exercise 1 of 5/);
    expect((chat.attributes.workout as { index: number }).index).toBe(place);
  });

  it('pause keeps the session; resume carries on', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const paused = await chat.intent('AMAZON.PauseIntent');
    await expectWellFormed(paused, { endsOnQuestion: false });
    expect(spoken(paused)).toBe("Paused. Say, resume my workout, when you're ready.");
    expect(paused.sessionEnded).toBe(false);
    const resumed = await chat.intent('AMAZON.ResumeIntent');
    expect(spoken(resumed)).toMatch(/^Let's go on\. You're on exercise 1 of 5.*Say next when you're ready for set 2\.$/);
  });

  it('"next" outside a workout is still the how-to’s, and questions about a workout offer one', async () => {
    const chat = harness.conversation();
    const next = await chat.intent('AMAZON.NextIntent');
    expect(spoken(next)).toMatch(/nothing to move on to/);
    const left = await chat.intent('HowManyLeftIntent');
    expect(spoken(left)).toBe("There's no workout running right now. Want to start today's workout?");
    const yes = await chat.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(/Today is a strength day: 5 exercises/);
  });
});

describe('a workout keeps its place whatever is said', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-11-23T15:00:00Z' });
  });
  afterAll(() => harness.close());

  it('"no" to "say next when ready" is not yet, not goodbye', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    const no = await chat.intent('AMAZON.NoIntent');
    expect(spoken(no)).toBe("Okay. Say next when you're ready.");
    expect(no.sessionEnded).toBe(false);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Exercise 1 of 5: deadlifts/);
  });

  it('a question after a how-to mid-workout answers from the workout and brings it back', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    const upcoming = await chat.intent('WhatsNextIntent');
    expect(spoken(upcoming)).toMatch(/Say next to carry on with your workout\.$/);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Set 2 of 2/);
  });

  it('"start my workout" mid-workout offers to carry on instead of starting over', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const again = await chat.intent('StartWorkoutIntent');
    expect(spoken(again)).toBe("You're partway through today's workout. Want to pick up where you left off?");
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/^Let's go on\. You're on exercise 1 of 5/);
  });

  it('"go home" mid-workout saves the place like stop', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const home = await chat.intent('AMAZON.NavigateHomeIntent');
    expect(spoken(home)).toMatch(/^Saved your place\./);
    const { weeks } = await harness.store.history(userKey(device.userId));
    expect(weeks[0]?.workout).toMatchObject({ date: '2026-11-23', index: 1 });
  });
});

describe('stop, and resume later on any device', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-11-23T15:00:00Z' });
  });
  afterAll(() => harness.close());

  it('stop saves the place; a new session on another device resumes it', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const at = await chat.intent('AMAZON.NextIntent');
    const stop = await chat.intent('AMAZON.StopIntent');
    expect(spoken(stop)).toMatch(/^Saved your place\./);
    expect(stop.sessionEnded).toBe(true);

    const kitchen: DeviceProfile = { ...device, deviceId: `${device.deviceId}-kitchen` };
    const later = new Conversation({ handler: harness.handler, device: kitchen });
    const resumed = await later.intent('ResumeWorkoutIntent');
    await expectWellFormed(resumed, { maxSeconds: MAX_SECONDS, endsOnQuestion: false });
    // The set already done is not replayed: the user hears where they are and what comes next.
    expect(spoken(resumed)).toMatch(/Picking up where you left off\. You're on exercise 1 of 5.*Say next when you're ready for bent-over rows\.$/);
    expect(spoken(at)).toMatch(/Say next when you're ready for bent-over rows\.$/);
  });

  it('start offers to pick up a stopped workout; no starts from the top', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    await chat.send((opts) => sessionEndedRequest(opts, 'EXCEEDED_MAX_REPROMPTS'));

    const later = new Conversation({ handler: harness.handler, device });
    const offer = await later.intent('StartWorkoutIntent');
    expect(spoken(offer)).toBe('You stopped partway through earlier today. Want to pick up where you left off?');
    const no = await later.intent('AMAZON.NoIntent');
    expect(spoken(no)).toMatch(/Today is a strength day: 5 exercises/);
  });

  it('nothing to resume from another day', async () => {
    const device = harness.device();
    await harness.store.saveWorkout(userKey(device.userId), '2026-W48', { date: '2026-11-22', sessionId: 'rest', index: 1 });
    const turn = await new Conversation({ handler: harness.handler, device }).intent('ResumeWorkoutIntent');
    expect(spoken(turn)).toBe("There's no paused workout from today. Want to start today's workout?");
  });
});

describe('screens', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-11-23T15:00:00Z' });
  });
  afterAll(() => harness.close());

  it('an APL device sees the exercise, its steps and where it is, and can touch Next', async () => {
    const chat = harness.conversation({ supportedInterfaces: APL });
    await chat.intent('StartWorkoutIntent');
    const first = await chat.intent('AMAZON.NextIntent');
    const screen = renderDocument(first.response);
    expect(screen?.datasources.workout.title).toBe('Deadlifts');
    expect(screen?.datasources.workout.progress).toMatch(/Exercise 1 of 5/);
    expect(screen?.datasources.workout.steps.length).toBeGreaterThan(2);

    const touched = await chat.send((opts) => ({
      version: '1.0',
      session: { new: false, sessionId: opts.sessionId, application: { applicationId: opts.skillId }, user: { userId: opts.userId }, attributes: { ...opts.attributes } },
      context: {
        System: {
          application: { applicationId: opts.skillId },
          user: { userId: opts.userId },
          device: { deviceId: opts.deviceId, supportedInterfaces: opts.supportedInterfaces },
          apiEndpoint: opts.apiEndpoint,
          apiAccessToken: opts.apiAccessToken,
        },
      },
      request: { type: 'Alexa.Presentation.APL.UserEvent', requestId: 'amzn1.echo-api.request.touch', timestamp: '2026-11-23T15:00:00Z', locale: 'en-US', token: 'workout', arguments: ['next'], source: {}, components: {} },
    }));
    expect(spoken(touched)).toMatch(/^Set 2 of /);
  });

  it('a how-to answer shows its steps on a screen, and a speaker gets no screen', async () => {
    const withScreen = await harness.conversation({ supportedInterfaces: APL }).intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    expect(renderDocument(withScreen.response)?.datasources.workout.title).toBe('The superman');
    const speaker = await harness.conversation().intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    expect(speaker.response.response.directives ?? []).toEqual([]);
  });
});
