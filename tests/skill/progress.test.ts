import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKey } from '../../lambda/store/user-key';
import { type StoreCall, countingStore } from '../../scripts/sim/counting-store';
import { intentRequest, skillEvent } from '../../scripts/sim/envelope';
import { type MemoryProgressStore, memoryProgressStore } from '../../scripts/sim/memory-store';
import { type Harness, expectWellFormed, resolvedSlot, spoken, startHarness, unmatchedSlot } from '../support/skill-harness';
import { committedMatcher } from '../support/committed-model';

// Tuesday 24 November 2026, 10:00 in New York: a HIIT day in the default week (rest on Sunday), ISO week 2026-W48.
let harness: Harness;
/** What the skill keeps; the tests seed and read it directly, so only the skill's own calls are counted. */
const store: MemoryProgressStore = memoryProgressStore();
const counted = { calls: [] as StoreCall[] };

beforeAll(async () => {
  const counting = countingStore(store);
  counted.calls = counting.calls;
  harness = await startHarness({ store, dependencies: { store: counting.store } });
});
afterAll(() => harness.close());

const activity = (id: string, said?: string) => ({ activity: resolvedSlot('activity', 'ActivityName', id, said) });
const callsDuring = async <T>(work: () => Promise<T>): Promise<{ result: T; calls: string[] }> => {
  const before = counted.calls.length;
  const result = await work();
  return { result, calls: counted.calls.slice(before).map((call) => call.method) };
};

