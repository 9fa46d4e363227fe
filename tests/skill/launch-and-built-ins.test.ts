import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionEndedRequest } from '../../scripts/sim/envelope';
import { type Harness, expectWellFormed, reprompted, resolvedSlot, spoken, startHarness, unmatchedSlot } from '../support/skill-harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

describe('launch', () => {
  it('welcomes, gives the notice once, says what you can ask and keeps listening', async () => {
    const chat = harness.conversation();
    const launch = await chat.launch();
    await expectWellFormed(launch);
    expect(spoken(launch)).toMatch(/^Welcome to Back Coach\. Quick note: I'm a coach, not a doctor/);
    expect(spoken(launch)).toMatch(/today's workout.*step by step.*spot reduce/);
    expect(launch.response.response.shouldEndSession).toBe(false);
    expect(reprompted(launch)).toMatch(/what's my workout today/);

    const faq = await chat.intent('SpotReductionIntent');
    expect(spoken(faq)).not.toMatch(/not a doctor/);
  });

  // Tried as a user (December 4): "is any of this medical advice" heard the notice, then the same thing said again.
  it('asked whether this is medical advice, a new user hears the answer alone, and it counts as the notice', async () => {
    const chat = harness.conversation();
    const asked = await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'medical-advice', 'medical advice') });
    await expectWellFormed(asked);
    expect(spoken(asked)).not.toContain('Quick note');
    expect(spoken(asked)).toMatch(/^I'm a fitness coach, not a doctor or a physiotherapist, and I don't replace either\..*not medical advice/);
    const faq = await chat.intent('SpotReductionIntent');
    expect(spoken(faq)).not.toContain('Quick note');
  });

  // The same, found in review: "where does your information come from" said the notice, then "not medical advice".
  it('asked where the advice comes from, a new user hears the answer alone, and it counts as the notice', async () => {
    const chat = harness.conversation();
    const asked = await chat.intent('TopicIntent', { topic: resolvedSlot('topic', 'TopicName', 'sources', 'your information') });
    await expectWellFormed(asked);
    expect(spoken(asked)).toMatch(/^My tips come from an article.*not medical advice/);
    expect(spoken(await chat.intent('SpotReductionIntent'))).not.toContain('Quick note');
  });
});

describe('help, stop, cancel and home', () => {
  it('help lists real things to say and keeps the session open', async () => {
    const help = await harness.conversation().intent('AMAZON.HelpIntent');
    await expectWellFormed(help);
    expect(spoken(help)).toMatch(/what's my workout today\?.*superman\?.*spot reduce\?/i);
  });

  it.each(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'])('%s says goodbye and ends', async (intent) => {
    const chat = harness.conversation();
    await chat.launch();
    const bye = await chat.intent(intent);
    await expectWellFormed(bye);
    expect(spoken(bye)).toMatch(/see you next time|bye for now/i);
    expect(bye.response.response.shouldEndSession).toBe(true);
    expect(bye.response.response.reprompt).toBeUndefined();
    expect(bye.sessionEnded).toBe(true);
  });
});

describe('fallback', () => {
  it('answers anything else gracefully, with suggestions', async () => {
    const turn = await harness.conversation().intent('AMAZON.FallbackIntent');
    await expectWellFormed(turn);
    // Alexa heard it clearly; it is just not for this skill: never "I didn't catch that".
    expect(spoken(turn)).toMatch(/^That's not something I can help with yet\..*today's workout.*What would you like\?$/);
  });

  it('with a question pending, asks it again and keeps it: a yes then still answers it', async () => {
    const chat = harness.conversation();
    const asked = await chat.intent('SpotReductionIntent');
    expect(spoken(asked)).toMatch(/Want to hear the best ways to burn calories\?$/);
    // "ok fine, let's do it", heard by no intent.
    const lost = await chat.intent('AMAZON.FallbackIntent');
    await expectWellFormed(lost);
    expect(spoken(lost)).toBe("Sorry, I didn't get that. Want to hear the best ways to burn calories?");
    expect(reprompted(lost)).toBe('Want to hear the best ways to burn calories?');
    const yes = await chat.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(/HIIT/);
  });

  it('with a yes-or-no pending whose reprompt says what to say, asks again and ends on a question; a yes then answers it', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    const ended = await chat.intent('EndWorkoutIntent');
    expect(spoken(ended)).toMatch(/shall I log what you did, and end it there\?$/);
    // "hmm whatever"
    const lost = await chat.intent('AMAZON.FallbackIntent');
    await expectWellFormed(lost);
    expect(spoken(lost)).toBe("Sorry, I didn't get that. Say yes to log what you did and end the workout, or no to keep your place for later today. Which would you like?");
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/^Logged/);
  });

  it('treats an intent the skill does not know like fallback', async () => {
    const turn = await harness.conversation().intent('SomeIntentFromTheFuture');
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(/^That's not something I can help with yet\./);
  });
});