describe('logging by voice', () => {
  it('logs after one read of its week, tells where the week stands from the write itself, and offers undo', async () => {
    const chat = harness.conversation();
    const { result: turn, calls } = await callsDuring(() => chat.intent('LogActivityIntent', activity('strength')));
    await expectWellFormed(turn);
    expect(spoken(turn)).toContain("Logged your strength session. That's 1 of 3 strength sessions this week. If that was a mistake, say undo. Anything else?");
    // The read asks first whether this request was logged already, or the day's session was.
    expect(calls).toEqual(['history', 'recordActivity']);
  });

  it('logs what today’s plan called for', async () => {
    const turn = await harness.conversation().intent('FinishedTodayIntent');
    await expectWellFormed(turn);
    expect(spoken(turn)).toContain("Logged 20 minutes of HIIT. That's 1 of 2 HIIT sessions this week.");
  });

  it('takes minutes and steps', async () => {
    const chat = harness.conversation();
    const swim = await chat.intent('LogActivityIntent', { ...activity('cardio', 'swam'), duration: 'PT30M' });
    expect(spoken(swim)).toContain("Logged a 30-minute swim. That's one cardio session this week.");
    const walk = await chat.intent('LogActivityIntent', { steps: '2000' });
    // Steps are steps, not a walk.
    expect(spoken(walk)).toContain("Logged 2,000 extra steps. That's 2,000 extra steps this week.");
    const more = await chat.intent('LogActivityIntent', { ...activity('walk'), steps: '1500' });
    expect(spoken(more)).toContain("That's 3,500 extra steps this week.");
    const stretch = await chat.intent('LogActivityIntent', activity('stretch'));
    expect(spoken(stretch)).toContain('Logged a stretch and recovery day. Recovery counts too.');
  });

  it('asks what was done when it cannot tell, and refuses impossible amounts', async () => {
    const chat = harness.conversation();
    const vague = await chat.intent('LogActivityIntent');
    await expectWellFormed(vague);
    expect(spoken(vague)).toMatch(/^Tell me what you did/);
    const huge = await chat.intent('LogActivityIntent', { ...activity('cardio'), duration: 'PT30H' });
    expect(spoken(huge)).toMatch(/^That's more than I can log at once/);
    const { calls } = await callsDuring(() => chat.intent('LogActivityIntent', { steps: '5000000' }));
    expect(calls).toEqual([]);
  });

  it('counts a retried request once, and answers it as the first time', async () => {
    const device = harness.device();
    const request = intentRequest({ ...device, sessionId: 'amzn1.echo-api.session.retry', newSession: true }, 'LogActivityIntent', activity('hiit'));
    const first = await harness.handler(request);
    const again = await harness.handler(request);
    const firstText = JSON.stringify(first.response.outputSpeech);
    expect(firstText).toContain('1 of 2');
    expect(JSON.stringify(again.response.outputSpeech)).toBe(firstText);
    const history = await store.history(userKey(device.userId));
    expect(history.weeks[0]?.sessions.hiit).toBe(1);
  });

  it('undoes the log just made, once', async () => {
    const chat = harness.conversation();
    await chat.intent('LogActivityIntent', activity('strength'));
    await chat.intent('LogActivityIntent', activity('strength'));
    await chat.intent('AMAZON.YesIntent');
    const undo = await chat.intent('UndoIntent');
    await expectWellFormed(undo);
    expect(spoken(undo)).toMatch(/^Done\. I took off (the |\d|[a-z])[^.]*\./);
    // Undo again: the log before it, of this session, said back first, as a removal is (never taken off unasked).
    const again = await chat.intent('UndoIntent');
    expect(spoken(again)).toMatch(/^Remove the strength session you logged today\?$/);
    await chat.intent('AMAZON.NoIntent');
    const progress = await chat.intent('WeeklyProgressIntent');
    expect(spoken(progress)).toContain('1 of 3 strength sessions');
  });
});

describe('undo after repeat', () => {
  it('"repeat" keeps the log in hand, so "undo that" still works', async () => {
    const chat = harness.conversation();
    await chat.intent('LogActivityIntent', { steps: '3000' });
    await chat.intent('AMAZON.RepeatIntent');
    const undo = await chat.intent('UndoIntent');
    expect(spoken(undo)).toMatch(/^Done\. I took off (the |\d|[a-z])[^.]*\./);
  });
});

describe('how am I doing', () => {
  // Found by a helper trying the console: "Last week you did 2 of 6 planned sessions" at launch, then "Last week you did
  // 5 sessions in all" asked how the week goes; three bike rides were counted as three planned cardio sessions.
  it('counts last week as the look-back does: planned sessions, each kind up to its target', async () => {
    const device = harness.device();
    const user = userKey(device.userId);
    await store.recordActivity(user, { week: '2026-W47', weekday: 1, activity: 'strength', requestId: 'last-week-strength' });
    for (const weekday of [2, 3, 4] as const) await store.recordActivity(user, { week: '2026-W47', weekday, activity: 'cardio', minutes: 20, requestId: `last-week-ride-${weekday}` });
    const chat = new (await import('../../scripts/sim/envelope')).Conversation({ handler: harness.handler, device });
    await chat.intent('LogActivityIntent', activity('strength'));
    expect(spoken(await chat.intent('WeeklyProgressIntent'))).toContain('Last week you did 2 of 6 planned sessions.');
  });

  // Found by a helper trying the console: with only a walk last week, "Last week you did 0 sessions in all", while "how
  // did last week go" said "one walk".
  it('says nothing of last week\'s sessions when it had none, only walks', async () => {
    const device = harness.device();
    await store.recordActivity(userKey(device.userId), { week: '2026-W47', weekday: 3, activity: 'walk', minutes: 30, requestId: 'last-week-walk' });
    const chat = new (await import('../../scripts/sim/envelope')).Conversation({ handler: harness.handler, device });
    await chat.intent('LogActivityIntent', activity('strength'));
    const turn = await chat.intent('WeeklyProgressIntent');
    expect(spoken(turn)).toMatch(/^This week: 1 of 3 strength sessions/);
    expect(spoken(turn)).not.toMatch(/Last week you did/);
  });

  it('reports the week against the plan, what is left, last week and the streak, across sessions', async () => {
    const device = harness.device();
    const key = userKey(device.userId);
    // Last week and the week before met the plan.
    for (const week of ['2026-W47', '2026-W46']) {
      for (const [activityId, count] of [['strength', 3], ['hiit', 2], ['cardio', 1]] as const) {
        for (let i = 0; i < count; i += 1) await store.recordActivity(key, { week, weekday: 1, activity: activityId, requestId: `${week}-${activityId}-${i}` });
      }
    }
    const first = new (await import('../../scripts/sim/envelope')).Conversation({ handler: harness.handler, device });
    await first.intent('LogActivityIntent', activity('strength'));
    await first.intent('LogActivityIntent', { steps: '11000' });
    await first.intent('AMAZON.StopIntent');

    const later = new (await import('../../scripts/sim/envelope')).Conversation({ handler: harness.handler, device });
    const { result: turn, calls } = await callsDuring(() => later.intent('WeeklyProgressIntent'));
    await expectWellFormed(turn);
    expect(spoken(turn)).toBe(
      'This week: 1 of 3 strength sessions and 11,000 extra steps. Still to do: 2 strength, 2 HIIT, and 1 cardio. Last week you did 6 of 6 planned sessions. That\'s 2 weeks in a row on plan. What would you like next?',
    );
    expect(calls).toEqual(['history']);
  });

  // Found by helpers trying the console (December 3): a yoga day logged was left out of the week's answer. With its
  // minutes, as a walk and cardio have them (found by a helper trying the console, December 5: "I stretched for 15
  // minutes on Monday" came back as "one stretch session").
  it('names the stretch and recovery days of the week, with their minutes', async () => {
    const chat = harness.conversation();
    await chat.intent('LogActivityIntent', { ...activity('stretch', 'yoga'), duration: 'PT20M' });
    expect(spoken(await chat.intent('WeeklyProgressIntent'))).toMatch(/^This week: one stretch session of 20 minutes\./);
    expect(spoken(await chat.intent('WeeklyProgressIntent', { date: '2026-11-24' }))).toMatch(/^Today: one stretch session of 20 minutes\./);
    const hindi = harness.conversation({ locale: 'hi-IN' });
    await hindi.intent('LogActivityIntent', { ...activity('stretch', 'yoga'), duration: 'PT20M' });
    expect(spoken(await hindi.intent('WeeklyProgressIntent'))).toMatch(/1 stretch session, कुल 20 मिनट/);
    // No minutes said: the session alone.
    const bare = harness.conversation();
    await bare.intent('LogActivityIntent', activity('stretch', 'yoga'));
    expect(spoken(await bare.intent('WeeklyProgressIntent'))).toMatch(/^This week: one stretch session\./);
  });

  // Found by a helper trying the console (December 3): "and last week?" after "how am I doing" read the week's plan, and
  // "and Tuesday?" after "what did I do on Monday" the plan for next Tuesday.
  it('a day said alone right after a progress answer asks about that day\'s progress; otherwise about its plan', async () => {
    const chat = harness.conversation();
    await chat.intent('WeeklyProgressIntent');
    const lastWeek = await chat.intent('WorkoutForDayIntent', { followDate: '2026-W47' });
    await expectWellFormed(lastWeek);
    expect(spoken(lastWeek)).toMatch(/^Last week: nothing logged\./);
    // Alexa puts a weekday ahead; asked about progress, it is the one gone by.
    const monday = await chat.intent('WorkoutForDayIntent', { followDate: '2026-11-30' });
    expect(spoken(monday)).toMatch(/^Nothing logged for yesterday\./);
    const plan = await harness.conversation().intent('WorkoutForDayIntent', { followDate: '2026-11-26' });
    expect(spoken(plan)).toMatch(/Thursday is a cardio day/);
    // A week gone by said alone has no plan of its own (every week's is the same): what was done then, whatever came
    // before (found by a helper trying the console, December 5: after a turn not understood, it read the plan).
    expect(spoken(await harness.conversation().intent('WorkoutForDayIntent', { followDate: '2026-W47' }))).toMatch(/^Last week: nothing logged\./);
  });

  // Tried as a user (December 5): "how much cardio did I do this week" got the cardio tip and no number, at rest and
  // mid-workout ("how many minutes of cardio this week" too). A kind of activity asked about is the week's answer.
  it('"how much cardio did I do this week" tells the week, at rest and mid-workout; a slot that took it does too', async () => {
    const heard = (said: string) => {
      const [match, ...others] = committedMatcher('en-US').literal(said);
      expect(others.map((other) => other.intent), said).toEqual([]);
      expect(match?.intent, said).toBe('WeeklyProgressIntent');
      return match!;
    };
    const chat = harness.conversation();
    await chat.intent('LogActivityIntent', { ...activity('cardio', 'swam'), duration: 'PT30M' });
    // That kind's part of the week only, never the whole week read out (tried as a user, December 5).
    for (const said of ['how much cardio did I do this week', 'how many minutes of cardio have I done']) {
      const match = heard(said);
      const told = spoken(await chat.intent(match.intent, match.slots));
      expect(told, said).toMatch(/^This week: one swim of 30 minutes\. What would you like next\?$/);
    }
    const walks = heard('how many walks did I do');
    expect(spoken(await chat.intent(walks.intent, walks.slots))).toMatch(/^No walks or steps logged yet this week\./);
    // A kind the slot does not hold is read for the kind it names (found in review: the whole week).
    expect(spoken(await chat.intent('WeeklyProgressIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'strength sessions') }))).toMatch(/^No strength sessions logged yet this week\./);
    expect(spoken(await chat.intent('WeeklyProgressIntent', activity('strength')))).toMatch(/^No strength sessions logged yet this week\. Still to do: 3 strength\./);
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
    await chat.intent('AMAZON.NextIntent');
    const asked = heard('how much cardio did I do');
    const midWorkout = await chat.intent(asked.intent, asked.slots);
    await expectWellFormed(midWorkout, { endsOnQuestion: false });
    expect(spoken(midWorkout)).toMatch(/^This week: one swim of 30 minutes\. Say next to carry on with your workout\.$/);
    // Alexa may put such a question in the topic intent's open slot: the week, never the cardio tip.
    for (const taken of ['cardio did i do this week', 'minutes of cardio this week', 'workouts have i done so far']) {
      const turn = await chat.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', taken) });
      expect(spoken(turn), taken).toMatch(/^This week: one swim of 30 minutes.*Say next to carry on with your workout\.$/);
    }
    // How much to do is a question about cardio, not about the week, and health said beside it is health (found in
    // review: "what about exercise today with chest pain" was "Nothing logged for today"); last week and yesterday are
    // asked of their own.
    for (const asked of ['cardio should i do this week', 'cardio do i have to do', 'days do i have to work out', 'walking today', 'cardio today', 'exercise today with chest pain', 'running today with my herniated disc']) {
      const turn = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', asked) });
      expect(spoken(turn), asked).not.toMatch(/This week|Nothing logged/);
    }
    const pain = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'exercise today with chest pain') });
    expect(spoken(pain)).toMatch(/call nine one one/);
    const lastWeek = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'cardio did i do last week') });
    expect(spoken(lastWeek)).toMatch(/^Last week: nothing logged\./);
  });

  it('has a kind word for an empty week', async () => {
    const turn = await harness.conversation().intent('WeeklyProgressIntent');
    expect(spoken(turn)).toMatch(/^Nothing logged yet this week\. Still to do: 3 strength, 2 HIIT, and 1 cardio\./);
  });
});