describe('yes, no and repeat with nothing pending', () => {
  it('yes invites a question, no says goodbye', async () => {
    const yes = await harness.conversation().intent('AMAZON.YesIntent');
    await expectWellFormed(yes);
    expect(spoken(yes)).toMatch(/What would you like\?/);
    const no = await harness.conversation().intent('AMAZON.NoIntent');
    expect(no.response.response.shouldEndSession).toBe(true);
  });

  it('repeat says the last answer again, word for word', async () => {
    const chat = harness.conversation();
    const tips = await chat.intent('DietTipsIntent');
    const again = await chat.intent('AMAZON.RepeatIntent');
    await expectWellFormed(again);
    expect(spoken(again)).toBe(spoken(tips));
    // The offer made the first time still stands.
    const yes = await chat.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(/^Protein|Watch your portions/);
  });

  // Found by a helper trying the console as an older user (December 5): "pardon" after "That's not something I can help
  // with yet" said that again, and the answer they had missed was gone.
  it('repeat after a turn not understood says the answer before it', async () => {
    const chat = harness.conversation();
    const level = await chat.intent('MyLevelIntent');
    expect(spoken(await chat.intent('AMAZON.FallbackIntent'))).toMatch(/not something I can help with yet/);
    const again = await chat.intent('AMAZON.RepeatIntent');
    expect(spoken(again)).toBe(spoken(level));
    // A question dropped by the turn not understood ("what did you do on Tuesday?") is not asked again as if it stood
    // (found in review: the answer to it was logged for today).
    const asked = harness.conversation();
    await asked.intent('LogActivityIntent', { date: '2026-11-23' });
    await asked.intent('AMAZON.FallbackIntent');
    expect(spoken(await asked.intent('AMAZON.RepeatIntent'))).not.toMatch(/What did you do/);
  });

  // Found by a helper trying the console as an older user (December 5): "I'd like to hear that again please" and "I'd
  // like to stop now please", heard through "I'd like to {session}", started or offered a workout.
  it('repeat or stop said through a request to work out is that, never a workout started', async () => {
    const chat = harness.conversation();
    const plan = await chat.intent('WorkoutForDayIntent');
    const again = await chat.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'hear that again please') });
    expect(spoken(again)).toBe(spoken(plan));
    const stop = await chat.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'stop now please') });
    expect(stop.response.response.shouldEndSession).toBe(true);
    // Mid-workout, it stops the workout and keeps its place.
    const running = harness.conversation();
    await running.intent('StartWorkoutIntent');
    const stopped = await running.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'stop now please') });
    expect(spoken(stopped)).toMatch(/we'll stop here\. I saved your place/);
    // A repeat of a workout asked for is a workout, never the last answer again (found in review).
    const repeatWorkout = await harness.conversation().intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', "repeat tuesday's workout") });
    expect(spoken(repeatWorkout)).not.toMatch(/I'm your lower back coach/);
    // A day's leave asked for is a day off (Indian English).
    const leave = await harness.conversation({ locale: 'en-IN' }).intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'take leave from workout') });
    expect(spoken(leave)).toMatch(/A day off now and then is fine/);
  });

  it('repeat at the very start gives help', async () => {
    const turn = await harness.conversation().intent('AMAZON.RepeatIntent');
    expect(spoken(turn)).toMatch(/I'm your lower back coach/);
    // Found by a helper trying the console: help never said that logging, progress and reminders are there.
    expect(spoken(turn)).toMatch(/tell me what you did.*how your week is going.*remind me at 7 AM/);
  });
});

describe('session ended', () => {
  it('answers with no speech and logs errors without the user id', async () => {
    const chat = harness.conversation();
    await chat.launch();
    const ended = await chat.send((opts) => sessionEndedRequest(opts, 'ERROR', { type: 'INVALID_RESPONSE', message: 'bad' }));
    expect(ended.response.response.outputSpeech).toBeUndefined();
    const line = harness.logs.find((entry) => entry.includes('session ended with an error'));
    expect(line).toContain('INVALID_RESPONSE');
    expect(harness.logs.join('\n')).not.toContain('amzn1.ask.account');
  });
});

describe('skill id', () => {
  it('rejects requests meant for another skill', async () => {
    const chat = harness.conversation({ skillId: 'amzn1.ask.skill.someone-else' });
    await expect(chat.launch()).rejects.toThrow(/skill ?id/i);
  });
});