describe('level and rest day', () => {
  it('doses follow the level everywhere, in this session and the next', async () => {
    const device = harness.device();
    const { Conversation } = await import('../../scripts/sim/envelope');
    const chat = new Conversation({ handler: harness.handler, device });
    const set = await chat.intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', 'advanced') });
    await expectWellFormed(set);
    expect(spoken(set)).toMatch(/^Got it: advanced\./);
    const today = await chat.intent('WorkoutForDayIntent');
    expect(spoken(today)).toContain('20 rounds of 30 seconds hard, 30 seconds easy, 30 minutes in all');

    const next = new Conversation({ handler: harness.handler, device });
    await next.launch();
    await next.intent('AllStepsIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    await next.intent('AMAZON.YesIntent');
    const cues = await next.intent('AMAZON.YesIntent');
    expect(spoken(cues)).toContain('At advanced level, do 3 sets of 12');
  });

  // Tried as a user (December 5): "make today my rest day" read today's workout, "I want today off" got "Sorry, I didn't
  // get that" (heard as a level), and "I need a rest day" paused. Resting today is a day off; the week's rest day stays.
  it('"make today my rest day", "I want today off", "I need a rest day" get the day-off answer; nothing is set', async () => {
    for (const said of ['make today my rest day', 'I want today off', 'I need a rest day', "I'm taking today off"]) {
      const [match, ...others] = committedMatcher('en-US').literal(said);
      expect(others.map((other) => other.intent), said).toEqual([]);
      const chat = harness.conversation();
      const turn = await chat.intent(match!.intent, match!.slots);
      await expectWellFormed(turn);
      expect(spoken(turn), said).toMatch(/A day off now and then is fine\./);
      expect(spoken(await chat.intent('MyRestDayIntent')), said).toMatch(/^Sunday is your rest day\./);
    }
    // A topic the level slot took is that topic's answer, never "which level?".
    const level = await harness.conversation().intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'today off please') });
    expect(spoken(level)).toMatch(/A day off now and then is fine\./);
  });

  it('asks again for a level it does not know', async () => {
    const turn = await harness.conversation().intent('SetLevelIntent', { level: { name: 'level', value: 'olympic', confirmationStatus: 'NONE' } });
    expect(spoken(turn)).toBe('I can set beginner, intermediate, or advanced. Which one?');
  });

  // Found by a helper trying the console (December 5): with Saturday the rest day, the hint said "make Saturday my rest day".
  it('the rest day heard back is changed by another day in its hint, never the day it already is', async () => {
    for (const [locale, day, example] of [['en-US', 'Saturday', /make Sunday my rest day/], ['en-US', 'Sunday', /make Saturday my rest day/], ['hi-IN', 'Saturday', /रविवार को मेरा आराम का दिन बनाओ/]] as const) {
      const chat = harness.conversation({ locale });
      await chat.intent('SetRestDayIntent', { day });
      const told = spoken(await chat.intent('MyRestDayIntent'));
      expect(told, `${locale} ${day}`).toMatch(example);
    }
  });

  // Found in review: with a level named beside the way to move, the level named was set, the opposite way.
  it('a level named beside "easier", "harder" or "less" steps the way said, never to the level named', async () => {
    const heard = (said: string) => ({ direction: unmatchedSlot('direction', 'LevelDirection', said) });
    for (const [said, level] of [
      ['make it less advanced', 'advanced'],
      ['make it easier the advanced moves are hard', 'advanced'],
      ['make it harder beginner is boring', 'beginner'],
      // Denied, said as where not to go (found in a fourth review).
      ["can you make it harder i don't want to go back to beginner", 'beginner'],
      ['take it down a level not all the way to beginner', 'beginner'],
    ] as const) {
      const chat = harness.conversation();
      await chat.intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', 'intermediate') });
      await chat.intent('ChangeLevelIntent', heard(said));
      expect(chat.attributes.level, said).not.toBe(level);
    }
    const named = harness.conversation();
    await named.intent('ChangeLevelIntent', heard('put me on advanced'));
    expect(named.attributes.level).toBe('advanced');
    // Named in any words with no way to move beside it, it is set (found in a third review: "I need intermediate
    // workouts" and Devanagari asked which).
    for (const said of ['i need intermediate workouts', 'मुझे intermediate level पर', 'mujhe intermediate wala level', 'take me down to intermediate', 'bump me up to intermediate']) {
      const chat = harness.conversation();
      await chat.intent('ChangeLevelIntent', heard(said));
      expect(chat.attributes.level, said).toBe('intermediate');
    }
  });

  // Found in review: "let's do hiit, I know how to do it" began the HIIT lesson once Hindi "kaise" taught it.
  it('"let\'s do hiit, I know how to do it" starts the workout; "I don\'t know how to do it" teaches it', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'hiit i know how to do it') });
    expect(chat.attributes.workout).toBeDefined();
    // Found in a third review: English "how to" asked started the timer once "how to" was left to Hindi.
    for (const said of ["hiit but i don't know how to do it", 'swimming how to start']) {
      const asked = harness.conversation();
      await asked.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', said) });
      expect(asked.attributes.workout, said).toBeUndefined();
    }
  });

  // Found in review: "can I make tomorrow my day off" was "I don't know that one yet"; "what's the plan for last week"
  // read last week with today's rest day.
  it('"make tomorrow my day off" is the day-off answer; a week gone by is said to be unkept', async () => {
    // Never "pick up tomorrow" said of tomorrow, and how to move the weekly one is said (found in a third review).
    const tomorrow = spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'make tomorrow my rest day') }));
    expect(tomorrow).toMatch(/^A day off now and then is fine.*Your rest day each week is Sunday\. To make it Wednesday every week, say: make Wednesday my rest day\./);
    expect(tomorrow).not.toMatch(/pick up tomorrow/);
    // "Can I take tomorrow off", the slot taking "tomorrow off" (it was "I don't know that one yet").
    expect(spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'tomorrow off') }))).toMatch(/^A day off now and then is fine/);
    expect(spoken(await harness.conversation().intent('WorkoutForDayIntent', { date: '2026-W47' }))).toMatch(/I don't keep the plans of weeks gone by\. Here's this week\. Monday/);
  });

  it('moves the week around the chosen rest day, and every today answer follows it', async () => {
    const device = harness.device();
    const { Conversation } = await import('../../scripts/sim/envelope');
    const chat = new Conversation({ handler: harness.handler, device });
    const set = await chat.intent('SetRestDayIntent', { day: 'Tuesday' });
    await expectWellFormed(set);
    // A Tuesday: Monday has gone by, so this week today's HIIT and Sunday's rest swap (see workout-for-day.test.ts). On
    // Sunday, that HIIT would sit between Saturday's and next Monday's (found in review): Thursday takes it instead.
    expect(spoken(set)).toMatch(
      /^Done\. Tuesday is your rest day now\. This week, to keep your HIIT days apart, it has HIIT on Thursday and cardio on Sunday, and the days gone by stay as they were\. From next week, the whole week moves around Tuesday\. Today is your rest day\./,
    );
    const plan = await chat.intent('AMAZON.YesIntent');
    expect(spoken(plan)).toContain('Monday, strength. Tuesday, rest and stretch. Wednesday, strength. Thursday, HIIT. Friday, strength. Saturday, HIIT. Sunday, cardio.');

    const later = new Conversation({ handler: harness.handler, device });
    const today = await later.intent('WorkoutForDayIntent');
    expect(spoken(today)).toContain('Today is your rest day.');
  });

  // Found by a helper trying the console: "I'd like to have Sundays off" and "I want to take it easy today" started
  // today's workout, heard through "I'd like to {session}".
  it('a day off asked for through the start-workout words sets the rest day, or gets the day-off answer; no workout starts', async () => {
    const chat = harness.conversation();
    const set = await chat.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'have sundays off') });
    await expectWellFormed(set);
    expect(spoken(set)).toMatch(/Sunday is (already )?your rest day/);
    expect(spoken(set)).not.toMatch(/warm-up|Warm up/);
    const easy = await harness.conversation().intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'take it easy') });
    expect(spoken(easy)).toMatch(/A day off now and then is fine/);
    for (const said of ["I'd like to have Sundays off if that's alright", 'I want to take Sundays off']) {
      expect(committedMatcher('en-US').literal(said).map((match) => match.intent), said).toEqual(['SetRestDayIntent']);
    }
  });

  // Found in a fourth blind batch (December 4): "I'd like to be intermediate please", heard through "I'd like to
  // {session}", started today's workout.
  it('a level asked for through the start-workout words sets the level; a workout named at a level still starts', async () => {
    const set = await harness.conversation().intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'be intermediate please') });
    await expectWellFormed(set);
    expect(spoken(set)).toMatch(/intermediate/i);
    expect(spoken(set)).not.toMatch(/warm-up|Warm up/);
    const denied = await harness.conversation().intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'be a beginner anymore') });
    expect(spoken(denied)).not.toMatch(/You're now at beginner|beginner level now/i);
    const workout = await harness.conversation().intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'do an advanced workout') });
    expect(spoken(workout)).toMatch(/warm-up|Warm up/);
  });

  // Found by a helper trying the console: to "Which day would you like to rest?", "sunday" reached the fallback,
  // "sunday please" a level and "make it sunday" a level change.
  it('a weekday said alone answers "which day would you like to rest?"; said out of the blue, it asks what it is for', async () => {
    const chat = harness.conversation();
    expect(spoken(await chat.intent('SetRestDayIntent'))).toMatch(/^Which day would you like to rest\?/);
    for (const said of ['sunday', 'sunday please', 'make it sunday', "let's say sunday"]) {
      expect(committedMatcher('en-US').literal(said).map((match) => match.intent), said).toEqual(['SetRestDayIntent']);
    }
    const [answer] = committedMatcher('en-US').literal('sunday please');
    const set = await chat.intent(answer!.intent, answer!.slots);
    await expectWellFormed(set);
    expect(spoken(set)).toMatch(/^(Done\. )?Sunday is (already )?your rest day/);
    // Found in review: out of the blue (or to "Which day was that?" when logging) it told that day's plan, and a log
    // asked about was silently dropped. It says what a day alone can be for; a question pending is asked again.
    const [alone] = committedMatcher('en-US').literal('friday');
    const day = await harness.conversation().intent(alone!.intent, alone!.slots);
    await expectWellFormed(day);
    expect(spoken(day)).toBe("Friday? You can ask what's on Friday, make Friday your rest day, or log what you did, like: I ran on Friday. What would you like?");
    const pending = harness.conversation();
    await pending.intent('DeleteDataIntent');
    expect(spoken(await pending.intent(alone!.intent, alone!.slots))).toBe("Sorry, I didn't get that. Should I delete all your data? Say yes or no.");
    const [hindi] = committedMatcher('hi-IN').literal('रविवार');
    expect(hindi?.intent).toBe('SetRestDayIntent');
  });

  // Found by helpers trying the console (December 7, twice): "I want Wednesdays and Sundays off" set Wednesday and said
  // nothing of Sunday, and "I want sunday and saturday both rest" undid Saturday unsaid. The plan keeps one rest day:
  // said so, and which one asked, nothing set until then.
  it.each([
    ['en-US', 'I want Wednesdays and Sundays off', 'Wednesday', 'Sunday'],
    ['en-US', 'make Saturday and Sunday my rest days', 'Saturday', 'Sunday'],
    ['en-IN', 'I want sunday and saturday both rest', 'Sunday', 'Saturday'],
    // Found in review: each set the first day.
    ['en-US', "I'd like Wednesdays and Sundays off", 'Wednesday', 'Sunday'],
    ['en-US', 'make Saturday my rest day and Sunday too', 'Saturday', 'Sunday'],
    ['hi-IN', 'बुधवार और रविवार को छुट्टी चाहिए', 'बुधवार', 'रविवार'],
  ] as const)('%s "%s" asks which one, as the plan keeps one rest day', async (locale, said, first, second) => {
    const [heard, ...others] = committedMatcher(locale).literal(said);
    expect(others).toEqual([]);
    expect(heard?.intent).toBe('SetRestDayIntent');
    const device = harness.device({ locale });
    const chat = harness.conversation(device);
    const asked = await chat.intent(heard!.intent, heard!.slots);
    await expectWellFormed(asked);
    const hindi = locale === 'hi-IN';
    const question = hindi ? `^आपके plan में हफ़्ते में एक दिन आराम का है, .*कौन सा दिन चाहिए: ${first} या ${second}\\?$` : `^Your plan keeps one rest day a week, .*Which one would you like: ${first} or ${second}\\?$`;
    expect(spoken(asked)).toMatch(new RegExp(question));
    expect((await store.history(userKey(device.userId))).profile?.restDay).toBeUndefined();
    const [answer] = committedMatcher(locale).literal(second.toLowerCase());
    const set = hindi ? `(हो गया\\. अब )?${second} (पहले से ही )?आपके आराम का दिन` : `^(Done\\. )?${second} is (already )?your rest day`;
    expect(spoken(await chat.intent(answer!.intent, answer!.slots))).toMatch(new RegExp(set));
  });

  // Noticed trying the console (December 7): mid-workout, "sunday" to "Which one would you like: Wednesday or Sunday?" told
  // what a day alone can be for, and "let's go with Sunday", idle, started today's workout (Wednesday here, Sunday being
  // the rest day already). The day picked is the rest day;
  // mid-workout a yes is still the workout's.
  it.each([
    ['mid-workout, a weekday alone', true, 'wednesday'],
    ['"let\'s go with Wednesday"', false, "let's go with wednesday"],
    ['mid-workout, "the Wednesday one"', true, 'the wednesday one'],
  ] as const)('%s answers which of two rest days', async (_, midWorkout, answer) => {
    const chat = harness.conversation();
    if (midWorkout) {
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
    }
    const [asked] = committedMatcher('en-US').literal('I want Wednesdays and Sundays off');
    expect(spoken(await chat.intent(asked!.intent, asked!.slots))).toMatch(/Which one would you like: Wednesday or Sunday\?$/);
    const heard = committedMatcher('en-US').resolve(answer);
    const set = await chat.intent(heard.intent, heard.slots);
    expect(spoken(set)).toMatch(/^Done\. Wednesday is your rest day now/);
    if (midWorkout) expect(spoken(set)).toMatch(/Say next to carry on with your workout\.$/);
  });

  // Found in review: mid-workout, a yes after "which day would you like to rest?" got the menu, and the workout waited.
  it.each(['I want Wednesdays and Sundays off', 'change my rest day'])('mid-workout, a yes after "%s" still moves the workout on', async (said) => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const heard = committedMatcher('en-US').resolve(said);
    expect(spoken(await chat.intent(heard.intent, heard.slots))).toMatch(/Which (one|day) would you like/);
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/^Round 1 of 10\./);
  });

  // Found in review: each set Wednesday as the rest day.
  it.each(["let's not do wednesday", 'I want to train on wednesday', "I'm free on wednesday", 'I want to do hiit on wednesday'])(
    'to which of two rest days, "%s" picks none',
    async (answer) => {
      const chat = harness.conversation();
      await chat.intent('SetRestDayIntent', { day: 'wednesday', otherDay: 'sunday' });
      const heard = committedMatcher('en-US').resolve(answer);
      expect(spoken(await chat.intent(heard.intent, heard.slots))).not.toMatch(/Wednesday is your rest day/);
    },
  );

  // Found by a helper trying the console: mid-way through the day's cardio, "make Saturday my rest day" said "Today is a
  // strength day. Say next to carry on with your workout". The workout under way carries on, and is not contradicted.
  it('a rest day set mid-workout leaves the workout under way as it is, and never says today is another kind', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const set = await chat.intent('SetRestDayIntent', { day: 'saturday' });
    await expectWellFormed(set, { endsOnQuestion: false });
    expect(spoken(set)).toMatch(/^Done\. Saturday is your rest day now\. This week, to keep your HIIT days apart, it has HIIT on Friday and strength on Sunday, .*Say next to carry on with your workout\.$/);
    expect(spoken(set)).not.toMatch(/Today is/);
  });

  // Found by a helper trying the console: "change my rest day to sunday", when it already was, said "Done. Sunday is
  // your rest day now, and the week moves around it".
  it('a rest day that already is one is said to be, in a new session too, and nothing moves', async () => {
    const device = harness.device();
    const { Conversation } = await import('../../scripts/sim/envelope');
    expect(spoken(await new Conversation({ handler: harness.handler, device }).intent('SetRestDayIntent', { day: 'sunday' }))).toMatch(
      /^Sunday is already your rest day\./,
    );
    await new Conversation({ handler: harness.handler, device }).intent('SetRestDayIntent', { day: 'Tuesday' });
    const again = await new Conversation({ handler: harness.handler, device }).intent('SetRestDayIntent', { day: 'tuesday' });
    await expectWellFormed(again);
    expect(spoken(again)).toMatch(/^Tuesday is already your rest day\. Today is your rest day\./);
  });
});

describe('reset and delete, after a yes', () => {
  it('reset this week asks first; no keeps it, yes clears it', async () => {
    const device = harness.device();
    const { Conversation } = await import('../../scripts/sim/envelope');
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('LogActivityIntent', activity('strength'));
    const ask = await chat.intent('ResetWeekIntent');
    await expectWellFormed(ask);
    expect(spoken(ask)).toBe('This clears everything logged this week. Are you sure?');
    const no = await chat.intent('AMAZON.NoIntent');
    expect(spoken(no)).toMatch(/^Okay, I kept everything\./);
    expect((await store.history(userKey(device.userId))).weeks[0]?.sessions.strength).toBe(1);

    await chat.intent('ResetWeekIntent');
    const yes = await chat.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(/^Done\. This week is a clean slate\./);
    expect((await store.history(userKey(device.userId))).weeks).toEqual([]);
  });

  it('delete all my data asks first, then forgets the user entirely', async () => {
    const device = harness.device();
    const { Conversation } = await import('../../scripts/sim/envelope');
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', 'intermediate') });
    await chat.intent('LogActivityIntent', activity('cardio'));
    await chat.intent('DeleteDataIntent');
    const yes = await chat.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toBe("Done. I've deleted everything I kept about you. If you have reminders from me, you can cancel them in the Alexa app. Goodbye.");
    expect(yes.sessionEnded).toBe(true);
    expect(await store.history(userKey(device.userId))).toMatchObject({ weeks: [], deletion: { pending: false } });
    expect(await store.history(userKey(device.userId))).not.toHaveProperty('profile');
  });

  // Found by a tester: to "Are you sure?", "hang on, what exactly gets deleted" was "Sorry, I didn't get that". The
  // model has no such question, so Alexa sends it as the fallback, its words unheard; with a deletion pending, what it
  // erases is told whatever was said, and the question asked again. Nothing is deleted until a yes.
  it('a question while a deletion waits for a yes hears what it erases, then the question again; nothing is deleted', async () => {
    const device = harness.device();
    const { Conversation } = await import('../../scripts/sim/envelope');
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('LogActivityIntent', activity('cardio'));
    await chat.intent('DeleteDataIntent');
    const erases =
      "Deleting erases everything I keep about you: your level and rest day, everything you've logged, where you stopped a workout, whether a workout waits for your doctor's okay or you're under 18, and your device's time zone, and cancels the workout reminders I set.";
    const asked = await chat.intent('AMAZON.FallbackIntent');
    await expectWellFormed(asked, { endsOnQuestion: false });
    expect(spoken(asked)).toBe(`${erases} Should I delete all your data? Say yes or no.`);
    expect((await store.history(userKey(device.userId))).weeks[0]?.sessions.cardio).toBe(1);
    // "What do you know about me" then is the same question, and the deletion still waits.
    expect(spoken(await chat.intent('PrivacyIntent'))).toBe(`${erases} Should I delete all your data? Say yes or no.`);
    expect(spoken(await chat.intent('AMAZON.NoIntent'))).toMatch(/^Okay, I kept everything\./);
    expect((await store.history(userKey(device.userId))).weeks[0]?.sessions.cardio).toBe(1);
    await chat.intent('DeleteDataIntent');
    await chat.intent('AMAZON.FallbackIntent');
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/^Done\. I've deleted everything I kept about you\./);
    expect((await store.history(userKey(device.userId))).weeks).toEqual([]);
    const hindi = harness.conversation({ locale: 'hi-IN' });
    await hindi.intent('DeleteDataIntent');
    const inHindi = await hindi.intent('AMAZON.FallbackIntent');
    await expectWellFormed(inHindi, { endsOnQuestion: false });
    expect(spoken(inHindi)).toMatch(/^मिटाने से .* क्या मैं आपका सारा डेटा मिटा दूँ\? हाँ या नहीं बोलिए\.$/);
  });

  // Found by trying the console as a user: "what do you know about me" reached the fallback.
  it('"what do you know about me" says what is kept, for how long, where its voice goes, and how to delete it', async () => {
    const turn = await harness.conversation().intent('PrivacyIntent');
    await expectWellFormed(turn);
    const said = spoken(turn);
    // Found in review: "only what you tell me" left out the time zone and a stopped workout's place, which it keeps too.
    expect(said).toMatch(/^I keep your settings, your logs, where you stopped a workout, whether a workout waits for your doctor's okay or you're under 18, and your time zone, under a code, never your name\./);
    expect(said).toContain('about a year');
    expect(said).toContain('voice recordings');
    expect(said).toMatch(/say: delete my data\. What else (would you like|can I help with)\?$/);
    const hindi = await harness.conversation({ locale: 'hi-IN' }).intent('PrivacyIntent');
    await expectWellFormed(hindi);
    expect(spoken(hindi)).toMatch(/मेरा डेटा मिटाओ\./);
  });

  it('disabling the skill deletes every item of that user', async () => {
    const device = harness.device();
    const key = userKey(device.userId);
    await store.updateProfile(key, { level: 'advanced' });
    await store.recordActivity(key, { week: '2026-W48', weekday: 2, activity: 'walk', requestId: 'disable-1' });
    await store.recordActivity(key, { week: '2026-W40', weekday: 2, activity: 'walk', requestId: 'disable-2' });
    const response = await harness.handler(skillEvent({ ...device, sessionId: 'none', newSession: true }, 'AlexaSkillEvent.SkillDisabled'));
    expect(response.response.outputSpeech).toBeUndefined();
    expect(await store.history(key)).toMatchObject({ weeks: [], deletion: { pending: false } });
    expect(await store.history(key)).not.toHaveProperty('profile');
    expect(harness.logs.join('\n')).not.toContain(device.userId);
  });
});

describe('launch', () => {
  it('gives a new user the notice once and remembers it; a returning user hears their day and week', async () => {
    const device = harness.device();
    const { Conversation } = await import('../../scripts/sim/envelope');
    const first = new Conversation({ handler: harness.handler, device });
    const hello = await first.launch();
    expect(spoken(hello)).toMatch(/^Welcome to Back Coach\. Quick note:/);
    await first.intent('LogActivityIntent', activity('hiit'));
    await first.intent('AMAZON.StopIntent');

    const second = new Conversation({ handler: harness.handler, device });
    const { result: back, calls } = await callsDuring(() => second.launch());
    await expectWellFormed(back);
    // Today's session logged: said done (found by a helper trying the console, December 6).
    expect(spoken(back)).toBe("Welcome back. Today's HIIT workout is done and logged, and you're 1 session in this week. What would you like?");
    expect(calls).toEqual(['history']);
    const faq = await second.intent('SpotReductionIntent');
    expect(spoken(faq)).not.toMatch(/Quick note/);
  });
});

describe('the notice for a profile made by a setting', () => {
  it('is said at the next launch once, then remembered', async () => {
    const device = harness.device();
    const { Conversation } = await import('../../scripts/sim/envelope');
    await new Conversation({ handler: harness.handler, device }).intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', 'advanced') });
    const first = await new Conversation({ handler: harness.handler, device }).launch();
    expect(spoken(first)).toMatch(/^Welcome back\..*Quick note: I'm a coach/);
    const second = await new Conversation({ handler: harness.handler, device }).launch();
    expect(spoken(second)).not.toMatch(/Quick note/);
  });
});

describe('the notice on one-shot questions', () => {
  it('a user who heard it when opening the skill does not hear it again in a one-shot question', async () => {
    const device = harness.device();
    const { Conversation } = await import('../../scripts/sim/envelope');
    const opened = new Conversation({ handler: harness.handler, device });
    expect(spoken(await opened.launch())).toMatch(/Quick note/);
    await opened.intent('AMAZON.StopIntent');
    const { result: asked, calls } = await callsDuring(() => new Conversation({ handler: harness.handler, device }).intent('SpotReductionIntent'));
    await expectWellFormed(asked);
    expect(spoken(asked)).toMatch(/^No\. Spot reduction does not work/);
    expect(spoken(asked)).not.toMatch(/Quick note/);
    expect(calls).toEqual(['history']);
  });

  it('a new user hears it in their first one-shot question, and never again', async () => {
    const device = harness.device();
    const { Conversation } = await import('../../scripts/sim/envelope');
    const { result: first, calls } = await callsDuring(() => new Conversation({ handler: harness.handler, device }).intent('SpotReductionIntent'));
    expect(spoken(first)).toMatch(/Quick note: I'm a coach/);
    expect(calls).toEqual(['history', 'updateProfile']);
    const { result: again, calls: later } = await callsDuring(() => new Conversation({ handler: harness.handler, device }).intent('DietTipsIntent'));
    await expectWellFormed(again);
    expect(spoken(again)).not.toMatch(/Quick note/);
    expect(later).toEqual(['history']);
  });

  // Found by a helper trying the console: "I have a slipped disc", a new user's first question, had no notice.
  it("a safe answer to a health worry carries it for a new user; a warning sign's answer never does", async () => {
    const { Conversation } = await import('../../scripts/sim/envelope');
    const injury = await new Conversation({ handler: harness.handler, device: harness.device() }).intent('HealthConcernIntent', {
      concern: resolvedSlot('concern', 'ConcernName', 'slipped-disc'),
    });
    expect(spoken(injury)).toMatch(/^Quick note: I'm a coach, not a doctor/);
    const urgent = await new Conversation({ handler: harness.handler, device: harness.device() }).intent('HealthConcernIntent', {
      concern: resolvedSlot('concern', 'ConcernName', 'chest-pain'),
    });
    expect(spoken(urgent)).not.toMatch(/Quick note/);
  });

  // Found in review: a reply that also saved something (a pregnancy told, whose doctor question is kept) did not
  // remember the notice, so the next session said it again.
  it('a new user told it in an answer that also saves to the profile hears it once, ever', async () => {
    const device = harness.device();
    const { Conversation } = await import('../../scripts/sim/envelope');
    const told = await new Conversation({ handler: harness.handler, device }).intent('HealthConcernIntent', {
      concern: resolvedSlot('concern', 'ConcernName', 'pregnancy'),
    });
    expect(spoken(told)).toMatch(/^Quick note: I'm a coach, not a doctor/);
    const again = await new Conversation({ handler: harness.handler, device }).intent('DietTipsIntent');
    await expectWellFormed(again);
    expect(spoken(again)).not.toMatch(/Quick note/);
    // Numbness keeps the day from workouts in the same write (found in review: the notice was said again).
    const numb = harness.device();
    const felt = await new Conversation({ handler: harness.handler, device: numb }).intent('HealthConcernIntent', {
      concern: resolvedSlot('concern', 'ConcernName', 'numbness'),
    });
    expect(spoken(felt)).toMatch(/^Quick note: I'm a coach, not a doctor/);
    expect(spoken(await new Conversation({ handler: harness.handler, device: numb }).intent('DietTipsIntent'))).not.toMatch(/Quick note/);
  });

  it('a one-shot how-to gives the dose at the user\'s own level', async () => {
    const device = harness.device();
    const { Conversation } = await import('../../scripts/sim/envelope');
    await new Conversation({ handler: harness.handler, device }).intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', 'advanced') });
    const chat = new Conversation({ handler: harness.handler, device });
    const howTo = await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    expect(JSON.stringify(howTo.response.response.card)).toMatch(/3 sets of 12/);
  });
});

describe('store budget', () => {
  it('a session\'s first content answer reads the profile once; the rest of the session never touches the store', async () => {
    const chat = harness.conversation();
    const { calls } = await callsDuring(async () => {
      await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
      await chat.intent('AMAZON.NextIntent');
      await chat.intent('SpotReductionIntent');
      await chat.intent('DietTipsIntent');
      await chat.intent('AMAZON.HelpIntent');
    });
    // The read, and the notice the first answer said remembered in the profile.
    expect(calls).toEqual(['history', 'updateProfile']);
  });

  it('a personal answer reads the profile once per session', async () => {
    const chat = harness.conversation();
    const { calls } = await callsDuring(async () => {
      await chat.intent('WorkoutForDayIntent');
      await chat.intent('WeeklyPlanIntent');
      await chat.intent('WorkoutForDayIntent', { date: '2026-11-27' });
    });
    // One read; and the notice said in the first answer is remembered in the profile, once.
    expect(calls).toEqual(['history', 'updateProfile']);
  });
});

// Found by a tester using the console, on Thursday 3 December 2026: "what did I do on November 25th" came from Alexa as
// 2027-11-25 (a date said without a year is put ahead), "the 25th" as 2026-12-25, and the answer was "That hasn't
// happened yet". A question about what was done is about the past: the last such day gone by.
describe('a day asked about is the last one gone by', () => {
  let thursday: Harness;
  const device = () => thursday.device();
  beforeAll(async () => {
    thursday = await startHarness({ now: '2026-12-03T15:00:00Z' });
  });
  afterAll(() => thursday.close());

  async function seeded(locale = 'en-US') {
    const user = device();
    const log = (week: string, weekday: 1 | 3, kind: 'strength' | 'hiit' | 'cardio', n: number) =>
      thursday.store.recordActivity(userKey(user.userId), { week, weekday, activity: kind, requestId: `seed-${user.userId}-${n}` });
    await log('2026-W48', 1, 'strength', 1);
    await log('2026-W48', 3, 'cardio', 2);
    await log('2026-W49', 1, 'hiit', 3);
    const chat = thursday.conversation({ ...user, locale });
    return async (date: string) => {
      const turn = await chat.intent('WeeklyProgressIntent', { date });
      await expectWellFormed(turn);
      return spoken(turn);
    };
  }

  it('a date Alexa put ahead is its last occurrence: a year back for a month and day, a month back for a day alone', async () => {
    const ask = await seeded();
    expect(await ask('2027-11-25')).toBe('Wednesday, November 25: one cardio session. What would you like next?');
    expect(await ask('2026-12-25')).toBe('Wednesday, November 25: one cardio session. What would you like next?');
    // "On the 31st": the last month that had one.
    expect(await ask('2026-12-31')).toBe('Nothing logged for Saturday, October 31. What would you like next?');
    // "In November", put a year ahead.
    expect(await ask('2027-11')).toBe('In November: one strength session, one HIIT session, one cardio session, and 3 active days. What would you like next?');
  });

  it('a weekday is its last occurrence, tomorrow’s too: a question about what was done is about the past', async () => {
    const ask = await seeded();
    expect(await ask('2026-12-07')).toBe('Monday, November 30: one HIIT session. What would you like next?');
    // "What did I do on Friday", asked on a Thursday, comes as tomorrow.
    expect(await ask('2026-12-04')).toBe('Nothing logged for Friday. What would you like next?');
    expect(await ask('2026-12-02')).toBe('Nothing logged for yesterday. What would you like next?');
    // On a Sunday, "Monday" comes as tomorrow, which is next week's: this week's Monday is meant.
    thursday.setNow('2026-12-06T15:00:00Z');
    try {
      expect(await ask('2026-12-07')).toBe('Monday, November 30: one HIIT session. What would you like next?');
    } finally {
      thursday.setNow('2026-12-03T15:00:00Z');
    }
  });

  it('two workouts ended early are told as two, in the week and the month', async () => {
    const user = device();
    for (const [weekday, activity, minutes] of [[1, 'hiit', 6], [2, 'strength', 9]] as const) {
      await thursday.store.recordActivity(userKey(user.userId), { week: '2026-W49', weekday, activity, minutes, counts: false, requestId: `part-${user.userId}-${weekday}` });
    }
    const chat = thursday.conversation(user);
    const part = '15 minutes of 2 workouts ended early, not counted as sessions';
    // Told last: "not counted as sessions" read as part of whatever came after it ("…and 2 active days").
    expect(spoken(await chat.intent('WeeklyProgressIntent'))).toMatch(new RegExp(`^This week: 2 active days and ${part}\\.`));
    expect(spoken(await chat.intent('WeeklyProgressIntent', { date: '2026-12' }))).toBe('This month so far: 9 minutes of a workout ended early, not counted as a session. What would you like next?');
  });

  it('in British English, "how did the week of the 23rd go" is the 23rd gone by', async () => {
    const ask = await seeded('en-GB');
    expect(await ask('2026-12-23')).toBe('Monday 23 November: one strength session. What would you like next?');
  });
});

// Tried as a user: on a Thursday, "Still to do: 3 strength, 2 HIIT, and 1 cardio", with three training days left.
describe('a week with more left than days to do it in', () => {
  let thursday: Harness;
  beforeAll(async () => {
    thursday = await startHarness({ now: '2026-12-03T15:00:00Z' });
  });
  afterAll(() => thursday.close());

  it('says so, and says not to cram', async () => {
    const report = await thursday.conversation().intent('WeeklyProgressIntent');
    await expectWellFormed(report);
    expect(spoken(report)).toMatch(
      /Still to do: 3 strength, 2 HIIT, and 1 cardio\. That's more than the 3 training days left, so don't cram: do each day's plan, and start fresh on Monday\./,
    );
  });
});
