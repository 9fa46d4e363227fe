import type { ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planForDay } from '../../lambda/domain/weekly-plan';
import { estimateSpeechSeconds } from '../../lambda/speech/duration';
import { MAX_RESPONSE_SECONDS } from '../../lambda/speech/workout';
import { userKey } from '../../lambda/store/user-key';
import { countingStore, isWrite } from '../../scripts/sim/counting-store';
import { Conversation, type DeviceProfile, type Turn, sessionEndedRequest } from '../../scripts/sim/envelope';
import { memoryProgressStore } from '../../scripts/sim/memory-store';
import { committedMatcher } from '../support/committed-model';
import { type Harness, expectWellFormed, reprompted, resolvedSlot, spoken, ssmlOf, startHarness, unmatchedSlot } from '../support/skill-harness';

const APL = { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } };
/** Alexa's limit on a whole response, in bytes. */
const MAX_RESPONSE_BYTES = 24 * 1024;
const session = (kind: string) => ({ session: resolvedSlot('session', 'SessionName', kind) });

function renderDocument(response: ResponseEnvelope) {
  return response.response.directives?.find((directive) => directive.type === 'Alexa.Presentation.APL.RenderDocument') as
    | { datasources: { workout: { title: string; progress: string; steps: string[] } } }
    | undefined;
}

function breaksMs(ssml: string): number[] {
  return [...ssml.matchAll(/<break time="(\d+)ms"\/>/g)].map((match) => Number(match[1]));
}

/**
 * The rules of a paced workout response, on top of the skill's own: within Alexa's limits on length, and every stated
 * rest ("rest about a minute") paced in the speech for at least three quarters of it.
 */
async function expectPaced(turn: Turn): Promise<void> {
  await expectWellFormed(turn, { maxSeconds: MAX_RESPONSE_SECONDS - 15, endsOnQuestion: false });
  expect(JSON.stringify(turn.response).length).toBeLessThan(MAX_RESPONSE_BYTES);
  const ssml = ssmlOf(turn);
  for (const match of ssml.matchAll(/Rest about (a minute|\d+ seconds)\./g)) {
    const stated = match[1] === 'a minute' ? 60 : Number.parseInt(match[1]!, 10);
    const after = ssml.slice(match.index);
    const paused = breaksMs(after).reduce((sum, ms) => sum + ms, 0) / 1000;
    expect(paused, after).toBeGreaterThanOrEqual(stated * 0.75);
  }
}

/** Says next until the workout ends; every turn is checked on the way. */
async function walkToTheEnd(chat: Conversation): Promise<{ turns: Turn[]; last: Turn }> {
  const turns: Turn[] = [];
  for (let count = 1; count < 200; count += 1) {
    const turn = await chat.intent('AMAZON.NextIntent');
    turns.push(turn);
    if (chat.attributes.workout === undefined) {
      await expectWellFormed(turn);
      return { turns, last: turn };
    }
    await expectPaced(turn);
  }
  throw new Error('the workout never ended');
}

async function nextTimes(chat: Conversation, times: number): Promise<Turn> {
  let turn: Turn | undefined;
  for (let i = 0; i < times; i += 1) turn = await chat.intent('AMAZON.NextIntent');
  return turn!;
}

const place = (chat: Conversation) => chat.attributes.workout as { index: number; levels: string; done: string; familiar: number };

describe.each([
  ['strength', '2026-11-23T15:00:00Z', /^Quick note: .*Today is a strength day: 5 exercises/, "That's your strength workout done.", 'strength'],
  ['HIIT', '2026-11-24T15:00:00Z', /Today is a HIIT day: 10 rounds of 20 seconds hard and 40 seconds easy/, "That's your HIIT done.", 'hiit'],
  ['cardio', '2026-11-26T15:00:00Z', /Today is a cardio day: 20 minutes in all/, "That's your cardio done.", 'cardio'],
  ['rest', '2026-11-29T15:00:00Z', /Today is your rest day, so let's recover: a gentle warm-up/, "That's your recovery done.", 'stretch'],
] as const)('a guided %s day, hands-free from start to end', (_, now, intro, done, activity) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ now });
  });
  afterAll(() => harness.close());

  it('paces every step inside the speech, logs what was done, and the week counts it', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    const start = await chat.intent('StartWorkoutIntent');
    await expectPaced(start);
    expect(spoken(start)).toMatch(intro);
    expect(spoken(start)).toContain('To cut one short, say: Alexa, next.');
    expect(spoken(start)).toMatch(/warm up/i);
    expect(start.response.response.directives ?? []).toEqual([]);

    const { turns, last } = await walkToTheEnd(chat);
    // Each response paces about as long as the step it says: a whole session is guided without a gap the mic must fill.
    const guided = [start, ...turns.slice(0, -1)].reduce((sum, turn) => sum + breaksMs(ssmlOf(turn)).reduce((a, b) => a + b, 0), 0) / 60_000;
    expect(spoken(last)).toContain(done);
    expect(spoken(last)).toMatch(/You did (every exercise|all \d+ rounds|the whole session|all 3 parts)/);
    expect(spoken(last)).toMatch(/Logged /);
    const { weeks } = await harness.store.history(userKey(device.userId));
    expect(weeks[0]?.sessions[activity]).toBe(1);
    expect(weeks[0]?.workout).toBeUndefined();
    expect(weeks[0]?.minutes).toBeGreaterThanOrEqual(Math.floor(guided * 0.9));
    expect(weeks[0]?.minutes).toBeLessThanOrEqual(Math.ceil(guided * 1.4));

    const progress = await chat.intent('WeeklyProgressIntent');
    if (activity !== 'stretch') expect(spoken(progress)).toMatch(activity === 'cardio' ? /one cardio session/ : new RegExp(`1 of \\d ${activity === 'hiit' ? 'HIIT' : 'strength'}`));
  });

  // Found by a helper trying the console as an intermediate (December 6): the first workout said "I'll pace you at
  // beginner level", and nothing of how to say otherwise.
  it('a level never chosen is said with how to choose another; a level chosen is said alone', async () => {
    if (activity === 'stretch') return;
    const device = harness.device();
    const first = new Conversation({ handler: harness.handler, device });
    const started = spoken(await first.intent('StartWorkoutIntent'));
    expect(started).toMatch(/I'll pace you at beginner level\. If you already train, say: I'm intermediate\./);
    const chosen = new Conversation({ handler: harness.handler, device });
    await chosen.intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', 'advanced') });
    const again = spoken(await chosen.intent('StartWorkoutIntent'));
    expect(again).toMatch(/I'll pace you at advanced level\./);
    expect(again).not.toMatch(/If you already train/);
    // Once trained, never again, level chosen or not (found in review: said before every workout).
    const trained = harness.device();
    const before = new Conversation({ handler: harness.handler, device: trained });
    await before.intent('StartWorkoutIntent');
    await nextTimes(before, 3);
    await before.intent('AMAZON.StopIntent');
    expect(spoken(await new Conversation({ handler: harness.handler, device: trained }).intent('StartWorkoutIntent'))).not.toMatch(/If you already train/);
  });

  // Found by a helper trying the console (December 6): "how's my week going" mid-workout told only the workout.
  it('"how\'s my week going" mid-workout says where the workout is, then the week\'s sessions before it', async () => {
    const device = harness.device();
    const first = new Conversation({ handler: harness.handler, device });
    await first.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'cardio', 'cardio'), duration: 'PT30M' });
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const asked = await chat.intent('WeeklyProgressIntent');
    await expectWellFormed(asked, { endsOnQuestion: false });
    expect(spoken(asked)).toMatch(/About \d+ minutes to go\. This week, you've done 1 session before this one\. Say next to carry on with your workout\.$/);
    expect(chat.attributes.workout).toBeDefined();
    // Walks count too, said apart from the sessions (found by a helper trying the console: a walk logged just before was
    // left out, "This is your first session this week").
    const walker = harness.device();
    const logged = spoken(await new Conversation({ handler: harness.handler, device: walker }).intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'walk', 'walked'), duration: 'PT30M' }));
    expect(logged, logged).toMatch(/^Logged a 30-minute walk/);
    const walking = new Conversation({ handler: harness.handler, device: walker });
    await walking.intent('StartWorkoutIntent');
    await walking.intent('AMAZON.NextIntent');
    const walked = spoken(await walking.intent('WeeklyProgressIntent'));
    expect(walked, walked).toMatch(/This is your first session this week\. You've also walked once\. Say next/);
  });

  // Found by a helper trying the console as a busy parent: "how long is this gonna take" had no answer before or during.
  it('says about how long the workout takes before it starts, and about how long is left during it', async () => {
    const chat = harness.conversation();
    const asked = await chat.intent('WorkoutLengthIntent');
    await expectWellFormed(asked);
    const before = /^Today's (?:strength workout|HIIT workout|cardio workout|recovery session) takes about (\d+) minutes(?: at beginner level)?, warm-up and cool-down included\. Want to start it\?$/.exec(spoken(asked));
    expect(before, spoken(asked)).not.toBeNull();
    const start = await chat.intent('AMAZON.YesIntent');
    expect(spoken(start)).toMatch(intro);
    const middle = await chat.intent('WorkoutLengthIntent');
    await expectWellFormed(middle, { endsOnQuestion: false });
    const left = /^About (\d+) minutes to go\./.exec(spoken(middle));
    expect(left, spoken(middle)).not.toBeNull();
    expect(Number(left![1])).toBeLessThanOrEqual(Number(before![1]));
    expect(spoken(middle)).toMatch(/Say next to carry on with your workout\.$/);
    expect(chat.attributes.workout).toBeDefined();
    // What was said ahead is what the whole session paces, give or take the time it takes to say it.
    const { turns, last } = await walkToTheEnd(chat);
    const paced = [start, middle, ...turns].reduce((sum, turn) => sum + breaksMs(ssmlOf(turn)).reduce((a, b) => a + b, 0), 0) / 60_000;
    expect(Number(before![1])).toBeGreaterThanOrEqual(Math.floor(paced * 0.8));
    expect(Number(before![1])).toBeLessThanOrEqual(Math.ceil(paced * 1.6));
    // Done, "how long did that take me" is what it took, as the finish said it (found trying the console: the fallback,
    // and "how long is today's workout" said what it would take, as if it were still to do).
    const took = /about (\d+) minutes/.exec(spoken(last))?.[1];
    expect(took, spoken(last)).toBeDefined();
    const [heard, ...others] = committedMatcher('en-US').literal('how long did that take me');
    expect(others).toEqual([]);
    const after = await chat.intent(heard!.intent, heard!.slots);
    await expectWellFormed(after);
    expect(spoken(after)).toMatch(new RegExp(`^Today's (?:strength workout|HIIT workout|cardio workout|recovery session) is done: it took you about ${took} minutes\\.`));
  });

  // Found by helpers trying the console: every start read out the whole list of controls, 90 words and more before the
  // warm-up, to people on their third workout.
  it('tells someone who has trained before only how to move on and cut a step short', async () => {
    const walker = harness.device();
    await harness.store.recordActivity(userKey(walker.userId), { week: '2026-W47', weekday: 2, activity: 'walk', requestId: 'walked' });
    // A walk logged by voice is no guided workout: the first one hears every control (found in review).
    expect(spoken(await new Conversation({ handler: harness.handler, device: walker }).intent('StartWorkoutIntent'))).toContain('You can also say back, repeat, skip, or pause');
    const device = harness.device();
    await harness.store.updateProfile(userKey(device.userId), { knownExercises: ['deadlift'] });
    const start = await new Conversation({ handler: harness.handler, device }).intent('StartWorkoutIntent');
    await expectPaced(start);
    expect(spoken(start)).toMatch(intro);
    expect(spoken(start)).not.toContain('You can also say back, repeat, skip, or pause');
    expect(spoken(start)).toContain('Say next to move on, or, to cut one short: Alexa, next.');
  });

  it('at advanced level, the longest steps still fit a response', async () => {
    const device = harness.device();
    await harness.store.updateProfile(userKey(device.userId), { level: 'advanced' });
    const chat = new Conversation({ handler: harness.handler, device });
    const start = await chat.intent('StartWorkoutIntent');
    await expectPaced(start);
    if (activity !== 'stretch') expect(spoken(start)).toContain('advanced level');
    const { last } = await walkToTheEnd(chat);
    expect(spoken(last)).toContain(done);
  });
});

describe('a whole workout keeps to the store budget', () => {
  it('every request makes at most one read and one write, a first-time move included', async () => {
    const counting = countingStore(memoryProgressStore());
    const harness = await startHarness({ now: '2026-11-23T15:00:00Z', dependencies: { store: counting.store } });
    try {
      const chat = harness.conversation();
      const budget: Array<{ said: string; reads: number; writes: number }> = [];
      const ask = async (intent: string) => {
        const before = counting.calls.length;
        await chat.intent(intent);
        const calls = counting.calls.slice(before);
        budget.push({ said: intent, reads: calls.filter((call) => !isWrite(call)).length, writes: calls.filter(isWrite).length });
      };
      await ask('StartWorkoutIntent');
      await ask('AMAZON.NextIntent');
      await ask('AMAZON.NextIntent');
      await ask('SkipExerciseIntent');
      while (chat.attributes.workout !== undefined) await ask('AMAZON.NextIntent');
      for (const { said, reads, writes } of budget) {
        expect(reads, said).toBeLessThanOrEqual(1);
        expect(writes, said).toBeLessThanOrEqual(1);
      }
      // The notice said at the start, remembered; five moves learned, one write each (the first a skip after its first
      // set); and the log at the end.
      expect(budget.filter(({ writes }) => writes === 1)).toHaveLength(7);
    } finally {
      await harness.close();
    }
  });
});

describe('any session, on demand', () => {
  // Found in review: "aaj kuch nahi karna hai" started a workout; "without jumping" is still a workout asked for.
  it('a workout asked for that is none is the day-off answer; one asked for without something still starts', async () => {
    const none = harness.conversation();
    expect(spoken(await none.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'nothing today') }))).toMatch(/A day off now and then is fine\./);
    expect(none.attributes.workout).toBeUndefined();
    for (const said of ['workout without jumping', 'workout with nothing too hard', "workout where I don't want to jump"]) {
      const without = harness.conversation();
      await without.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', said) });
      expect(without.attributes.workout, said).toBeDefined();
    }
    // "Start a workout, I take insulin": the doctor question first (second review).
    const insulin = harness.conversation();
    expect(spoken(await insulin.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'workout I take insulin') }))).toMatch(/your doctor or pharmacist/);
    expect(insulin.attributes.workout).toBeUndefined();
  });

  let harness: Harness;
  // Tuesday: a HIIT day.
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-11-24T15:00:00Z' });
  });
  afterAll(() => harness.close());

  // Found by a helper trying the console: "I want to take a break for a week", heard through "I want to {session}",
  // started today's workout.
  // Found by a helper trying the console: "can we do a shorter one" started the whole session.
  it('a shorter workout asked for gets the answer for when time is short, never the whole session started', async () => {
    const chat = harness.conversation();
    const short = await chat.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'a shorter one') });
    await expectWellFormed(short);
    expect(spoken(short)).toMatch(/A short workout still helps\..*Want to start today's workout now\?$/);
  });

  // Found by a helper trying the console: "let's do some glute bridges" started today's cardio; in review, Hindi "hip
  // thrust शुरू करो" started a workout too.
  it('a move named in a request to work out says where it is done and offers to teach it', async () => {
    const chat = harness.conversation();
    const bridges = await chat.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'some glute bridges') });
    await expectWellFormed(bridges);
    expect(spoken(bridges)).toMatch(/You'll find the glute bridge in your strength workouts\. Want to hear how to do the glute bridge\?$/);
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/Step 1 of/);
    const hindi = await harness.conversation({ locale: 'hi-IN' }).intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'hip thrust') });
    expect(spoken(hindi)).toMatch(/hip thrust आपके strength workout में आता है\./);
  });

  // Found trying the console as a user (December 4): "start a stretching session for me please" started today's HIIT,
  // and "stretching session please", heard as a level, asked which level.
  it('a kind of session named inside a longer request starts that kind, never today\'s or a level question', async () => {
    const stretch = /stretch|yoga/i;
    for (const [intent, slot, type, said] of [
      ['StartWorkoutIntent', 'session', 'SessionName', 'stretching session for me please'],
      ['SetLevelIntent', 'level', 'LevelName', 'stretching session'],
      ['SetLevelIntent', 'level', 'LevelName', 'put on a stretching session for me'],
      ['StartWorkoutIntent', 'session', 'SessionName', 'a quick yoga session'],
    ] as const) {
      const chat = harness.conversation();
      const turn = await chat.intent(intent, { [slot]: unmatchedSlot(slot, type, said) });
      await expectPaced(turn);
      expect(spoken(turn), said).toMatch(stretch);
      expect(spoken(turn), said).not.toMatch(/HIIT|which level/i);
      expect(chat.attributes.workout, said).toBeDefined();
    }
    // Denied, or said of a level, it is no session asked for.
    const denied = harness.conversation();
    expect(spoken(await denied.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'anything but stretching') }))).not.toMatch(stretch);
    const level = harness.conversation();
    expect(spoken(await level.intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'a beginner at stretching') }))).toMatch(/beginner/i);
  });

  // Found by a helper trying the console (December 3): "I want to go swimming tomorrow" started a cardio workout, and
  // "I'm gonna walk for 30 minutes after dinner" taught walking.
  it('a plan for later is noted, never started or taught now', async () => {
    for (const [intent, slot, said] of [
      ['StartWorkoutIntent', 'session', 'go swimming tomorrow'],
      ['StartWorkoutIntent', 'session', 'do my workout later'],
      ['TopicIntent', 'topic', "gonna walk for 30 minutes after dinner"],
    ] as const) {
      const chat = harness.conversation();
      const turn = await chat.intent(intent, { [slot]: unmatchedSlot(slot, slot === 'session' ? 'SessionName' : 'TopicName', said) });
      await expectWellFormed(turn);
      expect(spoken(turn), said).toMatch(/^(Quick note: [^.]+\. )?Sounds like a plan\. When you're ready, say: start my workout\. And once you've done something, tell me, and I'll log it\./);
      expect(chat.attributes.workout, said).toBeUndefined();
      expect(chat.attributes.howTo, said).toBeUndefined();
    }
    const hindi = await harness.conversation({ locale: 'hi-IN' }).intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'shaam ko cycling') });
    expect(spoken(hindi)).toMatch(/^अच्छा plan है\./);
    // Found in review: कल is yesterday as often as tomorrow, and with शुरू करो a workout asked for now.
    const now = harness.conversation({ locale: 'hi-IN' });
    expect(spoken(await now.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'कल की exercise') }))).not.toMatch(/plan है/);
    // Asked to work out, a time to come is enough (found in review: "let's do that tomorrow" started today's).
    const vague = harness.conversation();
    expect(spoken(await vague.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'that tomorrow') }))).toMatch(/Sounds like a plan/);
    expect(vague.attributes.workout).toBeUndefined();
    // A weekday or a time is later too; a topic planned for later is that topic's answer.
    const saturday = harness.conversation();
    expect(spoken(await saturday.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'go swimming on saturday') }))).toMatch(/Sounds like a plan/);
    expect(saturday.attributes.workout).toBeUndefined();
    const fasting = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', "I'm going to try intermittent fasting tomorrow") });
    expect(spoken(fasting)).not.toMatch(/Sounds like a plan/);
    // Mid-workout, "I'll do the rest later" stops it with its place kept.
    const midway = harness.conversation();
    await midway.intent('StartWorkoutIntent', session('hiit'));
    await midway.intent('AMAZON.NextIntent');
    const later = await midway.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', "I'm gonna do the rest of the workout later") });
    expect(spoken(later)).toMatch(/^Saved your place\./);
    // After a warning sign today, a plan for tonight is no plan to cheer on (found in review).
    const device = harness.device();
    await new Conversation({ handler: harness.handler, device }).intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'chest-pain') });
    const tonight = await new Conversation({ handler: harness.handler, device }).intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'do my workout tonight') });
    expect(spoken(tonight)).toMatch(/^You told me about a warning sign a little while ago/);
    // A question about later is answered as a question.
    const question = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', "I'm going to the gym later what should I eat") });
    expect(spoken(question)).not.toMatch(/Sounds like a plan/);
  });

  // Found by a helper trying the console as a pregnant user (December 5): with the doctor's okay, the workout ran the
  // glute bridge (on the back) and the superman (on the belly) with no word on them. The okay is the doctor's; the moves
  // that may not suit a pregnancy are named once, as the workout starts, with how to leave them out.
  it('a pregnancy cleared by a doctor starts the workout with a word on moves done lying down, in both languages', async () => {
    for (const [locale, note] of [
      ['en-US', /^Good\. As the weeks go on, moves on your back or front, like the glute bridge and the superman, may not suit you: say skip when one comes, if it doesn't feel right or your doctor or midwife said to avoid it\. /],
      ['hi-IN', /^ठीक है\. जैसे-जैसे हफ़्ते बढ़ें, पीठ या पेट के बल लेटकर होने वाली exercise, जैसे glute bridge और superman, शायद आपके लिए ठीक न हों/],
    ] as const) {
      const chat = harness.conversation({ locale });
      await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'pregnancy') });
      await chat.intent('StartWorkoutIntent', session('strength'));
      // In Hindi, the okay as it was said trying the console ("haan doctor ne bola hai": only the lenient matcher heard it).
      const okay = locale === 'hi-IN' ? committedMatcher(locale).literal('haan doctor ne bola hai') : [{ intent: 'AMAZON.YesIntent' }];
      expect(okay.map((match) => match.intent), locale).toEqual(['AMAZON.YesIntent']);
      const yes = await chat.intent('AMAZON.YesIntent');
      await expectWellFormed(yes, { endsOnQuestion: false, maxSeconds: MAX_RESPONSE_SECONDS });
      expect(spoken(yes), locale).toMatch(note);
      expect(chat.attributes.workout, locale).toBeDefined();
    }
    // Another caution cleared says nothing of lying down.
    const heart = harness.conversation();
    await heart.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'heart-condition') });
    await heart.intent('StartWorkoutIntent', session('strength'));
    expect(spoken(await heart.intent('AMAZON.YesIntent'))).not.toMatch(/lying|on your back/);
  });

  // Found by a helper trying the console (December 3): "I have a heart condition", then "ok let's do HIIT", started HIIT
  // at once, as did "I'm pregnant" then "start my workout".
  it('after a condition, a pregnancy or an injury is told, a workout starts only once a doctor has said it is okay', async () => {
    // Insulin (metformin among its names) and blood thinners are taken for a condition exercise can change (found in review).
    for (const [concern, what] of [['heart-condition', 'a health condition'], ['pregnancy', 'a pregnancy'], ['slipped-disc', 'an injury'], ['insulin', 'a health condition'], ['blood-thinners', 'a health condition']] as const) {
      const chat = harness.conversation();
      await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', concern) });
      const asked = await chat.intent('StartWorkoutIntent', session('hiit'));
      await expectWellFormed(asked);
      expect(spoken(asked), concern).toBe(`Before we start: you mentioned ${what}. Has your doctor said this kind of exercise is okay for you?`);
      expect(chat.attributes.workout, concern).toBeUndefined();
      const no = await chat.intent('AMAZON.NoIntent');
      await expectWellFormed(no);
      expect(spoken(no), concern).toMatch(/^Then please check with them first: they know what's safe for you\./);
      expect(chat.attributes.workout, concern).toBeUndefined();
      // Asked again, it asks again; a yes starts what was asked for, and the session does not ask a third time.
      await chat.intent('StartWorkoutIntent', session('hiit'));
      const yes = await chat.intent('AMAZON.YesIntent');
      expect(spoken(yes), concern).toMatch(/HIIT workout it is: 10 rounds|Today is a HIIT day: 10 rounds/);
      expect(chat.attributes.workout, concern).toBeDefined();
      await chat.intent('AMAZON.StopIntent');
    }
    // Found by a helper trying the console as an older British user (December 6): "my GP said gentle exercise is fine"
    // dropped the question for "I'm a coach, not a doctor", and "I haven't asked yet" asked it again.
    const told = (said: string) => ({ concern: unmatchedSlot('concern', 'ConcernName', said) });
    const gp = harness.conversation();
    await gp.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'heart-condition') });
    await gp.intent('StartWorkoutIntent', session('hiit'));
    expect(spoken(await gp.intent('HealthConcernIntent', told('yes my gp said gentle exercise is fine')))).toMatch(/HIIT workout it is: 10 rounds|Today is a HIIT day: 10 rounds/);
    const notYet = harness.conversation();
    await notYet.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'heart-condition') });
    await notYet.intent('StartWorkoutIntent', session('hiit'));
    expect(spoken(await notYet.intent('HealthConcernIntent', told("haven't asked yet actually")))).toMatch(/^Then please check with them first/);
    expect(notYet.attributes.workout).toBeUndefined();
    const denied = harness.conversation();
    await denied.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'heart-condition') });
    await denied.intent('StartWorkoutIntent', session('hiit'));
    await denied.intent('HealthConcernIntent', told("my doctor said it's not okay"));
    expect(denied.attributes.workout).toBeUndefined();
    // Found in review: something wrong said beside the okay is that thing's answer, and a doctor's words that give no okay
    // yet start nothing.
    for (const said of ["my doctor said it's fine but my chest hurts", "i haven't asked yet but i feel faint", "i need to ask my doctor if it's safe", "my doctor said i should wait until i'm cleared", 'my doctor was happy with my blood pressure']) {
      const chat = harness.conversation();
      await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'heart-condition') });
      await chat.intent('StartWorkoutIntent', session('hiit'));
      const reply = spoken(await chat.intent('HealthConcernIntent', told(said)));
      expect(chat.attributes.workout, said).toBeUndefined();
      expect(reply, said).not.toMatch(/^Then please check with them first/);
    }
    // Told mid-workout: the workout pauses, and going on waits for the okay too (found in review).
    const midway = harness.conversation();
    await midway.intent('StartWorkoutIntent', session('hiit'));
    await midway.intent('AMAZON.NextIntent');
    await midway.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'heart-condition') });
    expect(spoken(await midway.intent('AMAZON.NextIntent'))).toMatch(/^Before we go on: you mentioned a health condition\./);
    expect(spoken(await midway.intent('AMAZON.RepeatIntent'))).toMatch(/^Before we go on: you mentioned a health condition\./);
    const goOn = await midway.intent('ResumeWorkoutIntent');
    await expectWellFormed(goOn);
    expect(spoken(goOn)).toBe('Before we go on: you mentioned a health condition. Has your doctor said this kind of exercise is okay for you?');
    expect(spoken(await midway.intent('AMAZON.YesIntent'))).toMatch(/^Let's go on with your HIIT workout/);
    // Found in review: a pregnancy told after a heart condition was okayed is asked about in its turn; "can I do it
    // slowly" asks too, and a no stops the workout with its place saved, never "say next to carry on".
    await midway.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'pregnancy') });
    expect(spoken(await midway.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'it slowly') }))).toMatch(/^Before we go on: you mentioned a pregnancy\./);
    const no = await midway.intent('AMAZON.NoIntent');
    await expectWellFormed(no);
    expect(spoken(no)).toMatch(/^Then please check with them first: they know what's safe for you\. I've saved your place\./);
    expect(spoken(no)).not.toMatch(/carry on/);
    expect(midway.attributes.workout).toBeUndefined();
    expect(spoken(await midway.intent('ResumeWorkoutIntent'))).toMatch(/^Before we go on: you mentioned a pregnancy\./);
    // An injury told mid-workout: the pain gone, going on still asks for the okay.
    const injured = harness.conversation();
    await injured.intent('StartWorkoutIntent', session('hiit'));
    await injured.intent('AMAZON.NextIntent');
    await injured.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'slipped-disc') });
    await injured.intent('AMAZON.NextIntent');
    expect(spoken(await injured.intent('AMAZON.NoIntent'))).toMatch(/^Before we go on: you mentioned an injury\./);
    // A pain, or nothing said, asks nothing.
    const pain = harness.conversation();
    await pain.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'soreness') });
    expect(spoken(await pain.intent('StartWorkoutIntent', session('hiit')))).not.toMatch(/Before we start/);
  });

  // Found trying the console (December 7): "how long did that take me", just after "I'm done… shall I log what you
  // did?", told how long the whole workout takes and offered to start it, the question dropped.
  it('"how long did that take me" just after stopping says what it took, and asks again whether to log it', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('hiit'));
    await nextTimes(chat, 4);
    const stopped = spoken(await chat.intent('EndWorkoutIntent'));
    const minutes = /about (\d+) minutes?\./.exec(stopped)?.[1];
    expect(minutes, stopped).toBeDefined();
    const asked = await chat.intent('WorkoutLengthIntent');
    await expectWellFormed(asked);
    expect(spoken(asked)).toMatch(new RegExp(`^That was about ${minutes} minutes?\\. .*log what you did`));
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/^Logged/);
    // Logged, what was done, and what all of it takes: never an offer to start it (found in review).
    const logged = spoken(await chat.intent('WorkoutLengthIntent'));
    expect(logged).toMatch(/^You've logged about \d+ minutes of today's HIIT workout\. All of it takes about \d+ minutes\./);
    expect(logged).not.toMatch(/Want to start/);
    // The welcome's offer to log yesterday's is no such stop: how long today's takes (found in review: "That was…").
    const device = harness.device();
    const before = new Conversation({ handler: harness.handler, device });
    await before.intent('StartWorkoutIntent', session('hiit'));
    await nextTimes(before, 4);
    await before.intent('EndWorkoutIntent');
    harness.setNow('2026-11-25T15:00:00Z');
    try {
      const later = new Conversation({ handler: harness.handler, device });
      expect(spoken(await later.launch())).toMatch(/Want me to log it\?$/);
      expect(spoken(await later.intent('WorkoutLengthIntent'))).not.toMatch(/^That was/);
    } finally {
      harness.setNow('2026-11-24T15:00:00Z');
    }
  });

  // Found trying the console (December 7): "how long did that take me", just after "I'm done" with only the warm-up
  // behind (nothing to log, the place saved), said how long the whole workout takes and offered to start it afresh.
  it('"how long did that take me" after stopping with nothing to log says what is left, and offers to pick it up', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await chat.intent('AMAZON.NextIntent');
    expect(spoken(await chat.intent('EndWorkoutIntent'))).toMatch(/I saved your place/);
    const asked = await chat.intent('WorkoutLengthIntent');
    await expectWellFormed(asked);
    expect(spoken(asked)).toMatch(/^You stopped partway through today's strength workout, with about \d+ minutes of it to go\. Want to pick up where you left off\?$/);
    expect(spoken(asked)).not.toMatch(/Want to start/);
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).not.toMatch(/Warm up for 5 minutes/);
    expect(chat.attributes.workout).toBeDefined();
    // In Hindi too.
    const hindi = harness.conversation({ locale: 'hi-IN' });
    await hindi.intent('StartWorkoutIntent', session('strength'));
    await hindi.intent('AMAZON.NextIntent');
    await hindi.intent('EndWorkoutIntent');
    const inHindi = await hindi.intent('WorkoutLengthIntent');
    await expectWellFormed(inHindi);
    expect(spoken(inHindi)).toMatch(/बीच में छोड़ा था.*मिनट बाकी हैं/);
  });

  // Found by a helper trying the console as a tired parent (December 7): the suitcase carry, a walk with the weight, was
  // paced "Hold… And release", as a plank is.
  it('paces the suitcase carry as a walk with the weight, set down at the end', async () => {
    for (const locale of ['en-US', 'hi-IN'] as const) {
      const chat = harness.conversation({ locale });
      await chat.intent('StartWorkoutIntent', session('strength'));
      let carried: string | undefined;
      for (let step = 0; step < 60 && carried === undefined; step += 1) {
        const said = spoken(await chat.intent('AMAZON.NextIntent'));
        if (/suitcase|सूटकेस/i.test(said) && /steady|चलिए/.test(said)) carried = said;
      }
      expect(carried, locale).toBeDefined();
      expect(carried, locale).toMatch(locale === 'hi-IN' ? /स्थिर क़दमों से चलिए\..*और वज़न नीचे रखिए\./ : /Walk, slow and steady\..*And set it down\./);
      expect(carried, locale).not.toMatch(/And release|और छोड़िए/);
    }
  });

  // Found by a helper trying the console in Indian English (December 7): "go to next exercise", said at "say next when
  // you're ready for deadlifts", skipped the deadlifts (and then the rows); in cardio, the steady pace.
  it('"go to the next exercise" at the end of a move goes on to the next; mid-move, it skips the rest of the move', async () => {
    for (const [locale, said] of [['en-IN', 'go to next exercise'], ['en-US', 'go to the next exercise'], ['hi-IN', 'agli exercise par chalo']] as const) {
      const [heard, ...others] = committedMatcher(locale).literal(said);
      expect(others, said).toEqual([]);
      expect(heard?.intent, said).toBe('NextExerciseIntent');
    }
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    const first = /Say next when you're ready for ([^.]+)\.$/.exec(spoken(await chat.intent('AMAZON.NextIntent')))?.[1];
    expect(first).toBeDefined();
    expect(spoken(await chat.intent('NextExerciseIntent'))).toMatch(new RegExp(`^Exercise 1 of 5: ${first}\\.`));
    // "Ready for set 2": the rest of the first move skipped, on to the second.
    expect(spoken(await chat.intent('NextExerciseIntent'))).toMatch(new RegExp(`^Skipped ${first}\\. Exercise 2 of 5:`));
    const cardio = harness.conversation();
    await cardio.intent('StartWorkoutIntent', session('cardio'));
    const warmedUp = spoken(await cardio.intent('AMAZON.NextIntent'));
    const steady = spoken(await cardio.intent('NextExerciseIntent'));
    expect(steady, warmedUp).not.toMatch(/^Skipped/);
    expect(steady).not.toMatch(/cool/i);
  });

  // Found by helpers trying the console (December 7): just after "yes" to "Has your doctor said this kind of exercise is
  // okay for you?", round 1 of HIIT ended "If you have a heart condition or have been inactive, check with your doctor
  // first. Go!": too late to act on, and already answered.
  it('with the doctor\'s okay just given, the first HIIT round says when to stop, not to check with a doctor first', async () => {
    const chat = harness.conversation();
    await chat.intent('HealthConcernIntent', { age: { name: 'age', value: '60', confirmationStatus: 'NONE' } });
    expect(spoken(await chat.intent('StartWorkoutIntent', session('hiit')))).toMatch(/Has your doctor said/);
    await chat.intent('AMAZON.YesIntent');
    const round = await nextTimes(chat, 2);
    expect(spoken(round)).toMatch(/^Round 1 of 10/);
    expect(spoken(round)).toMatch(/Stop at once if you feel chest pain, dizziness or sharp pain\./);
    expect(spoken(round)).not.toMatch(/check with your doctor first/);
    // Without it, the whole caution, as before.
    const fresh = harness.conversation();
    await fresh.intent('StartWorkoutIntent', session('hiit'));
    expect(spoken(await nextTimes(fresh, 2))).toMatch(/check with your doctor first/);
  });

  // Found by a helper trying the console as a 60-year-old (December 7): "I'm 60 and I have a bad knee" kept the knee
  // alone, and after "no, it doesn't hurt", HIIT began with no doctor's okay asked.
  it('an age said with what is wrong keeps both: the pain answer now, and HIIT asks for the okay, then about the pain', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    const told = await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain'), age: { name: 'age', value: '60', confirmationStatus: 'NONE' } });
    await expectWellFormed(told);
    expect(spoken(told)).toMatch(/physiotherapist/);
    const asked = await chat.intent('StartWorkoutIntent', session('hiit'));
    expect(spoken(asked)).toBe('Before we start: you mentioned your age. Has your doctor said this kind of exercise is okay for you?');
    expect(chat.attributes.workout).toBeUndefined();
    // The okay said, the pain is asked about still.
    const okayed = harness.conversation();
    await okayed.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain'), age: { name: 'age', value: '60', confirmationStatus: 'NONE' } });
    await okayed.intent('StartWorkoutIntent', session('hiit'));
    expect(spoken(await okayed.intent('AMAZON.YesIntent'))).toMatch(/^Before we start: you told me something hurts\. Does it still hurt\?/);
    expect(okayed.attributes.workout).toBeUndefined();
    // Kept for later sessions too, as an age told alone is.
    // Heard through "I'm {topic}" ("I'm 60 and my knee hurts", "I'm 60 with a bad knee"): the same (found in review).
    for (const said of ['60 and my knee hurts', '60 with a bad knee']) {
      const topic = harness.conversation();
      expect(spoken(await topic.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) })), said).toMatch(/physiotherapist/);
      expect(spoken(await topic.intent('StartWorkoutIntent', session('hiit'))), said).toMatch(/you mentioned your age/);
    }
    // A number that is no age ("30 minutes and my knee hurts") keeps nothing.
    const minutes = harness.conversation();
    await minutes.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', '30 minutes and my knee hurts') });
    expect(spoken(await minutes.intent('StartWorkoutIntent', session('hiit')))).not.toMatch(/you mentioned your age/);
    const later = new Conversation({ handler: harness.handler, device });
    expect(spoken(await later.intent('StartWorkoutIntent', session('hiit')))).toMatch(/you mentioned your age/);
    expect(spoken(await later.intent('AMAZON.YesIntent'))).toMatch(/^Before we start: earlier today, you told me/);
    expect(later.attributes.workout).toBeUndefined();
  });

  // Found in review: "my lower back really hurts" then silence closed the session, and the next one, a minute later,
  // started deadlifts unasked. The profile keeps only the day something was felt.
  // Found trying the console as an older user (December 6): "I'm 67, can I do HIIT?" heard "check with your doctor before
  // you start", and "start HIIT" then began the rounds unasked. HIIT is vigorous: an age told first asks for the okay;
  // strength and walking, moderate, start as they are. A 15-year-old hears the answer for someone still growing.
  it('an age told asks for a doctor\'s okay before HIIT only; a teenager hears an answer of their own', async () => {
    const told = (said: string) => ({ concern: unmatchedSlot('concern', 'ConcernName', said) });
    const older = harness.conversation();
    await older.intent('HealthConcernIntent', told("i'm 67 can i do hiit"));
    const asked = await older.intent('StartWorkoutIntent', session('hiit'));
    await expectWellFormed(asked);
    expect(spoken(asked)).toBe('Before we start: you mentioned your age. Has your doctor said this kind of exercise is okay for you?');
    expect(older.attributes.workout).toBeUndefined();
    const no = await older.intent('AMAZON.NoIntent');
    expect(spoken(no)).toMatch(/^Then leave HIIT until they say it's okay\./);
    expect(older.attributes.workout).toBeUndefined();
    // Strength, at one's own pace, is no reason to wait.
    const strength = await older.intent('StartWorkoutIntent', session('strength'));
    expect(spoken(strength)).toMatch(/^Okay, a strength workout/);
    expect(older.attributes.workout).toBeDefined();
    // A yes starts HIIT; a heart condition told after the age still asks before any workout.
    const yes = harness.conversation();
    await yes.intent('HealthConcernIntent', told('i am 70'));
    await yes.intent('StartWorkoutIntent', session('hiit'));
    expect(spoken(await yes.intent('AMAZON.YesIntent'))).toMatch(/HIIT/);
    expect(yes.attributes.workout).toBeDefined();
    const heart = harness.conversation();
    await heart.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'heart-condition') });
    await heart.intent('HealthConcernIntent', told("i'm 72"));
    expect(spoken(await heart.intent('StartWorkoutIntent', session('strength')))).toMatch(/^Before we start: you mentioned a health condition\./);
    // Told mid-HIIT: going on asks; told mid-strength, the workout goes on.
    const midway = harness.conversation();
    await midway.intent('StartWorkoutIntent', session('hiit'));
    await midway.intent('HealthConcernIntent', told("i'm 66"));
    expect(spoken(await midway.intent('AMAZON.NextIntent'))).toMatch(/^Before we go on: you mentioned your age\./);
    const lifting = harness.conversation();
    await lifting.intent('StartWorkoutIntent', session('strength'));
    const heard = spoken(await lifting.intent('HealthConcernIntent', told("i'm 66")));
    // Nothing felt: no pause "until it feels right", and the workout goes on (found in review).
    expect(heard).toMatch(/at any age.*Say next to carry on with your workout\.$/);
    expect(heard).not.toMatch(/paused|feels right/);
    expect(spoken(await lifting.intent('AMAZON.NextIntent'))).not.toMatch(/doctor/);
    // Found in review: a "no" mid-HIIT, and the next session's "resume my workout" went on unasked. HIIT waits in any
    // session until the okay is said; strength does not.
    const aged = harness.device();
    const pausedFor = new Conversation({ handler: harness.handler, device: aged });
    await pausedFor.intent('StartWorkoutIntent', session('hiit'));
    await pausedFor.intent('AMAZON.NextIntent');
    await pausedFor.intent('HealthConcernIntent', told("i'm 70"));
    await pausedFor.intent('AMAZON.NextIntent');
    await pausedFor.intent('AMAZON.NoIntent');
    const nextSession = new Conversation({ handler: harness.handler, device: aged });
    expect(spoken(await nextSession.intent('ResumeWorkoutIntent'))).toMatch(/^Before we go on: you mentioned your age\./);
    expect(spoken(await new Conversation({ handler: harness.handler, device: aged }).intent('StartWorkoutIntent', session('strength')))).toMatch(/^Okay, a strength workout/);
    const cleared = new Conversation({ handler: harness.handler, device: aged });
    expect(spoken(await cleared.intent('ResumeWorkoutIntent'))).toMatch(/Has your doctor said/);
    await cleared.intent('AMAZON.YesIntent');
    expect(cleared.attributes.workout).toBeDefined();
    expect((await harness.store.history(userKey(aged.userId))).profile?.hiitCheckFirst).toBeUndefined();
    // Found in review: a caution kept from an earlier session stands over an age told, though the first read failed.
    const device = harness.device();
    await new Conversation({ handler: harness.handler, device }).intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'heart-condition') });
    const back = new Conversation({ handler: harness.handler, device });
    harness.store.failWith('network', 1);
    await back.intent('HealthConcernIntent', told("i'm 67 can i do hiit"));
    expect(spoken(await back.intent('StartWorkoutIntent', session('strength')))).toMatch(/^Before we start: last time, you mentioned/);
    // "Is HIIT safe for a 66 year old", the part the move is asked for taking "year old": the age's answer, and HIIT
    // then asks (found by a helper trying the console: "With any trouble in your year old, check with a doctor").
    const asksForAge = harness.conversation();
    const forAge = spoken(await asksForAge.intent('HealthConcernIntent', { move: resolvedSlot('move', 'MoveName', 'hiit'), forPart: unmatchedSlot('forPart', 'ConcernName', 'year old') }));
    expect(forAge).not.toMatch(/year old/);
    expect(forAge).toMatch(/at any age/);
    expect(spoken(await asksForAge.intent('StartWorkoutIntent', session('hiit')))).toMatch(/you mentioned your age/);
    // Found in review: "my old back injury" is an injury, never an age; another's age is not the user's.
    const injured = harness.conversation();
    expect(spoken(await injured.intent('HealthConcernIntent', { move: resolvedSlot('move', 'MoveName', 'hiit'), forPart: unmatchedSlot('forPart', 'ConcernName', 'old back injury') }))).not.toMatch(/at any age/);
    expect(spoken(await injured.intent('StartWorkoutIntent', session('strength')))).toMatch(/^Before we start: you mentioned an injury\./);
    // "My age", the slot taking "age", and someone else's age: the age's answer, never "any trouble in your age".
    for (const part of ['age', '70 year old mother']) {
      const reply = spoken(await harness.conversation().intent('HealthConcernIntent', { move: resolvedSlot('move', 'MoveName', 'hiit'), forPart: unmatchedSlot('forPart', 'ConcernName', part) }));
      expect(reply, part).toMatch(/at any age/);
      expect(reply, part).not.toMatch(/trouble in your/);
    }
    // Unsure of the okay is no yes (found by a helper trying the console: "I don't know that one yet", the question lost).
    for (const [intent, slots] of [
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'not sure') }],
      ['HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', "don't know") }],
    ] as const) {
      const unsure = harness.conversation();
      await unsure.intent('HealthConcernIntent', told("i'm 68"));
      await unsure.intent('StartWorkoutIntent', session('hiit'));
      const reply = spoken(await unsure.intent(intent, slots));
      expect(reply, intent).toMatch(/^Then leave HIIT until they say it's okay\./);
      expect(unsure.attributes.workout).toBeUndefined();
    }
    // A teenager: not the answer for someone older, and never a diet.
    for (const locale of ['en-US', 'hi-IN'] as const) {
      const teen = harness.conversation({ locale });
      const reply = await teen.intent('HealthConcernIntent', told(locale === 'hi-IN' ? 'मैं 15 साल का हूँ' : "i'm 15 is this ok for me"));
      await expectWellFormed(reply);
      expect(spoken(reply), locale).toMatch(locale === 'hi-IN' ? /माता-पिता/ : /parent/);
      expect(spoken(reply), locale).not.toMatch(/more so if you're older/);
      // Then what is eaten, and how fast weight comes off, first says not to cut back while growing (found by a helper
      // trying the console as a 16-year-old: a crash diet and skipping dinner got the adult answers alone).
      const first = locale === 'hi-IN' ? /^जब तक आपका शरीर बढ़ रहा है, (?:खाना कम मत कीजिए|diet, उपवास)/ : /^While you're still growing, don't (?:cut back on food|diet, fast or skip meals)/;
      for (const [intent, slots] of [
        ['TopicIntent', { topic: resolvedSlot('topic', 'TopicName', 'eating-too-little') }],
        ['TopicIntent', { topic: resolvedSlot('topic', 'TopicName', 'intermittent-fasting') }],
        ['DietTipsIntent', {}],
        ['CalorieDeficitIntent', {}],
        ['HowItWorksIntent', {}],
      ] as const) {
        const answer = await teen.intent(intent, slots);
        await expectWellFormed(answer);
        expect(spoken(answer), `${locale} ${intent}`).toMatch(first);
      }
      expect(spoken(await teen.intent('TopicIntent', { topic: resolvedSlot('topic', 'TopicName', 'sleep') }))).not.toMatch(first);
    }
    // A teenager's age said with a question, as people ask it (found by a helper trying the console: the slot kept
    // "year old" alone, and the answer was the one for someone older; the age said before wanting to lose fat was lost).
    for (const said of ['is HIIT safe for a 15 year old', 'is it okay for a 14 year old to do these workouts', "I'm 16 and I want to lose back fat", 'I am 17 and I want to lose my lower back fat']) {
      const [heard, ...others] = committedMatcher('en-US').literal(said);
      expect(others, said).toEqual([]);
      expect(heard?.intent, said).toBe(said.includes('lose') ? 'HowItWorksIntent' : 'HealthConcernIntent');
      const reply = await harness.conversation().intent(heard!.intent, heard!.slots);
      await expectWellFormed(reply);
      expect(spoken(reply), said).toMatch(/parent/);
    }
    expect(spoken(await harness.conversation().intent('HealthConcernIntent', committedMatcher('en-US').literal('is HIIT safe for a 66 year old')[0]!.slots))).toMatch(/more so if you're older/);
    // Older people asked about as a group (found by a helper trying the console as a 63-year-old: the fallback). Their own
    // slot type: "is the deadlift safe for my back" stays the move's question, and no intent hears both.
    for (const said of ['is HIIT safe for seniors', 'is HIIT suitable for older people', 'is HIIT safe for someone my age']) {
      const [heard, ...others] = committedMatcher('en-US').literal(said);
      expect(others, said).toEqual([]);
      expect(heard?.intent, said).toBe('HealthConcernIntent');
      const reply = await harness.conversation().intent(heard!.intent, heard!.slots);
      await expectWellFormed(reply);
      expect(spoken(reply), said).toMatch(/at any age/);
    }
    expect(committedMatcher('en-US').literal('is the deadlift safe for my back').map((match) => match.intent)).toEqual(['TopicIntent']);
    // Words the group's slot does not know are read for what they name (found in review: "is it safe for me to have a
    // beer", heard by the lenient matcher, got the answer about age).
    const beer = spoken(await harness.conversation().intent('HealthConcernIntent', { move: unmatchedSlot('move', 'MoveName', 'it'), ageGroup: unmatchedSlot('ageGroup', 'AgeGroup', 'me to have a beer') }));
    expect(beer).not.toMatch(/at any age/);
    expect(beer).toMatch(/alcohol|beer|drink/i);
    const knees = spoken(await harness.conversation().intent('HealthConcernIntent', { move: resolvedSlot('move', 'MoveName', 'hiit'), ageGroup: unmatchedSlot('ageGroup', 'AgeGroup', 'my knees') }));
    expect(knees).toMatch(/With any trouble in your knees, check with a doctor or a physiotherapist/);
    // Older people as people call them (found in review: the answer of no doctor).
    for (const said of ['is HIIT safe for old people', 'is HIIT safe for pensioners', 'is HIIT safe for over 60s']) {
      const [heard, ...others] = committedMatcher('en-GB').literal(said);
      expect(others, said).toEqual([]);
      expect(heard?.slots?.ageGroup?.value, said).toBeDefined();
      expect(spoken(await harness.conversation({ locale: 'en-GB' }).intent(heard!.intent, heard!.slots)), said).toMatch(/at any age/);
    }
    // An adult wanting to lose fat hears how it is done; the age stands over a teenager's before it, and HIIT asks for
    // a doctor's okay, as the age said alone would (found in review: both were lost).
    const adultAim = committedMatcher('en-US').literal("I'm 50 and I want to lose back fat")[0]!;
    const aimed = harness.conversation();
    await aimed.intent('HealthConcernIntent', told("i'm 15"));
    expect(spoken(await aimed.intent(adultAim.intent, adultAim.slots))).toMatch(/You cannot lose fat from one spot/);
    expect(spoken(await aimed.intent('TopicIntent', { topic: resolvedSlot('topic', 'TopicName', 'eating-too-little') }))).not.toMatch(/still growing/);
    expect(spoken(await aimed.intent('StartWorkoutIntent', session('hiit')))).toBe('Before we start: you mentioned your age. Has your doctor said this kind of exercise is okay for you?');
    // An adult's age said after a teenager's stands ("fifty" heard as "fifteen": found in review).
    const corrected = harness.conversation();
    await corrected.intent('HealthConcernIntent', told("i'm 15"));
    await corrected.intent('HealthConcernIntent', told("no i'm 50"));
    expect(spoken(await corrected.intent('TopicIntent', { topic: resolvedSlot('topic', 'TopicName', 'eating-too-little') }))).not.toMatch(/still growing/);
    // Under 18 is kept for later sessions, and an adult's age said with wanting to lose fat is kept too (found by a
    // helper trying the console: the next session's plan offered to start, and answers spoke of eating less).
    const teenDevice = harness.device();
    await new Conversation({ handler: harness.handler, device: teenDevice }).intent('HealthConcernIntent', told("i'm 15"));
    expect((await harness.store.history(userKey(teenDevice.userId))).profile).toMatchObject({ young: true, hiitCheckFirst: true });
    const nextDay = new Conversation({ handler: harness.handler, device: teenDevice });
    expect(spoken(await nextDay.intent('CalorieDeficitIntent'))).toMatch(/^While you're still growing/);
    expect(spoken(await nextDay.intent('WorkoutForDayIntent'))).not.toMatch(/Want to start now\?/);
    const grown = committedMatcher('en-US').literal("I'm 50 and I want to lose back fat")[0]!;
    await nextDay.intent(grown.intent, grown.slots);
    expect((await harness.store.history(userKey(teenDevice.userId))).profile).toMatchObject({ hiitCheckFirst: true });
    expect((await harness.store.history(userKey(teenDevice.userId))).profile?.young).toBeUndefined();
    const third = new Conversation({ handler: harness.handler, device: teenDevice });
    expect(spoken(await third.intent('CalorieDeficitIntent'))).not.toMatch(/still growing/);
    // An adult's age said with pain, in a later session, removes it too (found in review: kept, a teen's answers went on).
    const withPain = harness.device();
    await new Conversation({ handler: harness.handler, device: withPain }).intent('HealthConcernIntent', told("i'm 15"));
    await new Conversation({ handler: harness.handler, device: withPain }).intent('HealthConcernIntent', told("no i'm 50 and my knee hurts"));
    expect((await harness.store.history(userKey(withPain.userId))).profile?.young).toBeUndefined();
    expect(spoken(await third.intent('StartWorkoutIntent', session('hiit')))).toBe('Before we start: you mentioned your age. Has your doctor said this kind of exercise is okay for you?');
    // An adult hears the answer alone.
    const adult = harness.conversation();
    await adult.intent('HealthConcernIntent', told("i'm 45"));
    expect(spoken(await adult.intent('TopicIntent', { topic: resolvedSlot('topic', 'TopicName', 'eating-too-little') }))).not.toMatch(/still growing/);
  });

  it('pain told in an earlier session today is asked about before a workout; a no answers it for the day', async () => {
    const device = harness.device();
    const told = new Conversation({ handler: harness.handler, device });
    await told.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'lower-back-pain') });
    expect((await harness.store.history(userKey(device.userId))).profile?.feltOn).toBe('2026-11-24');
    const later = new Conversation({ handler: harness.handler, device });
    const asked = await later.intent('StartWorkoutIntent');
    await expectWellFormed(asked);
    expect(spoken(asked)).toBe("Before we start: earlier today, you told me something wasn't right. Is it still bothering you?");
    expect(spoken(await later.intent('AMAZON.NoIntent'))).toMatch(/^Good\. Go gently, and stop if it comes back\. Today is a \w+ day/);
    expect((await harness.store.history(userKey(device.userId))).profile?.feltOn).toBeUndefined();
    await later.intent('AMAZON.StopIntent');
    expect(spoken(await new Conversation({ handler: harness.handler, device }).intent('StartWorkoutIntent'))).not.toMatch(/Before we start/);
    // Told the day before: today asks too (found by a helper trying the console: "I am having back pain since two days",
    // and the next day HIIT began unasked); a yes keeps today as the day, so tomorrow asks again; a no ends it.
    const yesterday = harness.device();
    await new Conversation({ handler: harness.handler, device: yesterday }).intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain') });
    harness.setNow('2026-11-25T15:00:00Z');
    try {
      const nextDay = new Conversation({ handler: harness.handler, device: yesterday });
      expect(spoken(await nextDay.intent('WorkoutForDayIntent'))).not.toMatch(/Want to start now\?/);
      expect(spoken(await nextDay.intent('StartWorkoutIntent'))).toBe("Before we start: yesterday, you told me something wasn't right. Is it still bothering you?");
      expect(spoken(await nextDay.intent('AMAZON.YesIntent'))).toMatch(/^Then let's not train today/);
      expect((await harness.store.history(userKey(yesterday.userId))).profile?.feltOn).toBe('2026-11-25');
      harness.setNow('2026-11-26T15:00:00Z');
      const third = new Conversation({ handler: harness.handler, device: yesterday });
      expect(spoken(await third.intent('StartWorkoutIntent'))).toMatch(/^Before we start: yesterday/);
      expect(spoken(await third.intent('AMAZON.NoIntent'))).toMatch(/^Good\. Go gently/);
      expect((await harness.store.history(userKey(yesterday.userId))).profile?.feltOn).toBeUndefined();
      // Two days back, nothing is asked.
      const older = harness.device();
      harness.setNow('2026-11-24T15:00:00Z');
      await new Conversation({ handler: harness.handler, device: older }).intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain') });
      harness.setNow('2026-11-26T15:00:00Z');
      expect(spoken(await new Conversation({ handler: harness.handler, device: older }).intent('StartWorkoutIntent'))).not.toMatch(/Before we start/);
    } finally {
      harness.setNow('2026-11-24T15:00:00Z');
    }
  });

  // Found as a gap: pain told mid-workout was kept for the session and on the place, and the place's mark goes once the
  // workout is logged; and "let's do strength" after HIIT paused for pain went back to the HIIT on "no, it's fine".
  it('pain told mid-workout is kept for the day, and another kind asked for later starts on "no"', async () => {
    const device = harness.device();
    const user = userKey(device.userId);
    const during = new Conversation({ handler: harness.handler, device });
    await during.intent('StartWorkoutIntent', session('hiit'));
    await during.intent('AMAZON.NextIntent');
    await during.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain') });
    expect((await harness.store.history(user)).profile?.feltOn).toBe('2026-11-24');
    await during.intent('EndWorkoutIntent');
    await during.intent('AMAZON.StopIntent');
    const evening = new Conversation({ handler: harness.handler, device });
    const asked = await evening.intent('StartWorkoutIntent', session('strength'));
    await expectWellFormed(asked);
    expect(spoken(asked)).toBe('Before we start: you told me something hurts. Does it still hurt?');
    expect(spoken(await evening.intent('AMAZON.NoIntent'))).toMatch(/^Good\. Go gently, and stop if it comes back\. .*strength/i);
    expect((await harness.store.history(user)).profile?.feltOn).toBeUndefined();
    // With the place gone (the workout logged), the day's note still asks.
    const other = harness.device();
    const otherUser = userKey(other.userId);
    const hurt = new Conversation({ handler: harness.handler, device: other });
    await hurt.intent('StartWorkoutIntent', session('hiit'));
    await hurt.intent('AMAZON.NextIntent');
    await hurt.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain') });
    await harness.store.saveWorkout(otherUser, '2026-W48', null);
    const later = await new Conversation({ handler: harness.handler, device: other }).intent('StartWorkoutIntent');
    expect(spoken(later)).toBe("Before we start: earlier today, you told me something wasn't right. Is it still bothering you?");
    // Soreness mid-workout is no report to ask about later.
    const sore = harness.device();
    const sorer = new Conversation({ handler: harness.handler, device: sore });
    await sorer.intent('StartWorkoutIntent', session('hiit'));
    await sorer.intent('AMAZON.NextIntent');
    await sorer.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'soreness') });
    expect((await harness.store.history(userKey(sore.userId))).profile?.feltOn).toBeUndefined();
  });

  // Found in review: with HIIT paused for pain, "let's do strength instead" went back to the HIIT on "no"; and feeling
  // unwell told after the pause was never asked about, so a "no" about the pain started a workout.
  it('another kind asked for while a workout waits for pain starts on "no"; what else was felt is asked about too', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('hiit'));
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain') });
    const asked = await chat.intent('StartWorkoutIntent', session('strength'));
    await expectWellFormed(asked);
    expect(spoken(asked)).toBe('Before we start: you told me something hurts. Does it still hurt?');
    const no = await chat.intent('AMAZON.NoIntent');
    expect(spoken(no)).toMatch(/^Good\. Go gently, and stop if it comes back\. .*strength/i);
    expect(spoken(no)).not.toMatch(/HIIT/);
    for (const [ask, expected] of [
      [(c: Conversation) => c.intent('StartWorkoutIntent', session('strength')), "Before we start: you told me something wasn't right. Is it still bothering you?"],
      [(c: Conversation) => c.intent('AMAZON.NextIntent'), "Before we go on: you told me something wasn't right. Is it still bothering you?"],
    ] as const) {
      const both = harness.conversation();
      await both.intent('StartWorkoutIntent', session('hiit'));
      await both.intent('AMAZON.NextIntent');
      await both.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain') });
      await both.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'unwell') });
      expect(spoken(await ask(both))).toBe(expected);
    }
    // Both told mid-workout, then picked up in a later session: the pause keeps both, and asks in words that fit both
    // (found in review: it kept only the last, and a "no" about feeling unwell went on with the pain unasked).
    const device = harness.device();
    const during = new Conversation({ handler: harness.handler, device });
    await during.intent('StartWorkoutIntent', session('hiit'));
    await during.intent('AMAZON.NextIntent');
    await during.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain') });
    await during.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'unwell') });
    await during.intent('AMAZON.StopIntent');
    const later = await new Conversation({ handler: harness.handler, device }).intent('ResumeWorkoutIntent');
    expect(spoken(later)).toBe("Before we go on: you told me something wasn't right. Is it still bothering you?");
    // Ended after the pause, then unwell told: the saved place's pain and the rest, asked together.
    const ended = harness.conversation();
    await ended.intent('StartWorkoutIntent', session('hiit'));
    await ended.intent('AMAZON.NextIntent');
    await ended.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain') });
    await ended.intent('EndWorkoutIntent');
    await ended.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'unwell') });
    expect(spoken(await ended.intent('StartWorkoutIntent', session('strength')))).toBe("Before we start: you told me something wasn't right. Is it still bothering you?");
  });

  // Found by a helper trying the console (December 6): "sorry, say that again" just after "Back to your strength workout:
  // the warm-up is done" replayed the warm-up, timer and all.
  it('"say that again" after picking up a workout says where it is again, never the step done before', async () => {
    const device = harness.device();
    const before = new Conversation({ handler: harness.handler, device });
    await before.intent('StartWorkoutIntent', session('strength'));
    await before.intent('AMAZON.NextIntent');
    await before.intent('AMAZON.StopIntent');
    const later = new Conversation({ handler: harness.handler, device });
    const back = spoken(await later.intent('ResumeWorkoutIntent'));
    expect(back).toMatch(/^Back to your strength workout: /);
    expect(spoken(await later.intent('AMAZON.RepeatIntent'))).toBe(back);
    expect(spoken(await later.intent('AMAZON.NextIntent'))).toMatch(/^(Exercise 1 of 5|Set 1)/);
  });

  // Found as a gap: after "then let's not train today", "what can I do instead" was out of scope, and the suggestions
  // offered today's workout.
  it('"what can I do instead" after pain or feeling unwell is rest, and what else helps; nothing suggests a workout', async () => {
    for (const said of ['what can I do instead', 'so what should I do instead today', 'what else can I do']) {
      expect(committedMatcher('en-US').literal(said).map((match) => match.intent), said).toEqual(['AMAZON.HelpIntent']);
    }
    for (const [concern, rest] of [
      ['lower-back-pain', /^Today, rest is the plan: keep to everyday movement that doesn't bring the pain on.*doctor or a physiotherapist\./],
      ['unwell', /^Today, rest is the plan: drink water and get some sleep\./],
      [undefined, /^Today, rest is the plan: keep to easy everyday movement/],
    ] as const) {
      const chat = harness.conversation();
      await chat.intent('HealthConcernIntent', concern ? { concern: resolvedSlot('concern', 'ConcernName', concern) } : {});
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.YesIntent');
      const instead = await chat.intent('AMAZON.HelpIntent');
      await expectWellFormed(instead);
      expect(spoken(instead), concern).toMatch(rest);
      expect(spoken(instead), concern).toMatch(/When it has passed, say, start my workout\. Until then, food and sleep matter for back fat as much as training does: .*does sleep matter\?$/);
      expect(spoken(instead) + reprompted(instead), concern).not.toMatch(/today's workout|glute bridge/i);
      // Nor does the answer to something not understood.
      const unheard = await chat.intent('AMAZON.FallbackIntent');
      expect(spoken(unheard) + reprompted(unheard), concern).not.toMatch(/workout|glute bridge/i);
      expect(spoken(unheard), concern).toMatch(/how much protein you need/);
    }
    // Told while learning a move, it is rest too (found trying the console: the general help).
    const learning = harness.conversation();
    await learning.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'deadlift') });
    await learning.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain') });
    expect(spoken(await learning.intent('AMAZON.HelpIntent'))).toMatch(/^Today, rest is the plan/);
    // "Yes, it still hurts" suggests no workout either, nor does its reprompt (found in review).
    const resting = harness.conversation();
    await resting.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'lower-back-pain') });
    await resting.intent('StartWorkoutIntent');
    expect(reprompted(await resting.intent('AMAZON.YesIntent'))).not.toMatch(/workout/i);
    // Told in an earlier session today, it is rest too (found in review: only this session's was heard).
    const device = harness.device();
    const told = new Conversation({ handler: harness.handler, device });
    await told.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'lower-back-pain') });
    await told.intent('AMAZON.StopIntent');
    const later = await new Conversation({ handler: harness.handler, device }).intent('AMAZON.HelpIntent');
    expect(spoken(later)).toMatch(/^Today, rest is the plan: keep to easy everyday movement/);
    // With the workout paused for pain: rest, how to go on, and what else to ask (found in review: the workout's commands).
    const paused = harness.conversation();
    await paused.intent('StartWorkoutIntent', session('hiit'));
    await paused.intent('AMAZON.NextIntent');
    await paused.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain') });
    const help = await paused.intent('AMAZON.HelpIntent');
    await expectWellFormed(help);
    expect(spoken(help)).toMatch(/^Today, rest is the plan: keep to everyday movement that doesn't bring the pain on.*Your workout is paused\..*does sleep matter\?$/);
    expect(paused.attributes.workout).toBeDefined();
    // Feeling unwell told after the pain: pain's answer still, with its physiotherapist (found in review).
    await paused.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'unwell') });
    expect(spoken(await paused.intent('AMAZON.HelpIntent'))).toMatch(/^Today, rest is the plan: keep to everyday movement that doesn't bring the pain on/);
    // Once it is said to have passed, help is help again.
    const better = harness.conversation();
    await better.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'lower-back-pain') });
    await better.intent('StartWorkoutIntent');
    await better.intent('AMAZON.NoIntent');
    await better.intent('EndWorkoutIntent');
    await better.intent('AMAZON.YesIntent');
    expect(spoken(await better.intent('AMAZON.HelpIntent'))).not.toMatch(/^Today, rest is the plan/);
    // Soreness is no reason to rest: help is help.
    const sore = harness.conversation();
    await sore.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'soreness') });
    expect(spoken(await sore.intent('AMAZON.HelpIntent'))).not.toMatch(/^Today, rest is the plan/);
  });

  // Found by helpers trying the console (December 5): paused for pain, speech not understood was told "In your workout,
  // you can say next, back, skip", as if it were running.
  it('paused for pain, speech not understood is told how to go on or stop, never "say next"', async () => {
    const hurt = harness.conversation();
    await hurt.intent('StartWorkoutIntent', session('hiit'));
    await hurt.intent('AMAZON.NextIntent');
    await hurt.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'back-pain') });
    const lost = await hurt.intent('AMAZON.FallbackIntent');
    await expectWellFormed(lost);
    expect(spoken(lost)).toBe("That's not something I can help with yet. Your workout is paused. If it still hurts, say I'm done, and rest today. If it feels fine now, say resume my workout. What would you like?");
    expect(hurt.attributes.workout).toBeDefined();
  });

  // Found in review: "kinda" to "has your doctor said this kind of exercise is okay for you?" was a yes, and HIIT began.
  it('a hedge ("kinda", "I think so") is no doctor\'s okay and no yes to a deletion, but "a little" still hurts', async () => {
    const chat = harness.conversation();
    await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'diabetes') });
    await chat.intent('StartWorkoutIntent', session('hiit'));
    const hedge = await chat.intent('HedgedYesIntent');
    await expectWellFormed(hedge);
    expect(spoken(hedge)).toBe('I need a clear yes or no for that one. Has your doctor said this kind of exercise is okay for you?');
    expect(chat.attributes.workout).toBeUndefined();
    // "Next" is no answer either (found by a helper trying the console: "There's nothing to move on to").
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toBe('I need a clear yes or no for that one. Has your doctor said this kind of exercise is okay for you?');
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/HIIT workout it is|Today is a HIIT day/);
    // A deletion waits for a clear yes too.
    const deleting = harness.conversation();
    const asked = await deleting.intent('DeleteDataIntent');
    expect(spoken(await deleting.intent('HedgedYesIntent'))).toBe(`I need a clear yes or no for that one. ${reprompted(asked)}`);
    expect(deleting.attributes.offer).toEqual({ kind: 'confirmDelete' });
    // "Does it still hurt?" "A little": it does, so the workout stops for today.
    const hurt = harness.conversation();
    await hurt.intent('StartWorkoutIntent', session('hiit'));
    await hurt.intent('AMAZON.NextIntent');
    await hurt.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain') });
    expect(spoken(await hurt.intent('AMAZON.NextIntent'))).toBe('Before we go on: does it still hurt?');
    expect(spoken(await hurt.intent('HedgedYesIntent'))).toMatch(/^Then let's stop for today\./);
    // With nothing asked, a hedge is a yes to nothing; in a workout or a how-to, it moves on as a yes does (found in
    // review: it answered with the menu, and the workout was lost).
    expect(spoken(await harness.conversation().intent('HedgedYesIntent'))).toMatch(/^Sure\. You can ask for today's workout/);
    const moving = harness.conversation();
    await moving.intent('StartWorkoutIntent', session('strength'));
    const onward = await moving.intent('HedgedYesIntent');
    expect(spoken(onward)).toMatch(/^Keep going\./);
    expect(moving.attributes.workout).toBeDefined();
    const teaching = harness.conversation();
    await teaching.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    expect(spoken(await teaching.intent('HedgedYesIntent'))).toMatch(/^Step 2/);
    // Pain told mid-workout is kept for the session: the workout ended and logged, another asked for asks first
    // (found in review: "I'm done", yes, then "let's do HIIT" started at once).
    const ended = harness.conversation();
    await ended.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(ended, 3);
    await ended.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'back-pain') });
    await ended.intent('EndWorkoutIntent');
    await ended.intent('AMAZON.YesIntent');
    expect(ended.attributes.workout).toBeUndefined();
    expect(spoken(await ended.intent('StartWorkoutIntent', session('hiit')))).toBe('Before we start: you told me something hurts. Does it still hurt?');
    // A question that is no yes-or-no ("what time?") is asked again, as any answer not understood.
    const reminding = harness.conversation();
    await reminding.intent('DailyReminderIntent');
    expect(spoken(await reminding.intent('HedgedYesIntent'))).toMatch(/^Sorry, I didn't get that\./);
    expect(reminding.attributes.offer).toMatchObject({ kind: 'reminderTime' });
    // "I guess", to "Want to start now?", is a yes: something to start or hear, which can be stopped (found by a helper
    // trying the console as a tired parent: "I need a clear yes or no for that one").
    const offered = harness.conversation();
    expect(spoken(await offered.intent('WorkoutForDayIntent'))).toMatch(/Want to start now\?$/);
    expect(spoken(await offered.intent('HedgedYesIntent'))).toMatch(/Warm up/);
    expect(offered.attributes.workout).toBeDefined();
    // Never after pain told today ("it doesn't hurt as much", heard as a hedge), nor to a log ("a little", to "were those
    // steps extra?"): found in review, the workout started and the steps were logged as extra.
    const eased = harness.conversation();
    await eased.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'my back') });
    expect(spoken(await eased.intent('PainGoneIntent'))).toMatch(/Want to start today's workout\?$/);
    expect(spoken(await eased.intent('HedgedYesIntent'))).toMatch(/^I need a clear yes or no/);
    expect(eased.attributes.workout).toBeUndefined();
    const steps = harness.conversation();
    const walked = committedMatcher('en-US').literal('I walked 8000 steps')[0]!;
    expect(spoken(await steps.intent(walked.intent, walked.slots))).toMatch(/extra, on top of it\?$/);
    expect(spoken(await steps.intent('HedgedYesIntent'))).toMatch(/^I need a clear yes or no/);
  });

  // Found by helpers trying the console: "not sure" and "pata nahi" to the doctor's question reached the fallback, and
  // the question was asked again as if nothing had been said.
  it('"not sure", "I don\'t know", "maybe": no doctor\'s okay, still hurting, or the question again', async () => {
    const heard = (locale: 'en-US' | 'hi-IN', said: string) => {
      const [match, ...others] = committedMatcher(locale).literal(said);
      expect(others, said).toEqual([]);
      expect(match?.intent, said).toBe('UnsureIntent');
      return match!;
    };
    for (const [locale, said, answer] of [
      ['en-US', 'not sure', /^Then please check with them first/],
      ['en-US', "hmm I don't know", /^Then please check with them first/],
      ['en-US', "I can't remember if they did", /^Then please check with them first/],
      ['hi-IN', 'pata nahi', /^तो पहले उनसे पूछ लीजिए/],
      ['hi-IN', 'मुझे नहीं पता', /^तो पहले उनसे पूछ लीजिए/],
    ] as const) {
      const chat = harness.conversation({ locale });
      await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'diabetes') });
      await chat.intent('StartWorkoutIntent', session('hiit'));
      const reply = await chat.intent('UnsureIntent', heard(locale, said).slots ?? {});
      await expectWellFormed(reply);
      expect(spoken(reply), said).toMatch(answer);
      expect(chat.attributes.workout, said).toBeUndefined();
    }
    // "Does it still hurt?" "I'm not sure": it may, so the workout stops for today.
    const hurt = harness.conversation();
    await hurt.intent('StartWorkoutIntent', session('hiit'));
    await hurt.intent('AMAZON.NextIntent');
    await hurt.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain') });
    expect(spoken(await hurt.intent('AMAZON.NextIntent'))).toBe('Before we go on: does it still hurt?');
    expect(spoken(await hurt.intent('UnsureIntent', heard('en-US', "I'm not sure").slots ?? {}))).toMatch(/^Then let's stop for today\./);
    // Paused for pain with nothing asked: whether it still hurts (found in review: "not something I can help with").
    const paused = harness.conversation();
    await paused.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(paused, 2);
    await paused.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain') });
    expect(spoken(await paused.intent('UnsureIntent'))).toMatch(/still hurt/);
    // Any other yes-or-no question is asked again, and stays asked.
    const deleting = harness.conversation();
    const asked = await deleting.intent('DeleteDataIntent');
    expect(spoken(await deleting.intent('UnsureIntent'))).toBe(`No rush. ${reprompted(asked)}`);
    expect(deleting.attributes.offer).toEqual({ kind: 'confirmDelete' });
    // Nothing asked: as anything not understood; in a workout, its commands.
    expect(spoken(await harness.conversation().intent('UnsureIntent'))).toMatch(/^That's not something I can help with yet/);
    const moving = harness.conversation();
    await moving.intent('StartWorkoutIntent', session('strength'));
    expect(spoken(await moving.intent('UnsureIntent'))).toMatch(/In your workout, you can say next/);
    expect(moving.attributes.workout).toBeDefined();
  });

  // Found trying it as a user: "my lower back's been really hurting", then "okay, start it", began deadlifts unasked,
  // though the answer had just said not to train through pain.
  it('after pain or feeling unwell is told, a workout asked for this session first asks whether it still does', async () => {
    for (const [concern, question] of [
      ['lower-back-pain', 'Before we start: you told me something hurts. Does it still hurt?'],
      // Said without naming what ("it hurts", "I don't feel well"): asked in words that fit both.
      [undefined, "Before we start: you told me something wasn't right. Is it still bothering you?"],
      ['unwell', 'Before we start: you said you felt unwell. Do you still?'],
    ] as const) {
      const chat = harness.conversation();
      await chat.intent('HealthConcernIntent', concern ? { concern: resolvedSlot('concern', 'ConcernName', concern) } : {});
      const asked = await chat.intent('StartWorkoutIntent', session('hiit'));
      await expectWellFormed(asked);
      expect(spoken(asked), concern).toBe(question);
      expect(chat.attributes.workout, concern).toBeUndefined();
      // "Yes, it still hurts": no workout today, and why; asked again, it asks again.
      const yes = await chat.intent('AMAZON.YesIntent');
      await expectWellFormed(yes);
      const rest = { unwell: /^Then rest today, and train once you feel better\./, 'lower-back-pain': /^Then let's not train today: pain is a signal/ };
      expect(spoken(yes), concern).toMatch(concern ? rest[concern] : /^Then let's not train today: rest, and train once you feel better\./);
      expect(chat.attributes.workout, concern).toBeUndefined();
      expect(spoken(await chat.intent('StartWorkoutIntent', session('hiit'))), concern).toBe(question);
      // "No, it's fine now": the workout asked for starts, gently, and the session does not ask again.
      const no = await chat.intent('AMAZON.NoIntent');
      expect(spoken(no), concern).toMatch(/^Good\. Go gently, and stop if it comes back\. (HIIT workout it is|Today is a HIIT day)/);
      // Its warm-up keeps the hard parts low impact (found trying the console: knee pain gone, then "running, stair climbing").
      expect(spoken(no), concern).toMatch(/keep the hard parts low impact: fast cycling or brisk marching, not running or stairs\./);
      expect(spoken(no), concern).not.toMatch(/stair climbing/);
      expect(chat.attributes.workout, concern).toBeDefined();
      await chat.intent('AMAZON.StopIntent');
      expect(spoken(await chat.intent('StartWorkoutIntent', session('strength'))), concern).not.toMatch(/Before we start/);
    }
    // "It still hurts" said whole is a yes; "it's just a bit tight" starts it, with how to go about a tight muscle.
    const still = harness.conversation();
    await still.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain') });
    await still.intent('StartWorkoutIntent');
    expect(spoken(await still.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'pain') }))).toMatch(/^Then let's not train today/);
    expect(still.attributes.workout).toBeUndefined();
    const tight = await still.intent('StartWorkoutIntent');
    expect(spoken(tight)).toBe('Before we start: you told me something hurts. Does it still hurt?');
    const eased = await still.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'tightness') });
    expect(spoken(eased)).toMatch(/^A tight feeling is common\..* Today is a \w+ day/);
    expect(still.attributes.workout).toBeDefined();
    // A workout saved earlier today asks too before it goes on.
    const device = harness.device();
    const first = new Conversation({ handler: harness.handler, device });
    await first.intent('StartWorkoutIntent', session('hiit'));
    await first.intent('AMAZON.NextIntent');
    await first.intent('AMAZON.StopIntent');
    const back = new Conversation({ handler: harness.handler, device });
    await back.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'back-pain') });
    expect(spoken(await back.intent('ResumeWorkoutIntent'))).toBe('Before we go on: does it still hurt?');
    // A HIIT workout gone on with says to keep it low impact, as one started does in its warm-up (found in review).
    expect(spoken(await back.intent('AMAZON.NoIntent'))).toMatch(/^Good\. Go gently: keep it low impact, with no running or stairs today, and stop if it comes back\. .*HIIT/);
    // Pain, then a fever: asked about both (found in review: only the last was, and a no started the workout).
    const both = harness.conversation();
    await both.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'back-pain') });
    await both.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'unwell') });
    expect(spoken(await both.intent('StartWorkoutIntent'))).toBe("Before we start: you told me something wasn't right. Is it still bothering you?");
    // Soreness, a warning sign's own answer, and a condition's doctor question are not this question.
    const sore = harness.conversation();
    await sore.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'soreness') });
    expect(spoken(await sore.intent('StartWorkoutIntent'))).not.toMatch(/Does it still hurt/);
    const injured = harness.conversation();
    await injured.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'slipped-disc') });
    expect(spoken(await injured.intent('StartWorkoutIntent'))).toMatch(/^Before we start: you mentioned an injury\./);
    expect(spoken(await injured.intent('AMAZON.YesIntent'))).not.toMatch(/Does it still hurt/);
  });

  // Found by a helper trying the console (December 6): "Nothing logged for today", as if the rounds were lost.
  it('"did that round count", mid-workout, says the workout counts and where it is; a day named is that day', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('hiit'));
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    const asked = await chat.intent('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'that round count') });
    await expectWellFormed(asked, { endsOnQuestion: false });
    expect(spoken(asked)).toMatch(/^It does: what you finish is kept, and I log the workout when you finish it\. Stop early, and I'll offer to log what you did\. .*Say next to carry on with your workout\.$/);
    expect(chat.attributes.workout).toBeDefined();
    expect(spoken(await chat.intent('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'my workout yesterday count') }))).toMatch(/^Nothing logged for yesterday\./);
    // A walk asked about is the day's, never the workout's (found in review).
    expect(spoken(await chat.intent('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'my walk count') }))).not.toMatch(/^It does/);
  });

  it('after pain said to have passed, the cardio warm-up leaves running out; with nothing told, it is as ever', async () => {
    const eased = harness.conversation();
    await eased.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'knee-pain') });
    await eased.intent('StartWorkoutIntent', session('cardio'));
    const no = await eased.intent('AMAZON.NoIntent');
    await expectPaced(no);
    expect(spoken(no)).toMatch(/a gentle activity, like brisk walking, cycling or swimming, to warm up\. As you weren't feeling right earlier, leave running for another day\./);
    const plain = harness.conversation();
    const started = await plain.intent('StartWorkoutIntent', session('cardio'));
    expect(spoken(started)).toMatch(/Start with \d+ easy minutes of your activity, like running, cycling or swimming, to warm up\./);
    expect(spoken(started)).not.toMatch(/feeling right earlier/);
  });

  // Found in a second review, and by two helpers trying the console as a pregnant user and a diabetic one: the caution
  // lived only in the session, so a workout stopped to check with a doctor went on unasked the next time it was opened,
  // and after a "no" to the question the next session started HIIT.
  it('a caution waits for the doctor\'s okay in later sessions too, and a yes answers it for good', async () => {
    const device = harness.device();
    await new Conversation({ handler: harness.handler, device }).intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'diabetes') });
    const next = new Conversation({ handler: harness.handler, device });
    expect(spoken(await next.intent('StartWorkoutIntent', session('hiit')))).toBe(
      'Before we start: last time, you mentioned something to check with your doctor first. Has your doctor said this kind of exercise is okay for you?',
    );
    expect(spoken(await next.intent('AMAZON.NoIntent'))).toMatch(/^Then please check with them first/);
    const after = new Conversation({ handler: harness.handler, device });
    expect(spoken(await after.intent('StartWorkoutIntent', session('hiit')))).toMatch(/^Before we start: last time/);
    expect(spoken(await after.intent('AMAZON.YesIntent'))).toMatch(/HIIT workout it is|Today is a HIIT day/);
    await after.intent('AMAZON.StopIntent');
    expect(spoken(await new Conversation({ handler: harness.handler, device }).intent('StartWorkoutIntent', session('strength')))).toMatch(/strength workout it is/);
    // What is kept is only that a workout waits: never what was told.
    const { profile } = await harness.store.history(userKey(device.userId));
    expect(JSON.stringify(profile)).not.toMatch(/diabet|condition/);
  });

  it('a workout stopped to check with a doctor still waits for the okay in a new session', async () => {
    const device = harness.device();
    const first = new Conversation({ handler: harness.handler, device });
    await first.intent('StartWorkoutIntent', session('hiit'));
    await first.intent('AMAZON.NextIntent');
    await first.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'pregnancy') });
    await first.intent('AMAZON.NextIntent');
    await first.intent('AMAZON.NoIntent');
    const later = new Conversation({ handler: harness.handler, device });
    const resume = await later.intent('ResumeWorkoutIntent');
    await expectWellFormed(resume);
    expect(spoken(resume)).toBe('Before we go on: last time, you mentioned something to check with your doctor first. Has your doctor said this kind of exercise is okay for you?');
    // A fresh start asks too; a no starts nothing.
    expect(spoken(await later.intent('StartWorkoutIntent', session('strength')))).toMatch(/^Before we start: last time, you mentioned something to check with your doctor first\./);
    expect(spoken(await later.intent('AMAZON.NoIntent'))).toMatch(/^Then please check with them first/);
    expect(later.attributes.workout).toBeUndefined();
    // A yes picks the workout up where it stopped, and after it the place is saved with nothing left to ask.
    await later.intent('ResumeWorkoutIntent');
    expect(spoken(await later.intent('AMAZON.YesIntent'))).toMatch(/^Back to your HIIT workout/);
    await later.intent('AMAZON.StopIntent');
    expect(spoken(await new Conversation({ handler: harness.handler, device }).intent('ResumeWorkoutIntent'))).toMatch(/^Back to your HIIT workout/);
    // Walked away while the question waited: the next session asks it.
    const walker = harness.device();
    const walked = new Conversation({ handler: harness.handler, device: walker });
    await walked.intent('StartWorkoutIntent', session('hiit'));
    await walked.intent('AMAZON.NextIntent');
    await walked.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'heart-condition') });
    await walked.send((opts) => sessionEndedRequest(opts, 'EXCEEDED_MAX_REPROMPTS'));
    expect(spoken(await new Conversation({ handler: harness.handler, device: walker }).intent('ResumeWorkoutIntent'))).toMatch(/^Before we go on: last time/);
  });

  // Found in review: while the doctor question waited mid-workout, "what's next" and other answers ended "say next to
  // carry on". They end on the question, and a yes answers it.
  it('while a workout waits for a doctor\'s okay, answers in it end on the question, and a yes goes on', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('hiit'));
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'high-blood-pressure') });
    const upcoming = await chat.intent('WhatsNextIntent');
    await expectWellFormed(upcoming);
    expect(spoken(upcoming)).not.toMatch(/carry on/);
    expect(spoken(upcoming)).toMatch(/Before we go on: has your doctor said this kind of exercise is okay for you\?$/);
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/^Let's go on with your HIIT workout/);
  });

  // Found in a second review: a lesson asked mid-workout ended on the doctor question, and a yes to it was a next.
  it('a lesson asked in a workout waiting for the okay ends on the question, and a yes answers it', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'heart-condition') });
    await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    let turn = await chat.intent('AMAZON.NextIntent');
    for (let i = 0; i < 8 && !/has your doctor said/i.test(spoken(turn)); i += 1) turn = await chat.intent('AMAZON.NextIntent');
    expect(spoken(turn)).toMatch(/Before we go on: has your doctor said this kind of exercise is okay for you\?$/);
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/^Let's go on with your strength workout/);
  });

  // Found in review: every answer in a workout waiting for the okay left the doctor question pending, so a yes to
  // "What would you like?" after help, or to "Paused. Say, resume my workout…", was taken for the okay, for good.
  it('a yes to an answer that does not end on the doctor question is no okay', async () => {
    for (const other of ['AMAZON.HelpIntent', 'AMAZON.PauseIntent']) {
      const device = harness.device();
      const chat = new Conversation({ handler: harness.handler, device });
      await chat.intent('StartWorkoutIntent', session('strength'));
      await chat.intent('AMAZON.NextIntent');
      await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'asthma') });
      await chat.intent(other);
      await chat.intent('AMAZON.YesIntent');
      const { profile } = await harness.store.history(userKey(device.userId));
      expect(profile?.checkFirst, other).toBe(true);
      expect(spoken(await chat.intent('AMAZON.NextIntent')), other).toMatch(/^Before we go on/);
    }
  });

  it('a break asked for through a workout request is answered as a day off, never started', async () => {
    for (const said of ['take a break for a week', 'rest today', 'take a week off']) {
      const chat = harness.conversation();
      const turn = await chat.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', said) });
      await expectWellFormed(turn);
      expect(spoken(turn), said).toMatch(/One missed day changes nothing/);
      expect(chat.attributes.workout, said).toBeUndefined();
    }
  });

  it.each([
    ['strength', /^Quick note: .*Okay, a strength workout it is: 5 exercises/, /Exercise 1 of 5: good mornings\./],
    ['cardio', /Okay, a cardio workout it is: 20 minutes in all/, /settle into a steady pace/],
    ['stretch', /Okay, a recovery session it is: a gentle warm-up, yoga or stretching/, /Part 1 of 3\. 10 minutes of yoga or gentle stretching/],
  ])('"let\'s do %s" on a HIIT day: that session, with a warm-up and a cool-down', async (kind, intro, main) => {
    const chat = harness.conversation();
    const start = await chat.intent('StartWorkoutIntent', session(kind));
    await expectPaced(start);
    expect(spoken(start)).toMatch(intro);
    const steps: string[] = [spoken(start)];
    for (let turn = await chat.intent('AMAZON.NextIntent'); chat.attributes.workout !== undefined; turn = await chat.intent('AMAZON.NextIntent')) {
      await expectPaced(turn);
      steps.push(spoken(turn));
    }
    expect(steps.join(' ')).toMatch(main);
    expect(steps.at(-1)).toMatch(/Cool down|quiet minutes|That's time/);
  });

  it('"start Friday\'s workout" on a Tuesday: Friday\'s own session, done now and logged today', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    const start = await chat.intent('StartWorkoutIntent', { date: '2026-11-27' });
    expect(spoken(start)).toMatch(/Okay, Friday's strength workout: 5 exercises/);
    expect((chat.attributes.workout as { sessionId: string }).sessionId).toBe(planForDay(5).sessionId);
    await walkToTheEnd(chat);
    const { weeks } = await harness.store.history(userKey(device.userId));
    expect(weeks[0]?.sessions).toMatchObject({ strength: 1, hiit: 0 });
    expect(weeks[0]?.days[2]).toBe(1);
  });

  it.each([
    ['the rest day', '2026-11-29', /^(Quick note: .*)?Okay, Sunday's recovery session: a gentle warm-up/],
    ['today', '2026-11-24', /^(Quick note: .*)?Today is a HIIT day: 10 rounds/],
    ['a week, not a day', '2026-W48', /^(Quick note: .*)?Today is a HIIT day/],
    ['a day gone by', '2026-11-23', /^(Quick note: .*)?Okay, Monday's strength workout/],
  ])('a day named for the workout: %s', async (_, date, intro) => {
    expect(spoken(await harness.conversation().intent('StartWorkoutIntent', { date }))).toMatch(intro);
  });

  it('"start Sunday\'s workout" mid-workout offers to carry on, and "no" starts Sunday\'s session', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const instead = await chat.intent('StartWorkoutIntent', { date: '2026-11-29' });
    expect(spoken(instead)).toBe("You're partway through your HIIT workout. To switch to the recovery session instead, say no. Want to carry on with your HIIT workout?");
    expect(spoken(await chat.intent('AMAZON.NoIntent'))).toMatch(/^Okay, Sunday's recovery session/);
  });

  it('"let\'s do HIIT" on a HIIT day is just today\'s workout', async () => {
    const start = await harness.conversation().intent('StartWorkoutIntent', session('hiit'));
    expect(spoken(start)).toMatch(/Today is a HIIT day: 10 rounds/);
  });

  it('logs the kind that was done, on the day it was done', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent', session('strength'));
    await walkToTheEnd(chat);
    const { weeks } = await harness.store.history(userKey(device.userId));
    expect(weeks[0]?.sessions).toMatchObject({ strength: 1, hiit: 0 });
    expect(weeks[0]?.days[2]).toBe(1);
  });

  it('asked for another kind mid-workout, it offers to carry on first, and "no" starts the one asked for', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const instead = await chat.intent('StartWorkoutIntent', session('cardio'));
    // What "no" starts is said (found by a helper trying the console: "I'd rather do the cardio today" was asked only
    // whether to pick up where they left off).
    await expectWellFormed(instead);
    expect(spoken(instead)).toBe("You're partway through your HIIT workout. To switch to the cardio workout instead, say no. Want to carry on with your HIIT workout?");
    expect(instead.response.response.reprompt?.outputSpeech).toMatchObject({ ssml: expect.stringContaining('or no to start the cardio workout instead.') });
    expect(spoken(await chat.intent('AMAZON.NoIntent'))).toMatch(/^Okay, a cardio workout it is/);
  });

  // Found by a helper trying the console (December 6): "not something I can help with".
  it('"I missed yesterday, can I do it today" starts yesterday\'s workout, as "can I do yesterday\'s workout today" does', async () => {
    for (const [intent, slots] of [
      ['HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'missed yesterday can i do it') }],
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', "make up yesterday's workout") }],
    ] as const) {
      const reply = await harness.conversation().intent(intent, slots);
      await expectPaced(reply);
      expect(spoken(reply)).toMatch(/Okay, Monday's strength workout/);
    }
    // Yesterday's done and logged: nothing to make up, and today's is offered (found trying the console: it started
    // Monday's strength workout again).
    const logged = harness.conversation();
    await logged.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength', 'strength workout'), date: '2026-11-23' });
    const nothing = await logged.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'missed yesterday can i do it') });
    await expectWellFormed(nothing);
    expect(spoken(nothing)).toBe("Yesterday's strength workout is logged already, so there's nothing to make up. Want to start today's workout now?");
    expect(spoken(await logged.intent('AMAZON.YesIntent'))).toMatch(/Okay, a HIIT workout it is|HIIT/);
    // Mid-workout, the one under way goes on (found in review: it offered today's, already running).
    const running = harness.conversation();
    await running.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength', 'strength workout'), date: '2026-11-23' });
    await running.intent('StartWorkoutIntent');
    const during = await running.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'missed yesterday can i do it') });
    expect(spoken(during)).toMatch(/^Yesterday's strength workout is logged already, so there's nothing to make up\. Say next/);
    // Pain said with it is the pain's answer.
    const hurt = await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'missed yesterday my back hurts can i do it') });
    expect(spoken(hurt)).not.toMatch(/workout: 5 exercises/);
    // Nor with illness said, nor another time to do it (found in review: each started Monday's workout).
    // Nor refused, asked whether it must be, or another day named (found in a second review).
    for (const said of ['missed yesterday because i was sick can i do it', 'missed yesterday can i do it tomorrow', 'skipped yesterday can i catch up on sleep', "i don't want to make up yesterday's workout", 'missed yesterday can i do it saturday', "do i need to make up yesterday's workout"]) {
      const reply = await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) });
      expect(spoken(reply), said).not.toMatch(/Monday's strength workout/);
    }
    // Asked whether it must be ("I missed yesterday, should I make it up"): no need, and today's offered (found by a helper
    // trying the console as a tired parent: "That's not something I can help with yet").
    for (const [intent, slots] of [
      ['HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'missed yesterday should i make it up') }],
      ['HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', "do i need to make up yesterday's workout") }],
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'missed yesterday do i have to make it up') }],
    ] as const) {
      const chat = harness.conversation();
      const reply = await chat.intent(intent, slots);
      await expectWellFormed(reply);
      expect(spoken(reply)).toMatch(/No need to make it up: one missed day changes nothing.*Want to start today's workout now\?$/);
      expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/HIIT/);
    }
  });

  it('"can I do strength instead today" swaps today\'s workout for the kind asked, and a walk for cardio', async () => {
    // Found trying the console (December 6): each got the topic's answer ("Strength training three times a week…"), and
    // "can I just walk instead" told how to start walking.
    for (const [said, answer] of [
      ['can I do strength instead today', /Okay, a strength workout it is/],
      ['can I swap today for cardio', /Okay, a cardio workout it is/],
    ] as const) {
      const [heard, ...others] = committedMatcher('en-US').literal(said);
      expect(others, said).toEqual([]);
      const reply = await harness.conversation().intent(heard!.intent, heard!.slots);
      await expectPaced(reply);
      expect(spoken(reply), said).toMatch(answer);
    }
    // Asked for where a workout goes ("I want to do cardio instead of HIIT"): the kind said first, started (it was
    // today's HIIT, the cardio set aside).
    const started = await harness.conversation().intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'cardio instead of hiit') });
    expect(spoken(started)).toMatch(/Okay, a cardio workout it is/);
    // Heard through the topic's open slot, which cannot tell "can I" from "should I": offered, and a yes starts it (found
    // in review: "should I walk instead of run" started a workout).
    for (const [said, name] of [
      ['strength instead today', 'strength workout'],
      ['just walk instead', 'cardio workout'],
      ['swap today for cardio', 'cardio workout'],
      ['walk instead of run', 'cardio workout'],
    ] as const) {
      const chat = harness.conversation();
      const offered = await chat.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) });
      await expectWellFormed(offered);
      expect(spoken(offered), said).toMatch(new RegExp(`the ${name} works in place of today's\\. Want to start it now\\?$`));
      expect(spoken(await chat.intent('AMAZON.YesIntent')), said).toMatch(new RegExp(`Okay, a ${name} it is`));
    }
    // "Start the workout" to that offer is a yes, as "let's go" is: the model hears "start my workout" the same, so neither
    // can be told from the other (found in review: it started today's HIIT).
    const mine = harness.conversation();
    await mine.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'just walk instead') });
    expect(spoken(await mine.intent('StartWorkoutIntent'))).toMatch(/Okay, a cardio workout it is/);
    const go = harness.conversation();
    await go.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'just walk instead') });
    expect(spoken(await go.intent('LetsGoIntent'))).toMatch(/Okay, a cardio workout it is/);
    // Pain or anything wrong said with it is that answer, never a workout (found in review: "can I walk instead, I feel
    // dizzy" started the cardio); another day named is no swap of today's.
    for (const said of ['walk instead i feel dizzy', 'walk instead because my back hurts', 'just walk instead i am pregnant', 'swap saturday for cardio', 'switch my rest day to strength']) {
      const reply = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) });
      expect(spoken(reply), said).not.toMatch(/works in place of today's|workout it is/);
    }
    // "Can I swap today for tomorrow's workout": tomorrow's (found in review: today's started).
    // A day said of what is set aside is no other day asked for (found in a second review: today's HIIT started).
    const since = await harness.conversation().intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'cardio instead of hiit since i did hiit yesterday') });
    expect(spoken(since)).toMatch(/Okay, a cardio workout it is/);
    const tomorrows = await harness.conversation().intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', "tomorrow's workout") });
    expect(spoken(tomorrows)).toMatch(/Okay, \w+day's /);
    // Mid-workout, what "no" starts is said, as for "I'd rather do the cardio today".
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const [heard] = committedMatcher('en-US').literal('can I do cardio instead');
    expect(spoken(await chat.intent(heard!.intent, heard!.slots))).toMatch(/To switch to the cardio workout instead, say no\./);
    // A move swapped for a move is no workout swapped.
    const moves = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'do planks instead of crunches') });
    expect(spoken(moves)).not.toMatch(/workout it is/);
  });
});

describe('truthful completion', () => {
  let harness: Harness;
  // Tuesday: a HIIT day.
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-11-24T15:00:00Z' });
  });
  afterAll(() => harness.close());

  const weekOf = async (device: DeviceProfile) => (await harness.store.history(userKey(device.userId))).weeks[0];

  /** Says next until the workout's last step has been said: "That's time. Say next to finish." */
  async function toTheLastStep(chat: Conversation): Promise<Turn> {
    for (let count = 1; count < 200; count += 1) {
      const turn = await chat.intent('AMAZON.NextIntent');
      if (/Say next to finish\.$/.test(spoken(turn))) return turn;
    }
    throw new Error('never reached the last step');
  }

  // Found by a helper trying the console: "how much time is left?" in a later session said no workout was running and
  // offered a new one, with one paused earlier today.
  it('asked how much is left in a later session, it offers the workout stopped today; a no starts nothing', async () => {
    const device = harness.device();
    const first = new Conversation({ handler: harness.handler, device });
    await first.intent('StartWorkoutIntent');
    await first.intent('AMAZON.NextIntent');
    await first.intent('AMAZON.StopIntent');
    const later = new Conversation({ handler: harness.handler, device });
    const asked = await later.intent('HowManyLeftIntent');
    await expectWellFormed(asked);
    expect(spoken(asked)).toBe('You stopped partway through your HIIT workout earlier today. Want to pick up where you left off?');
    expect(spoken(await later.intent('AMAZON.NoIntent'))).not.toMatch(/warm-up|Round/);
    expect(later.attributes.workout).toBeUndefined();
    await later.intent('HowManyLeftIntent');
    expect(spoken(await later.intent('AMAZON.YesIntent'))).toMatch(/^Back to your HIIT workout/);
    // After a warning sign today, nothing is offered (found in a second review).
    const warned = harness.device();
    const morning = new Conversation({ handler: harness.handler, device: warned });
    await morning.intent('StartWorkoutIntent');
    await morning.intent('AMAZON.NextIntent');
    await morning.intent('AMAZON.StopIntent');
    await new Conversation({ handler: harness.handler, device: warned }).intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'chest-pain') });
    expect(spoken(await new Conversation({ handler: harness.handler, device: warned }).intent('HowManyLeftIntent'))).not.toMatch(/pick up/);
  });

  // Found by a helper trying the console: a workout done to the end, then "stop" at "Say next to finish", or walking
  // away there, was kept as stopped partway, and the week said nothing was logged.
  it('stopping, ending or walking away once the last step is said logs the workout, as next would', async () => {
    const stopped = harness.device();
    const chat = new Conversation({ handler: harness.handler, device: stopped });
    await chat.intent('StartWorkoutIntent');
    await toTheLastStep(chat);
    const stop = await chat.intent('AMAZON.StopIntent');
    await expectWellFormed(stop);
    expect(stop.sessionEnded).toBe(true);
    expect(spoken(stop)).toMatch(/^That's your HIIT done\. Great work! You did all 10 rounds, about \d+ minutes\. I've logged it\. See you next time\.$/);
    expect(await weekOf(stopped)).toMatchObject({ sessions: { hiit: 1 } });
    expect((await weekOf(stopped))?.workout).toBeUndefined();

    const ended = harness.device();
    const done = new Conversation({ handler: harness.handler, device: ended });
    await done.intent('StartWorkoutIntent');
    await toTheLastStep(done);
    expect(spoken(await done.intent('EndWorkoutIntent'))).toMatch(/^That's your HIIT done\. Great work!/);
    expect(await weekOf(ended)).toMatchObject({ sessions: { hiit: 1 } });

    const walked = harness.device();
    const away = new Conversation({ handler: harness.handler, device: walked });
    await away.intent('StartWorkoutIntent');
    await toTheLastStep(away);
    await away.send((opts) => sessionEndedRequest(opts, 'EXCEEDED_MAX_REPROMPTS'));
    expect(await weekOf(walked)).toMatchObject({ sessions: { hiit: 1 } });
    expect((await weekOf(walked))?.workout).toBeUndefined();
    // Logged with no one to hear it, it is said when they come back, and "next" then says it is done (found by a helper
    // trying the console: the welcome said only "you're 1 session in", and next, "There's nothing to move on to").
    const back = new Conversation({ handler: harness.handler, device: walked });
    expect(spoken(await back.launch())).toMatch(/^Welcome back\. Today's HIIT workout is done and logged, and you're 1 session in this week\./);
    const next = new Conversation({ handler: harness.handler, device: walked });
    expect(spoken(await next.intent('AMAZON.NextIntent'))).toMatch(/^There's nothing to pick up: today's HIIT workout is done and logged\./);
    // Said after the welcome too (found in review: "There's nothing to move on to").
    expect(spoken(await back.intent('AMAZON.NextIntent'))).toMatch(/^There's nothing to pick up: today's HIIT workout is done and logged\./);

    // Paused for pain, or waiting for a doctor's okay, at the last step: "I'm done" neither cheers nor logs it (found in
    // review).
    for (const concern of ['back-pain', 'asthma']) {
      const paused = harness.device();
      const chat = new Conversation({ handler: harness.handler, device: paused });
      await chat.intent('StartWorkoutIntent');
      await toTheLastStep(chat);
      await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', concern) });
      expect(spoken(await chat.intent('EndWorkoutIntent')), concern).not.toMatch(/Great work|Logged/);
      expect((await weekOf(paused))?.sessions.hiit ?? 0, concern).toBe(0);
    }

    // One step before the last, a stop keeps the place, and logs nothing.
    const early = harness.device();
    const before = new Conversation({ handler: harness.handler, device: early });
    await before.intent('StartWorkoutIntent');
    await before.intent('AMAZON.NextIntent');
    expect(spoken(await before.intent('AMAZON.StopIntent'))).toMatch(/^Saved your place\./);
    expect((await weekOf(early))?.sessions.hiit ?? 0).toBe(0);
  });

  // Found by a helper trying the console (December 7): "thanks, that's it for me" in the cool-down, every exercise done,
  // offered to log the workout; the session closed unanswered, and the next day's week said nothing was logged.
  it('"I\'m done" in the cool-down, every round done, is the workout done, and logged', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    for (let count = 1; count < 200; count += 1) {
      if (/^Cool down/.test(spoken(await chat.intent('AMAZON.NextIntent')))) break;
    }
    const ended = await chat.intent('EndWorkoutIntent');
    await expectWellFormed(ended);
    expect(spoken(ended)).toMatch(/^That's your HIIT done\. Great work! You did all 10 rounds/);
    expect(await weekOf(device)).toMatchObject({ sessions: { hiit: 1 } });
  });

  // Found by a helper trying the console (December 7): "I finished today's workout", then "start my workout", began it
  // again unsaid, and its end logged "2 of 2 HIIT sessions this week".
  it('today\'s workout done and logged, "start my workout" says so and asks first; a yes starts another, a no starts none', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('FinishedTodayIntent');
    const asked = await chat.intent('StartWorkoutIntent');
    await expectWellFormed(asked);
    expect(spoken(asked)).toBe("Today's HIIT workout is done and logged already. Nice work. Want to do another one anyway?");
    expect(spoken(await chat.intent('AMAZON.NoIntent'))).not.toMatch(/warm|Round/i);
    await chat.intent('StartWorkoutIntent');
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/Today is a HIIT day/);
  });

  // A skip between HIIT rounds passes the one round named next ("ready for round 2?"), never the rest of the session.
  it('HIIT skipped round by round claims only the rounds done, and is not counted', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    expect(spoken(await chat.intent('SkipExerciseIntent'))).toMatch(/^Skipped the warm-up\. Round 1 of 10\./);
    const round3 = await chat.intent('SkipExerciseIntent');
    await expectPaced(round3);
    expect(spoken(round3)).toMatch(/^Skipped round 2\. Round 3 of 10\..*Ready for round 4\? Say next\.$/);
    const end = await chat.intent('EndWorkoutIntent');
    await expectWellFormed(end);
    expect(spoken(end)).toMatch(/^Okay, we'll stop here\. You did 2 of 10 rounds, about \d+ minutes\..*Or shall I log what you did, and end it there\?$/);
    expect(spoken(end)).not.toMatch(/Logged|Great work|every round/);
    expect((await weekOf(device))?.sessions.hiit ?? 0).toBe(0);
    await chat.intent('AMAZON.NoIntent');
    expect((await weekOf(device))?.sessions.hiit ?? 0).toBe(0);
  });

  // Found by trying the console as a user: "skip" at the warm-up's end ("That's time. Ready for round 1?") passed every
  // round to the cool-down.
  it('"skip" at "ready for round 1?" passes round 1 only', async () => {
    const chat = new Conversation({ handler: harness.handler, device: harness.device() });
    await chat.intent('StartWorkoutIntent');
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/Ready for round 1\? Say next\.$/);
    const skipped = await chat.intent('SkipExerciseIntent');
    await expectPaced(skipped);
    expect(spoken(skipped)).toMatch(/^Skipped round 1\. Round 2 of 10\..*Ready for round 3\? Say next\.$/);
  });

  it('a session mostly skipped to its end is not counted', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent', session('cardio'));
    await chat.intent('SkipExerciseIntent');
    await chat.intent('SkipExerciseIntent');
    await chat.intent('AMAZON.NextIntent');
    const end = await chat.intent('AMAZON.NextIntent');
    await expectWellFormed(end);
    expect(spoken(end)).toMatch(
      /^That's the end of your cardio workout\. You did about \d+ minutes\. Less than half the steady part was done, so it isn't counted as a session\. Want me to log what you did\?$/,
    );
    expect((await weekOf(device))?.sessions.cardio ?? 0).toBe(0);
    expect(chat.attributes.workout).toBeUndefined();
    await chat.intent('AMAZON.NoIntent');
    expect((await weekOf(device))?.sessions.cardio ?? 0).toBe(0);
  });

  // Found by a helper trying the console: two rounds of ten, logged on a yes, were "1 of 2 HIIT sessions this week".
  it('"yes" logs only what the skipped-through session did, its minutes, and never counts it as a session', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await chat.intent('SkipExerciseIntent');
    await chat.intent('SkipExerciseIntent');
    const end = await chat.intent('EndWorkoutIntent');
    const said = Number(/about (\d+) minutes/.exec(spoken(end))?.[1]);
    const yes = await chat.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(/^Logged (\d+) minutes of HIIT\. Less than half the rounds were done, so it isn't counted as a session\./);
    const minutes = Number(/Logged (\d+) minutes/.exec(spoken(yes))?.[1]);
    // Half the warm-up skipped, and two rounds of a minute.
    expect(minutes).toBe(Math.round((150 + 60 + 60) / 60));
    expect(minutes).toBe(said);
    expect(await weekOf(device)).toMatchObject({ sessions: { hiit: 0 }, minutes });
  });

  it('going back at once after a skip replays the round that was skipped', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('SkipExerciseIntent');
    await chat.intent('SkipExerciseIntent');
    const back = await chat.cutIn(3).intent('AMAZON.PreviousIntent');
    expect(spoken(back)).toMatch(/^Round 2 of 10\./);
    expect(spoken(back)).toMatch(/Ready for round 3\? Say next\.$/);
    expect(spoken(back)).not.toMatch(/every round/);
  });

  // Found by a helper trying the console (December 5): "go back" after round 1, heard through to "Ready for round 2?",
  // went to the warm-up, and the summary then said "You did 0 of 10 rounds".
  it('back after a round heard through is that round again, and it still counts', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Round 1 of 10\..*Ready for round 2\? Say next\.$/);
    expect(spoken(await chat.intent('AMAZON.PreviousIntent'))).toMatch(/^Round 1 of 10\./);
    expect(spoken(await chat.cutIn(2).intent('EndWorkoutIntent'))).toMatch(/1 of 10 rounds/);
  });

  // Found by a helper trying the console in Indian English (December 6): pause and resume after set 1 ("Set 1 of 2 is
  // done… Say next when you're ready for set 2"), then "go back", began the warm-up's last minutes again.
  it('back just after a resume is the step the resume said was done, again', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(chat, 2);
    await chat.intent('AMAZON.PauseIntent');
    expect(spoken(await chat.intent('AMAZON.ResumeIntent'))).toMatch(/Set 1 of 2 is done\..*Say next when you're ready for set 2\.$/);
    expect(spoken(await chat.intent('AMAZON.PreviousIntent'))).toMatch(/^Exercise 1 of 5: /);
    // Said again, it goes on back.
    expect(spoken(await chat.intent('AMAZON.PreviousIntent'))).toMatch(/^Keep going\. .*Say next when you're ready for good mornings\.$/);
  });

  // Found trying the console (December 6): "go back" said again after the replay, both heard through, replayed the same
  // set every time; the set before was out of reach.
  it('back said again after the replay goes on back, a step each time', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(chat, 2);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Set 2 of 2\./);
    expect(spoken(await chat.intent('AMAZON.PreviousIntent'))).toMatch(/^Set 2 of 2\./);
    expect(spoken(await chat.intent('AMAZON.PreviousIntent'))).toMatch(/^Exercise 1 of 5: /);
    expect(spoken(await chat.intent('AMAZON.PreviousIntent'))).toMatch(/^Keep going\. .*Say next when you're ready for good mornings\.$/);
    // Moving on clears it: next, then back after a step heard through, is that step again.
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Exercise 1 of 5: /);
    expect(spoken(await chat.intent('AMAZON.PreviousIntent'))).toMatch(/^Exercise 1 of 5: /);
    // Both sets still count once heard through.
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Set 2 of 2\./);
  });

  // Found by a helper trying the console (December 5): a session that closed on the cool-down's last step logged the
  // workout, and the next "resume my workout" said none was paused and offered to start it again, a "yes" starting it
  // from the warm-up.
  it('resume with today\'s workout done and logged says so, and offers nothing to start again', async () => {
    for (const [locale, done] of [
      ['en-US', /^There's nothing to pick up: today's \w+ workout is done and logged\. Nice work\./],
      ['hi-IN', /^रोकने को कुछ नहीं|^आज का \w+ workout पूरा हो चुका है, और दर्ज है\./],
    ] as const) {
      const device = harness.device({ locale });
      await new Conversation({ handler: harness.handler, device }).intent('FinishedTodayIntent');
      const later = new Conversation({ handler: harness.handler, device });
      const resumed = await later.intent('ResumeWorkoutIntent');
      await expectWellFormed(resumed);
      expect(spoken(resumed), locale).toMatch(done);
      expect(later.attributes.offer, locale).toBeUndefined();
    }
    // With nothing done today, the offer to start stays.
    expect(spoken(await harness.conversation().intent('ResumeWorkoutIntent'))).toMatch(/^There's no paused workout from today\. Want to start today's workout\?$/);
  });

  // Found by a helper trying the console in Indian English: "skip" over cardio's steady pace, then "go back" over the
  // cool-down, began the cool-down again; back is the steady pace skipped. HIIT's rounds alike.
  it('back right after a timed part is skipped is that part', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('cardio'));
    await chat.intent('AMAZON.NextIntent');
    expect(spoken(await chat.intent('SkipExerciseIntent'))).toMatch(/^Skipped the steady pace\. Cool down/);
    expect(spoken(await chat.intent('AMAZON.PreviousIntent'))).toMatch(/steady pace/);
    const hiit = harness.conversation();
    await hiit.intent('StartWorkoutIntent', session('hiit'));
    await nextTimes(hiit, 2);
    // Said to "Ready for round 2? Say next", skip skips round 2; back then is round 2.
    expect(spoken(await hiit.intent('SkipExerciseIntent'))).toMatch(/^Skipped round 2\. Round 3 of 10/);
    expect(spoken(await hiit.intent('AMAZON.PreviousIntent'))).toMatch(/^Round 2 of 10/);
  });

  // Found by a helper trying the console (December 5): "skip", then "go back" over the first set of the next exercise,
  // replayed that set; the exercise skipped was out of reach.
  it('back right after a skip is the exercise skipped', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(chat, 2);
    const skipped = spoken(await chat.intent('SkipExerciseIntent'));
    const second = /^Skipped .+?\. Exercise 2 of 5: (.+?)\./.exec(skipped)?.[1];
    expect(second, skipped).toBeDefined();
    // Which move comes first, as "Set 2 of 2" does not say (found by a helper trying the console).
    expect(spoken(await chat.intent('AMAZON.PreviousIntent'))).toMatch(/^Back to good mornings\. Set 2 of 2\./);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toContain(`Exercise 2 of 5: ${second}.`);
    // Skipped from its first set, back is its first set.
    const fresh = harness.conversation();
    await fresh.intent('StartWorkoutIntent', session('strength'));
    await fresh.intent('AMAZON.NextIntent');
    await fresh.intent('SkipExerciseIntent');
    expect(spoken(await fresh.intent('AMAZON.PreviousIntent'))).toMatch(/^Exercise 1 of 5: /);
    expect(spoken(await fresh.intent('AMAZON.NextIntent'))).toMatch(/^Set 2 of 2\./);
  });

  // Found by a helper trying the console: "your place is saved for later today", then "yes" to the log, and the place
  // was gone. The offer says what a yes and a no do; ended before half of it, the log is not counted as a session.
  it('ending early says what was done, offers to log it or keep the place, and a yes logs its minutes', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(chat, 3);
    const done = await chat.intent('EndWorkoutIntent');
    await expectWellFormed(done);
    expect(spoken(done)).toMatch(
      /^Okay, we'll stop here\. You worked on 1 of 5 exercises: 2 of 10 sets, about \d+ minutes\. Your place is saved, if you want to finish later today\. Or shall I log what you did, and end it there\?$/,
    );
    expect((await weekOf(device))?.workout).toMatchObject({ index: 3 });
    const yes = await chat.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(/^Logged \d+ minutes of strength\. Less than half the sets were done, so it isn't counted as a session\./);
    const week = await weekOf(device);
    expect(week?.sessions.strength).toBe(0);
    // Found by a helper trying the console: the week then said "Nothing logged yet this week".
    expect(spoken(await chat.intent('WeeklyProgressIntent'))).toMatch(/^This week: \d+ minutes of a workout ended early, not counted as a session\./);
    expect(week?.minutes).toBeGreaterThan(5);
    expect(week?.workout).toBeUndefined();
  });

  // Found by a helper trying the console as a night-shift nurse (December 7): "keep my place" was not understood, and a
  // goodbye there said nothing of the place.
  it('"keep my place" or "night night" to the offer to log says the place is kept, and resuming later picks it up', async () => {
    for (const words of ['keep my place', 'night night']) {
      expect(committedMatcher('en-GB').resolve(words).intent, words).toBe('AMAZON.StopIntent');
      const device = harness.device();
      const chat = new Conversation({ handler: harness.handler, device });
      await chat.intent('StartWorkoutIntent', session('strength'));
      await nextTimes(chat, 3);
      await chat.intent('EndWorkoutIntent');
      const kept = await chat.intent('AMAZON.StopIntent');
      await expectWellFormed(kept, { endsOnQuestion: false });
      expect(spoken(kept), words).toBe('Saved your place. Say, resume my workout, any time today to pick up where you left off.');
      expect((await weekOf(device))?.workout, words).toMatchObject({ index: 3 });
      expect(spoken(await new Conversation({ handler: harness.handler, device }).intent('ResumeWorkoutIntent')), words).toMatch(/^Back to your strength workout/);
    }
  });

  // Found by a helper trying the console: after "I'm stuffed… shall I log what you did?", "how many to go" said no
  // workout was running and offered a new one; the yes then started it, and the minutes were never logged.
  it('a workout question after ending early keeps the offer to log, and a yes logs it', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('hiit'));
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('EndWorkoutIntent');
    const asked = await chat.intent('HowManyLeftIntent');
    await expectWellFormed(asked);
    expect(spoken(asked)).toMatch(/^Your workout is stopped, and your place is saved\. Say yes to log what you did/);
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/^Logged/);
  });

  // Found by a helper trying the console (December 5): "keep going" there was "There's nothing to move on to", and at
  // the end of a workout done by skipping, "your place is saved", with none saved.
  it('"keep going" after ending early carries on; at the end of a workout, it is over and nothing is said to be saved', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(chat, 2);
    await chat.intent('EndWorkoutIntent');
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Back to your strength workout/);
    expect(chat.attributes.workout).toBeDefined();
    // Not after "I finished my workout" offered it: finished is finished (found in review: it resumed).
    await chat.intent('EndWorkoutIntent');
    await chat.intent('AMAZON.NoIntent');
    expect(spoken(await chat.intent('FinishedTodayIntent'))).toMatch(/log what you did/i);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).not.toMatch(/^Back to your/);
    const ended = harness.conversation();
    await ended.intent('StartWorkoutIntent', session('strength'));
    let turn = await ended.intent('SkipExerciseIntent');
    for (let at = 0; at < 12 && !/That's the end of your/.test(spoken(turn)); at += 1) turn = await ended.intent('SkipExerciseIntent');
    expect(spoken(turn)).toMatch(/That's the end of your strength workout/);
    const asked = await ended.intent('HowManyLeftIntent');
    expect(spoken(asked)).toMatch(/^Your workout is over\. Say yes to log what you did/);
    expect(spoken(asked)).not.toMatch(/place is saved/);
  });

  it('ending early and saying no to the log keeps the place for later today', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(chat, 3);
    await chat.intent('EndWorkoutIntent');
    await chat.intent('AMAZON.NoIntent');
    expect((await weekOf(device))?.workout).toMatchObject({ index: 3 });
    expect(spoken(await new Conversation({ handler: harness.handler, device }).intent('ResumeWorkoutIntent'))).toMatch(/^Back to your strength workout/);
  });

  it('ended early with most of it done, a yes counts the session', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent', session('hiit'));
    // The warm-up and seven rounds of ten.
    await nextTimes(chat, 8);
    await chat.intent('EndWorkoutIntent');
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/^Logged \d+ minutes of HIIT\. That's 1 of 2 HIIT sessions this week/);
    expect((await weekOf(device))?.sessions.hiit).toBe(1);
  });

  it('ending early after only the warm-up has nothing to log', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await chat.intent('AMAZON.NextIntent');
    const done = await chat.intent('EndWorkoutIntent');
    expect(spoken(done)).toMatch(/^Okay, we'll stop here\. I saved your place/);
    expect(spoken(done)).not.toMatch(/log/);
  });

  it('a session with some exercises skipped but most done is logged, saying how many', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent', session('strength'));
    await chat.intent('AMAZON.NextIntent');
    // "Say next when you're ready for good mornings." "Skip this one."
    expect(spoken(await chat.intent('SkipExerciseIntent'))).toMatch(/^Skipped good mornings\. Exercise 2 of 5: the suitcase carry/);
    const { last } = await walkToTheEnd(chat);
    expect(spoken(last)).toMatch(/^That's your strength workout done\. Great work! You worked on 4 of 5 exercises: 8 of 10 sets, about \d+ minutes\. Logged your strength session\./);
    expect((await weekOf(device))?.sessions.strength).toBe(1);
  });
});

// Monday 7 December 2026, 13:00 in New York: strength-a, whose last move, the side plank, is done a side at a time.
describe('a workout ended early, told truly', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-12-07T18:00:00Z' });
  });
  afterAll(() => harness.close());

  const weekOf = async (device: DeviceProfile) => (await harness.store.history(userKey(device.userId))).weeks[0];

  // Found by a tester using the console: "You worked on 3 of 5 exercises: 5 sets", then "That's less than half the workout,
  // so it isn't counted as a session". Half the sets is what counts a strength session, and a side plank's two sides
  // are one set.
  it('half the sets counts the session, and the summary says how many of how many', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 6);
    const done = await chat.intent('EndWorkoutIntent');
    await expectWellFormed(done);
    expect(spoken(done)).toMatch(/^Okay, we'll stop here\. You worked on 3 of 5 exercises: 5 of 10 sets, about \d+ minutes\. Your place is saved/);
    const yes = await chat.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(/^Logged your strength session\. That's 1 of 3 strength sessions this week\./);
    expect((await weekOf(device))?.sessions.strength).toBe(1);
  });

  it('under half the sets is said to be under half the sets, and is its minutes', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 5);
    const done = await chat.intent('EndWorkoutIntent');
    expect(spoken(done)).toMatch(/^Okay, we'll stop here\. You worked on 2 of 5 exercises: 4 of 10 sets, about \d+ minutes\./);
    const yes = await chat.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(/^Logged \d+ minutes of strength\. Less than half the sets were done, so it isn't counted as a session\./);
    expect((await weekOf(device))?.sessions.strength).toBe(0);
  });

  // Found trying the console as a user (December 4): paused for pain after the warm-up, "I did my strength workout"
  // logged a whole session beside the workout. Said of the kind under way, it ends it as "I'm done" does.
  it('"I did my strength workout" said during one ends it, offering what was done, never a whole session logged beside it', async () => {
    for (const paused of [false, true]) {
      const device = harness.device();
      const chat = new Conversation({ handler: harness.handler, device });
      await chat.intent('StartWorkoutIntent');
      await nextTimes(chat, 6);
      if (paused) await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'back-pain') });
      const done = await chat.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength') });
      await expectWellFormed(done);
      expect(spoken(done), String(paused)).toMatch(/You worked on 3 of 5 exercises: 5 of 10 sets/);
      expect((await weekOf(device))?.sessions.strength ?? 0, String(paused)).toBe(0);
    }
    // Another kind, or another day, is a log as ever; so is a move of it (found in a final read: "I did my deadlifts"
    // ended the whole workout).
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 2);
    for (const move of ['deadlifts', 'my planks']) {
      const moved = await chat.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength', move) });
      expect(spoken(moved), move).not.toMatch(/we'll stop here/);
      expect(chat.attributes.workout, move).toBeDefined();
    }
    // A move of this workout is counted with it, never logged beside it (found by a helper trying the console: "I've done
    // my rows" logged a session, and the workout's own end made it "2 of 3").
    const before = (await weekOf(device))?.entries.length ?? 0;
    const rows = await chat.intent('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'rows') });
    await expectWellFormed(rows, { endsOnQuestion: false });
    expect(spoken(rows)).toBe("That's part of this workout: I count bent-over rows with the rest when we finish, so there's nothing to log on its own. Say next to carry on with your workout.");
    expect((await weekOf(device))?.entries.length ?? 0).toBe(before);
    // Paused for pain too, where it stays paused (found trying the console: a session was logged beside it).
    await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'back-pain') });
    const paused = spoken(await chat.intent('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'rows') }));
    expect(paused).toMatch(/^That's part of this workout: .*Your workout is paused\. Say, resume my workout, only when it feels right\.$/);
    expect((await weekOf(device))?.entries.length ?? 0).toBe(before);
    expect(spoken(await chat.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'walk') }))).toMatch(/^Logged/);
    expect(spoken(await chat.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength'), date: '2026-12-06' }))).toMatch(/^Logged/);
  });

  // Found by a tester using the console: "what did I do today" said "Nothing logged for today" while the week told of
  // the minutes of a workout ended early.
  it('a day and a month tell of the minutes of a workout ended early, never as a session', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 3);
    await chat.intent('EndWorkoutIntent');
    const minutes = Number(/Logged (\d+) minutes of strength/.exec(spoken(await chat.intent('AMAZON.YesIntent')))?.[1]);
    expect(minutes).toBeGreaterThan(5);
    const part = `${minutes} minutes of a workout ended early, not counted as a session`;
    const today = await chat.intent('WeeklyProgressIntent', { date: '2026-12-07' });
    await expectWellFormed(today);
    expect(spoken(today)).toBe(`Today: ${part}. What would you like next?`);
    expect(spoken(await chat.intent('WeeklyProgressIntent', { date: '2026-12' }))).toBe(`This month so far: ${part}. What would you like next?`);
    harness.setNow('2026-12-08T18:00:00Z');
    try {
      const later = new Conversation({ handler: harness.handler, device });
      expect(spoken(await later.intent('WeeklyProgressIntent', { date: '2026-12-07' }))).toMatch(new RegExp(`^Yesterday: ${part}\\.`));
    } finally {
      harness.setNow('2026-12-07T18:00:00Z');
    }
  });

  // Found by a helper trying the console: eight quick "next"s reported 7 of 10 sets done and logged the session, and
  // "how long left" 40 seconds into the warm-up's last part said "Your warm-up is done". A step is timed from when its
  // work begins (the request's time, past the words said before it): moved on from before half of it, it is not done.
  describe('a step cut short', () => {
    /** How long an answer speaks. */
    const length = (turn: Turn) => estimateSpeechSeconds(ssmlOf(turn));
    /** How long an answer speaks before its work begins ("Go.", "Go hard!"). */
    const untilGo = (turn: Turn) => {
      const go = /Go(?: hard)?[.!]/.exec(ssmlOf(turn));
      if (!go) throw new Error(`no go in ${spoken(turn)}`);
      return estimateSpeechSeconds(ssmlOf(turn).slice(0, go.index + go[0].length));
    };

    it('is not counted: eight quick nexts are no sets done, and nothing is logged as a session', async () => {
      const device = harness.device();
      const chat = new Conversation({ handler: harness.handler, device });
      await chat.intent('StartWorkoutIntent', session('strength'));
      for (let i = 0; i < 8; i += 1) await chat.cutIn(5).intent('AMAZON.NextIntent');
      const done = await chat.cutIn(5).intent('EndWorkoutIntent');
      await expectWellFormed(done);
      expect(spoken(done)).toMatch(/^Okay, we'll stop here\. I saved your place/);
      expect((await weekOf(device))?.sessions.strength ?? 0).toBe(0);
      expect((await weekOf(device))?.workout?.done).toBe('0');
    });

    it('counts a set moved on from in its rest, or heard through, and not one cut short, an exercise learnt only by doing it', async () => {
      const device = harness.device();
      const chat = new Conversation({ handler: harness.handler, device });
      await chat.intent('StartWorkoutIntent', session('strength'));
      await nextTimes(chat, 2);
      // Set 1 of good mornings, cut short eight seconds in; set 2 heard through.
      expect(spoken(await chat.cutIn(8).intent('AMAZON.NextIntent'))).toMatch(/^Set 2 of 2\./);
      expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Exercise 2 of 5: bent-over rows\./);
      // Rows: set 1 heard through, set 2 moved on from in the minute's rest after it, its work behind the user.
      const rows = await chat.intent('AMAZON.NextIntent');
      expect(spoken(rows)).toMatch(/^Set 2 of 2\./);
      expect(spoken(await chat.cutIn(length(rows) - 20).intent('AMAZON.NextIntent'))).toMatch(/^Exercise 3 of 5: the glute bridge\./);
      const done = await chat.cutIn(3).intent('EndWorkoutIntent');
      expect(spoken(done)).toMatch(/^Okay, we'll stop here\. You worked on 2 of 5 exercises: 3 of 10 sets, about \d+ minutes\./);
      // Good mornings (the deadlift at beginner) and rows were done; the glute bridge, cut short, is not learnt.
      const known = (await harness.store.history(userKey(device.userId))).profile?.knownExercises ?? [];
      expect([...known].sort()).toEqual(['bent-over-row', 'deadlift']);
    });

    it('"how long left" in the middle of a step says what is left of it, and a set asked about early is under way', async () => {
      const chat = harness.conversation();
      await chat.intent('StartWorkoutIntent', session('strength'));
      await chat.cutIn(40).intent('AMAZON.NextIntent');
      const warming = await chat.cutIn(35).intent('HowManyLeftIntent');
      await expectWellFormed(warming, { endsOnQuestion: false });
      expect(spoken(warming)).toMatch(/^You're warming up, 2 minutes to go\. Then 5 exercises\. About \d+ minutes to go\./);
      // Asked once its time has gone by, the warm-up is done.
      expect(spoken(await chat.cutIn(150).intent('HowManyLeftIntent'))).toMatch(/^Your warm-up is done\./);
      const set = await chat.intent('AMAZON.NextIntent');
      const early = await chat.cutIn(untilGo(set) + 4).intent('HowManyLeftIntent');
      expect(spoken(early)).toMatch(/^You're on exercise 1 of 5\. You're on set 1 of 2\. At beginner level, do 2 sets of 8\. 4 more exercises after this one\./);
      const late = await chat.cutIn(40).intent('HowManyLeftIntent');
      expect(spoken(late)).toMatch(/^You're on exercise 1 of 5\. Set 1 of 2 is done\./);
    });

    it('a HIIT round asked about in its first seconds is under way', async () => {
      const chat = harness.conversation();
      await chat.intent('StartWorkoutIntent', session('hiit'));
      await nextTimes(chat, 2);
      const round = await chat.intent('AMAZON.RepeatIntent');
      expect(spoken(round)).toMatch(/^Round 1 of \d+\./);
      const asked = await chat.cutIn(untilGo(round) + 4).intent('HowManyLeftIntent');
      expect(spoken(asked)).toMatch(/^You're on round 1 of (\d+)\. \d+ more rounds after this one\./);
    });

    // Found by a helper trying the console: the words after the work (the release, the rest, the prompt) were counted
    // as before it, so a round moved on from just past its half was cut short, and a hold held half way too.
    it('times a round from its "Go", so just past half of it counts and just before does not', async () => {
      const device = harness.device();
      const chat = new Conversation({ handler: harness.handler, device });
      await chat.intent('StartWorkoutIntent', session('hiit'));
      await nextTimes(chat, 2);
      const first = await chat.intent('AMAZON.RepeatIntent');
      const second = await chat.cutIn(untilGo(first) + 11).intent('AMAZON.NextIntent');
      expect(spoken(second)).toMatch(/^Round 2 of 10\./);
      await chat.cutIn(untilGo(second) + 9).intent('AMAZON.NextIntent');
      const done = await chat.cutIn(2).intent('EndWorkoutIntent');
      expect(spoken(done)).toMatch(/You did 1 of 10 rounds/);
    });

    // Found by a helper trying the console: paused three seconds into a set, then resumed, it was "Set 1 of 2 is done"
    // (the pause's time counted as the set's); said to hurt two seconds in, the set counted; stopped after a set heard
    // through, "I finished today's workout" logged the day's plan, as if nothing of it was done.
    it('left before half of it (a pause, pain, a stop), a step is said again on going on, and never counted', async () => {
      const device = harness.device();
      const chat = new Conversation({ handler: harness.handler, device });
      await chat.intent('StartWorkoutIntent', session('strength'));
      await nextTimes(chat, 2);
      const set = await chat.intent('AMAZON.RepeatIntent');
      await chat.cutIn(untilGo(set) + 3).intent('AMAZON.PauseIntent');
      const resumed = await chat.cutIn(60).intent('ResumeWorkoutIntent');
      expect(spoken(resumed)).toMatch(/^Let's go on with your strength workout\. Exercise 1 of 5: deadlifts\./);
      await chat.cutIn(untilGo(resumed) + 2).intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'back-pain') });
      const done = await chat.cutIn(5).intent('EndWorkoutIntent');
      expect(spoken(done)).toMatch(/^Okay, we'll stop here\. I saved your place/);
      expect((await weekOf(device))?.workout).toMatchObject({ index: 2, done: '3', cut: true });
      // Stopped in a new session, three seconds into the set: picked up later, it is said again from the top.
      const again = new Conversation({ handler: harness.handler, device });
      await again.intent('ResumeWorkoutIntent');
      const retold = await again.intent('AMAZON.NoIntent');
      expect(spoken(retold)).toMatch(/Exercise 1 of 5: deadlifts\./);
      await again.cutIn(untilGo(retold) + 3).intent('AMAZON.StopIntent');
      const later = new Conversation({ handler: harness.handler, device });
      expect(spoken(await later.intent('ResumeWorkoutIntent'))).toMatch(/^Back to your strength workout\. Exercise 1 of 5: deadlifts\./);
    });

    // "I'm done" in a later session was only "bye", and what was done was never logged (found by a helper trying the
    // console, December 5).
    it.each(['FinishedTodayIntent', 'EndWorkoutIntent'])('heard through before a stop, a set counts, and %s in a later session offers what was done', async (intent) => {
      const device = harness.device();
      const chat = new Conversation({ handler: harness.handler, device });
      await chat.intent('StartWorkoutIntent', session('strength'));
      await nextTimes(chat, 2);
      await chat.intent('AMAZON.StopIntent');
      const later = new Conversation({ handler: harness.handler, device });
      expect(spoken(await later.intent(intent))).toMatch(/^You stopped partway through your strength workout earlier today\. You worked on 1 of 5 exercises: 1 of 10 sets/);
    });

    it('"I\'m done" with nothing stopped is a goodbye', async () => {
      expect(spoken(await harness.conversation().intent('EndWorkoutIntent'))).toMatch(/^Okay\. Keep moving, and see you next time/);
    });

    it('in Hindi too', async () => {
      const chat = harness.conversation({ locale: 'hi-IN' });
      await chat.intent('StartWorkoutIntent', session('strength'));
      await nextTimes(chat, 2);
      expect(spoken(await chat.cutIn(5).intent('HowManyLeftIntent'))).toMatch(/अभी 2 में से set 1 चल रहा है\./);
    });
  });
});

describe('steering a workout', () => {
  let harness: Harness;
  // Monday: a strength day.
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-11-23T15:00:00Z' });
  });
  afterAll(() => harness.close());

  // Found by a helper trying the console (December 5): "say that again" after "can I spot reduce?" or "too hard"
  // mid-round replayed the whole round, and "what was that" after "Paused" the whole set.
  it('"say that again" after an answer beside the workout, or after a pause, is that answer, never the step', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 2);
    const answer = await chat.intent('SpotReductionIntent');
    expect(spoken(answer)).toMatch(/Say next to carry on with your workout\.$/);
    expect(spoken(await chat.intent('AMAZON.RepeatIntent'))).toBe(spoken(answer));
    const eased = await chat.intent('TooHardIntent');
    expect(spoken(await chat.intent('AMAZON.RepeatIntent'))).toBe(spoken(eased));
    const paused = await chat.intent('AMAZON.PauseIntent');
    expect(spoken(await chat.intent('AMAZON.RepeatIntent'))).toBe(spoken(paused));
    // The step itself, said again after a step, is still the step.
    await chat.intent('AMAZON.ResumeIntent');
    const again = spoken(await chat.intent('AMAZON.RepeatIntent'));
    expect(again).not.toBe(spoken(paused));
    expect(again).toMatch(/deadlifts|Set \d of \d/);
  });

  // Found by helpers trying the console: "hold on", "Paused", "okay" began the next set; so did "yeah" after "Take a
  // breather: I've paused it".
  it('a bare okay or yeah, or anything not understood, just after a pause keeps it paused; resume or next go on', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 1);
    await chat.intent('AMAZON.PauseIntent');
    for (const yes of ['AMAZON.YesIntent', 'HedgedYesIntent', 'AMAZON.YesIntent']) {
      const held = await chat.intent(yes);
      await expectWellFormed(held, { endsOnQuestion: false });
      expect(spoken(held)).toBe("Take your time. Say, resume my workout, when you're ready.");
    }
    // Why, said next, not understood ("hold on, I need to get my mat"): the same, never "not something I can help with".
    expect(spoken(await chat.intent('AMAZON.FallbackIntent'))).toBe("Take your time. Say, resume my workout, when you're ready.");
    const resumed = spoken(await chat.intent('AMAZON.ResumeIntent'));
    expect(resumed).toMatch(/deadlifts/);
    // A yes after the workout has gone on again is next, as before.
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/Set \d of \d|Exercise \d of \d/);
    const tired = harness.conversation();
    await tired.intent('StartWorkoutIntent');
    await tired.intent('TopicIntent', { topic: resolvedSlot('topic', 'TopicName', 'day-off') });
    expect(spoken(await tired.intent('AMAZON.YesIntent'))).toBe("Take your time. Say, resume my workout, when you're ready.");
    expect(spoken(await tired.intent('AMAZON.NextIntent'))).not.toMatch(/Take your time/);
    // Paused for pain, a yes still asks whether it hurts (found in review: "Take your time").
    const hurt = harness.conversation();
    await hurt.intent('StartWorkoutIntent');
    await hurt.intent('AMAZON.NextIntent');
    await hurt.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'pain') });
    await hurt.intent('AMAZON.PauseIntent');
    expect(spoken(await hurt.intent('AMAZON.YesIntent'))).toMatch(/does it still hurt\?/);
  });

  // Found by a helper trying the console in en-AU (December 7): "I'm stuffed mate, call it a day" paused the workout.
  it('tiredness said with an end ("I\'m stuffed mate, call it a day") ends it; tiredness alone pauses', async () => {
    const ended = harness.conversation({ locale: 'en-AU' });
    await ended.intent('StartWorkoutIntent');
    await ended.intent('AMAZON.NextIntent');
    const end = await ended.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'stuffed mate call it a day') });
    await expectWellFormed(end);
    expect(spoken(end)).toMatch(/^Okay, we'll stop here\./);
    const tired = harness.conversation({ locale: 'en-AU' });
    await tired.intent('StartWorkoutIntent');
    await tired.intent('AMAZON.NextIntent');
    expect(spoken(await tired.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'so stuffed') }))).toMatch(/^Take a breather: I've paused it\./);
  });

  it('back, repeat, skip, what is next, how many left, and how to do this one', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    const first = await nextTimes(chat, 2);
    expect(spoken(first)).toMatch(/^Exercise 1 of 5: deadlifts/);
    const again = await chat.intent('AMAZON.RepeatIntent');
    expect(spoken(again)).toBe(spoken(first));
    // Back said over the set goes to the step before it; heard through, it is the set again.
    const back = await chat.cutIn(3).intent('AMAZON.PreviousIntent');
    expect(spoken(back)).toMatch(/^Keep going\. 2 and a half minutes to go\./);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Exercise 1 of 5: deadlifts/);
    expect(spoken(await chat.intent('AMAZON.PreviousIntent'))).toMatch(/^Exercise 1 of 5: deadlifts/);

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
    await nextTimes(chat, 2);
    const at = place(chat).index;
    await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    const step2 = await chat.intent('AMAZON.NextIntent');
    expect(spoken(step2)).toMatch(/^Step 2: /);
    const back = await chat.intent('ResumeWorkoutIntent');
    expect(spoken(back)).toMatch(/^Let's go on with your strength workout: exercise 1 of 5, deadlifts\. Set 1 of 2 is done\./);
    expect(place(chat).index).toBe(at);
  });

  // Found by a helper trying the console on a device (December 5): a step's reprompt was only "Ready for round 2? Say
  // next.", and then the session ended; a user back from the fridge was not told how to come back.
  it("a step's reprompt, the last words before the device stops listening, says how to come back", async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    const step = await chat.intent('AMAZON.NextIntent');
    expect(reprompted(step)).toMatch(/^Say next when you're ready.*If I stop listening, your place is saved: open Back Coach again and say resume\.$/);
    await chat.send((opts) => sessionEndedRequest(opts, 'EXCEEDED_MAX_REPROMPTS'));
    const back = new Conversation({ handler: harness.handler, device });
    expect(spoken(await back.intent('AMAZON.ResumeIntent'))).toMatch(/^Back to your strength workout/);
  });

  it('pause keeps the session; resume carries on', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 2);
    const paused = await chat.intent('AMAZON.PauseIntent');
    await expectWellFormed(paused, { endsOnQuestion: false });
    expect(spoken(paused)).toBe("Paused. Say, resume my workout, when you're ready.");
    expect(paused.sessionEnded).toBe(false);
    // The last words before the device stops listening say how to come back (found by a helper trying an Echo).
    expect(reprompted(paused)).toBe("Your workout is paused, and your place saved. Say resume when you're ready. If I stop listening, just open Back Coach again.");
    const resumed = await chat.intent('AMAZON.ResumeIntent');
    expect(spoken(resumed)).toBe(
      "Let's go on with your strength workout: exercise 1 of 5, deadlifts. Set 1 of 2 is done. Hips back, chest proud. Say next when you're ready for set 2.",
    );
  });

  // Found by a helper trying the console (December 6): hi-IN "aage chalo" (go on) is heard as resume; said to "say next
  // when you're ready", it retold where the workout was, every time, and the user was stuck in the warm-up.
  it('"carry on" or "aage chalo" at a step heard through goes on, as next does; cut in on, it says where the workout is', async () => {
    for (const locale of ['en-US', 'hi-IN'] as const) {
      const plain = harness.conversation({ locale });
      await plain.intent('StartWorkoutIntent', session('strength'));
      const next = spoken(await plain.intent('AMAZON.NextIntent'));
      const chat = harness.conversation({ locale });
      await chat.intent('StartWorkoutIntent', session('strength'));
      expect(spoken(await chat.intent('AMAZON.ResumeIntent')), locale).toBe(next);
      // Cut in on, the warm-up's part under way is said where it stands, as before.
      const cut = harness.conversation({ locale });
      await cut.intent('StartWorkoutIntent', session('strength'));
      expect(spoken(await cut.cutIn(5).intent('AMAZON.ResumeIntent')), locale).not.toBe(next);
    }
  });

  // Found trying the console as a new user: "okay I'm ready", heard as next with nothing asked, said "Ask me how to do
  // an exercise… Which exercise would you like to learn?", and the workout the user was ready for was never offered.
  it('"next" or "I\'m ready" with nothing under way or asked offers today\'s workout, and a yes starts it', async () => {
    const chat = harness.conversation();
    const next = await chat.intent('AMAZON.NextIntent');
    expect(spoken(next)).toBe("There's no workout running right now. Want to start today's workout?");
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/Today is a strength day: 5 exercises/);
    // Not on the rest day, nor after a warning sign today: the how-to's, as before.
    harness.setNow('2026-11-29T15:00:00Z');
    try {
      expect(spoken(await harness.conversation().intent('AMAZON.NextIntent'))).toMatch(/^There's nothing to move on to right now\. Ask me how to do an exercise/);
    } finally {
      harness.setNow('2026-11-23T15:00:00Z');
    }
    const warned = harness.conversation();
    await warned.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'chest-pain') });
    expect(spoken(await warned.intent('AMAZON.NextIntent'))).not.toMatch(/Want to start/);
    // In Hindi too.
    expect(spoken(await harness.conversation({ locale: 'hi-IN' }).intent('AMAZON.NextIntent'))).toBe('अभी कोई workout नहीं चल रहा. आज का workout शुरू करें?');
    // Not to someone under 18 (found in review: the offer was made, and a yes started the workout).
    const young = harness.conversation();
    await young.intent('HealthConcernIntent', { age: { name: 'age', value: '15', confirmationStatus: 'NONE' } });
    expect(spoken(await young.intent('AMAZON.NextIntent'))).not.toMatch(/Want to start/);
  });

  it('"back" outside a workout is still the how-to’s, and questions about a workout offer one', async () => {
    const chat = harness.conversation();
    const next = await chat.intent('AMAZON.PreviousIntent');
    expect(spoken(next)).toMatch(/nothing to go back to/);
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

  it('"let\'s go" or "start my workout" mid-workout goes on, as "next" does; another kind named still asks first', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    const next = await harness.conversation();
    await next.intent('StartWorkoutIntent');
    const expected = spoken(await next.intent('AMAZON.NextIntent'));
    const go = await chat.intent('StartWorkoutIntent');
    expect(spoken(go)).toBe(expected);
    expect(spoken(await chat.intent('StartWorkoutIntent', session('strength')))).toMatch(/^Exercise 1 of 5: deadlifts/);
    expect(spoken(await chat.intent('StartWorkoutIntent', session('cardio')))).toBe("You're partway through your strength workout. To switch to the cardio workout instead, say no. Want to carry on with your strength workout?");
  });

  // Found by a helper trying the console: after "say next when you're ready for the suitcase carry", "how do I do this
  // one" taught the move just finished (skip meant the one coming up), and after the warm-up it taught nothing.
  it('"how do I do this one" means the move the last answer ended on, as skip does', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    let said = '';
    for (let turns = 0; turns < 12 && !/ready for bent-over rows\.$/.test(said); turns += 1) {
      said = spoken(await chat.intent('AMAZON.NextIntent'));
      if (/ready for deadlifts\.$/.test(said)) expect(spoken(await chat.intent('HowToCurrentIntent'))).toMatch(/^How to do deadlifts\./);
    }
    expect(said).toMatch(/ready for bent-over rows\.$/);
    expect(spoken(await chat.intent('HowToCurrentIntent'))).toMatch(/^How to do bent-over rows\./);
    // A recovery day's warm-up heard through to "ready for yoga or stretching": what to do in that (found by a helper
    // trying the console, December 6: the warm-up's words again). Cut in on, the warm-up's own.
    const rest = harness.conversation();
    await rest.intent('StartWorkoutIntent', session('stretch'));
    expect(spoken(await rest.intent('AMAZON.NextIntent'))).toMatch(/ready for yoga or stretching\.$/);
    const yoga = spoken(await rest.intent('HowToCurrentIntent'));
    expect(yoga).not.toMatch(/^Warm up/);
    expect(yoga).toMatch(/yoga|stretch/i);
    const early = harness.conversation();
    await early.intent('StartWorkoutIntent', session('stretch'));
    expect(spoken(await early.cutIn(5).intent('HowToCurrentIntent'))).toMatch(/^Warm up gently/);
    // Heard through to "ready to cool down", the cool-down's, never the side plank just done (found in review).
    const cooling = harness.conversation();
    await cooling.intent('StartWorkoutIntent', session('strength'));
    let last = '';
    for (let turns = 0; turns < 40 && !/ready to cool down\.$/i.test(last); turns += 1) last = spoken(await cooling.intent('AMAZON.NextIntent'));
    expect(last).toMatch(/ready to cool down\.$/i);
    const cool = spoken(await cooling.intent('HowToCurrentIntent'));
    expect(cool).not.toMatch(/^How to do/);
    expect(cool).toMatch(/stretch/i);
    // After a HIIT session's last round too, never the round's how-to (found in the third review).
    const hiit = harness.conversation();
    await hiit.intent('StartWorkoutIntent', session('hiit'));
    last = '';
    for (let turns = 0; turns < 40 && !/ready to cool down\.$/i.test(last); turns += 1) last = spoken(await hiit.intent('AMAZON.NextIntent'));
    expect(last).toMatch(/ready to cool down\.$/i);
    expect(spoken(await hiit.intent('HowToCurrentIntent'))).not.toMatch(/^Each round/);
  });

  // Found by a helper trying the console (December 6): "log what I did", with a workout stopped partway, was "Tell me
  // what you did", the slot taking "what i did".
  it('"log what I did" offers the workout stopped partway; with none, asks what was done', async () => {
    const device = harness.device();
    const first = new Conversation({ handler: harness.handler, device });
    await first.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(first, 8);
    await first.intent('AMAZON.StopIntent');
    const whatIDid = { activity: unmatchedSlot('activity', 'ActivityName', 'what i did') };
    const later = new Conversation({ handler: harness.handler, device });
    expect(spoken(await later.intent('LogActivityIntent', whatIDid))).toMatch(/^You stopped partway through your strength workout earlier today\. .*Want me to log what you did\?$/);
    expect(spoken(await harness.conversation().intent('LogActivityIntent', whatIDid))).toMatch(/^Tell me what you did/);
  });

  // Found by a helper trying the console as a busy parent (December 6): "can we do a shorter version" mid-workout asked
  // "pick up where you left off?", and a "no" began the warm-up again, the place lost; "I only have 10 minutes" was the
  // fallback or "I don't know that one yet"; "start a 10 minute workout" started the whole session.
  it('time said to be short: mid-workout, how long is left and how to finish sooner; before one, what to do, then a yes starts it', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(chat, 3);
    const at = chat.attributes.workout;
    for (const [intent, slots] of [
      ['StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'a shorter version') }],
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'only have 10 minutes') }],
      ['StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'a quick one') }],
      // Found in review: "I only have 10 minutes" heard through "I {concern}", "I have 10 minutes" through "I have {topic}".
      ['HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'only have 10 minutes') }],
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', '10 minutes') }],
      // "I just have 15 minutes", heard through "I just {activity}" (found in review: "Tell me what you did").
      ['LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'have 15 minutes') }],
    ] as const) {
      const turn = await chat.intent(intent, slots);
      await expectWellFormed(turn, { endsOnQuestion: false });
      expect(spoken(turn)).toMatch(/^No problem\. About \d+ minutes to go\. To finish sooner, say: skip to the cool-down\. Or say I'm done, and I'll log what you did\. Say next to carry on with your workout\.$/);
      expect(chat.attributes.workout).toEqual(at);
    }
    // Found in review: a half-hour workout asked for is no short one.
    expect(spoken(await harness.conversation().intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'a 30 minute workout') }))).not.toMatch(/Short on time/);
    for (const [intent, slots] of [
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', "i've only got 10 minutes") }],
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'what can i do in 10 minutes') }],
      ['StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'a 10 minute workout') }],
    ] as const) {
      const before = harness.conversation();
      const told = spoken(await before.intent(intent, slots));
      expect(told, JSON.stringify(slots)).toMatch(/^(Quick note: [^.]*\. )?Short on time\? A short workout still helps\..*Want to start today's workout now\?$/);
      expect(before.attributes.workout).toBeUndefined();
      expect(spoken(await before.intent('AMAZON.YesIntent'))).toMatch(/Today is a (HIIT|strength) day/);
      expect(before.attributes.workout).toBeDefined();
    }
  });

  // Found by helpers trying the console (December 6): "I have 25 minutes" mid-workout was "I don't know that one yet":
  // only 20 minutes or fewer were heard as time said. Any time said mid-workout is weighed against what is left.
  it("time said mid-workout is weighed against what is left; before one, with time enough for it, how long the day's workout takes", async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(chat, 3);
    const at = chat.attributes.workout;
    for (const [intent, slots] of [
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', '25 minutes') }],
      ['LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'have 45 minutes') }],
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', "i've got about half an hour") }],
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'i have an hour') }],
    ] as const) {
      const turn = await chat.intent(intent, slots);
      await expectWellFormed(turn, { endsOnQuestion: false });
      expect(spoken(turn), JSON.stringify(slots)).toMatch(/^That's time enough to finish\. About \d+ minutes to go\. Say next to carry on with your workout\.$/);
      expect(chat.attributes.workout).toEqual(at);
    }
    expect(spoken(await chat.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', "i've only got 5 minutes") }))).toMatch(/^No problem\. About \d+ minutes to go\. To finish sooner/);
    // Found in review: something wrong said beside the time is that thing's answer first.
    expect(spoken(await chat.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'okay i have 25 minutes but my chest') }))).not.toMatch(/time enough|No problem/);
    for (const said of ["i'm pregnant and i have 30 minutes", "i'm 67 and i have 30 minutes"]) {
      const told = spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) }));
      expect(told, said).not.toMatch(/takes about|Short on time/);
    }
    // Before one: less than today's workout takes is short; as much or more, how long today's takes, and it is offered.
    const short = harness.conversation();
    expect(spoken(await short.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'i have 15 minutes') }))).toMatch(/Short on time\?/);
    const plenty = harness.conversation();
    const told = spoken(await plenty.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'i have 45 minutes') }));
    expect(told).toMatch(/takes about \d+ minutes/);
    expect(told).not.toMatch(/Short on time/);
    expect(spoken(await plenty.intent('AMAZON.YesIntent'))).toMatch(/Today is a (HIIT|strength) day/);
    // Found in review: half an hour is short of a longer workout (advanced, on a strength day).
    const advanced = harness.conversation();
    await advanced.intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', 'advanced') });
    const length = spoken(await advanced.intent('WorkoutLengthIntent'));
    const takes = Number(/takes about (\d+) minutes/.exec(length)?.[1]);
    expect(takes, length).toBeGreaterThan(30);
    expect(spoken(await advanced.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'i have 30 minutes') }))).toMatch(/Short on time\?/);
    expect(spoken(await advanced.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', `i have ${takes} minutes`) }))).toMatch(/takes about/);
    // Found in review: weighed against the length said, "about 30 minutes" at intermediate, never a finer one.
    for (const level of ['beginner', 'intermediate', 'advanced']) {
      const chat = harness.conversation();
      await chat.intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', level) });
      const said = Number(/takes about (\d+) minutes/.exec(spoken(await chat.intent('WorkoutLengthIntent')))?.[1]);
      expect(spoken(await chat.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', `i have ${said} minutes`) })), level).toMatch(/takes about/);
    }
    // Found in review: a part of the body the time is for is no pain ("for my back"); said otherwise, it may be.
    const forBack = harness.conversation();
    await forBack.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(forBack, 3);
    const before = forBack.attributes.workout;
    expect(spoken(await forBack.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'only have 10 minutes for my back') }))).toMatch(/^No problem\. About \d+ minutes to go/);
    expect(forBack.attributes.workout).toEqual(before);
    expect(spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'i only have 15 minutes what should i do for my lower back fat') }))).toMatch(/Short on time\?/);
    // Any part, or two, said last are what the time is for (found in review: "for my chest and back" was chest pain).
    for (const said of ['only have 20 minutes for my chest and back', 'only have 10 minutes for my thighs']) {
      const reply = spoken(await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) }));
      expect(reply, said).toMatch(/Short on time|takes about/);
    }
    // Said after the part, what is wrong there is still heard (found in review).
    for (const said of ["only have 10 minutes for my back because it's bothering me", 'only have 10 minutes for my back and my knee is acting up']) {
      const reply = spoken(await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) }));
      expect(reply, said).not.toMatch(/Short on time|takes about/);
    }
    // "I only have like 15 minutes", the model's log hearing "only have" and the time apart (found trying the console:
    // "Tell me what you did").
    const apart = { activity: unmatchedSlot('activity', 'ActivityName', 'only have'), duration: 'PT15M' };
    expect(spoken(await harness.conversation().intent('LogActivityIntent', apart))).toMatch(/Short on time\?/);
    const midway = harness.conversation();
    await midway.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(midway, 3);
    expect(spoken(await midway.intent('LogActivityIntent', apart))).toMatch(/^No problem\. About \d+ minutes to go\./);
    // Time had, said plainly (found by helpers trying the console: "what can I do in 10 minutes" was the fallback, "I've
    // got about half an hour" a log, "I have an hour" the concern "hour").
    for (const [said, answer] of [
      ['what can I do in 10 minutes', /Short on time\?/],
      ["I've got about half an hour", /takes about \d+ minutes/],
      ['I have an hour', /takes about \d+ minutes/],
    ] as const) {
      const [heard, ...others] = committedMatcher('en-US').literal(said);
      expect(others, said).toEqual([]);
      expect(heard?.intent, said).toBe('WorkoutLengthIntent');
      const reply = await harness.conversation().intent(heard!.intent, heard!.slots);
      await expectWellFormed(reply);
      expect(spoken(reply), said).toMatch(answer);
    }
    const hadMidway = harness.conversation();
    await hadMidway.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(hadMidway, 3);
    const fifteen = committedMatcher('en-US').literal('I only have 15 minutes')[0]!;
    expect(spoken(await hadMidway.intent(fifteen.intent, fifteen.slots))).toMatch(/^No problem\. About \d+ minutes to go\./);
    // Found by a helper trying the console as a busy parent (December 6): "I don't know that one yet".
    expect(spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'got like 20 minutes what should i do') }))).toMatch(/Short on time\?|takes about/);
    for (const said of ["I don't have much time tonight", "what's the shortest workout"]) {
      const [heard, ...others] = committedMatcher('en-US').literal(said);
      expect(others, said).toEqual([]);
      expect(spoken(await harness.conversation().intent(heard!.intent, heard!.slots)), said).toMatch(/^Quick note: .*Short on time\?|^Short on time\?/);
    }
    // A word after it ("actually"), and Hindi (found by a helper trying the console: "I don't know that one").
    expect(spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'half an hour actually') }))).not.toMatch(/don't know/);
    // Hours too, in words or figures (found trying the console in Hindi: "मुझे अभी नहीं पता").
    for (const said of ['paas sirf 10 minute', 'पास 20 मिनट हैं', 'पास एक घंटा है', 'paas aadha ghanta hai', 'पास 1 घंटा']) {
      const hindi = harness.conversation({ locale: 'hi-IN' });
      await hindi.intent('StartWorkoutIntent', session('strength'));
      await nextTimes(hindi, 3);
      const at = hindi.attributes.workout;
      expect(spoken(await hindi.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) })), said).toMatch(/^(?:कोई बात नहीं|इतना समय पूरा करने के लिए काफ़ी है)\./);
      expect(hindi.attributes.workout).toEqual(at);
    }
    // A rest day's gentle session: how long it takes, never "pick up the full plan tomorrow" (found in review).
    const sunday = await startHarness({ now: '2026-11-29T15:00:00Z' });
    try {
      const told = spoken(await sunday.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'i have 20 minutes') }));
      expect(told).toMatch(/takes about/);
      expect(told).not.toMatch(/full plan/);
    } finally {
      await sunday.close();
    }
  });

  // Found by a helper trying the console: "log my workout", said after stopping a strength workout partway, logged the
  // day's plan in full (20 minutes of cardio, never done), and the strength done was not logged at all.
  it('"log my workout" with a workout stopped partway today offers to log what was done in it, not the day\'s plan', async () => {
    const device = harness.device();
    const first = new Conversation({ handler: harness.handler, device });
    await first.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(first, 8);
    await first.intent('AMAZON.StopIntent');
    const later = new Conversation({ handler: harness.handler, device });
    const asked = await later.intent('FinishedTodayIntent');
    await expectWellFormed(asked);
    expect(spoken(asked)).toMatch(/^You stopped partway through your strength workout earlier today\. .*Want me to log what you did\?$/);
    const week = async () => (await harness.store.history(userKey(device.userId))).weeks[0];
    expect((await week())?.sessions.strength ?? 0).toBe(0);
    const yes = await later.intent('AMAZON.YesIntent');
    expect(spoken(yes)).toMatch(/^Logged (your strength session|\d+ minutes? of strength)/);
    expect((await week())?.minutes).toBeGreaterThan(0);
    // Logged, the place is gone: "log my workout" again logs the day's plan, as before.
    expect(spoken(await new Conversation({ handler: harness.handler, device }).intent('FinishedTodayIntent'))).not.toMatch(/stopped partway/);
    // Found in review: with its kind already logged today, a yes logged it twice. The day's log asks about a second.
    const twice = harness.device();
    const stopped = new Conversation({ handler: harness.handler, device: twice });
    await stopped.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(stopped, 8);
    await stopped.intent('AMAZON.StopIntent');
    const again = new Conversation({ handler: harness.handler, device: twice });
    await again.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength') });
    expect(spoken(await again.intent('FinishedTodayIntent'))).not.toMatch(/stopped partway/);
  });

  // Found trying the console as a user: a workout stopped before a move was finished, then "I finished today's
  // workout" (finished off the skill) logged the session, and "resume my workout" still picked up the one logged. The
  // place is kept (found in review: removed with the log, undo could not bring it back): its kind logged, it is done.
  it('a workout stopped partway is not picked up once a session of its kind is logged that day; undo brings it back', async () => {
    for (const log of [
      (chat: Conversation) => chat.intent('FinishedTodayIntent'),
      (chat: Conversation) => chat.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength') }),
    ]) {
      const device = harness.device();
      const first = new Conversation({ handler: harness.handler, device });
      await first.intent('StartWorkoutIntent', session('strength'));
      // Stopped at the warm-up's end: nothing of the session's own work is done, so a log is the day's plan.
      await nextTimes(first, 1);
      await first.intent('AMAZON.StopIntent');
      // Logged, then undone at once: the session is no longer logged, and the workout is there to pick up again.
      const undone = new Conversation({ handler: harness.handler, device });
      expect(spoken(await log(undone))).toMatch(/^Logged your strength session\./);
      expect(spoken(await undone.intent('UndoIntent'))).toMatch(/^Done/);
      expect(spoken(await undone.intent('ResumeWorkoutIntent'))).toMatch(/^Back to your strength workout/);
      await undone.intent('AMAZON.StopIntent');
      const later = new Conversation({ handler: harness.handler, device });
      expect(spoken(await log(later))).toMatch(/^Logged your strength session\./);
      expect(spoken(await later.intent('ResumeWorkoutIntent'))).not.toMatch(/^Back to your strength workout/);
      expect(spoken(await new Conversation({ handler: harness.handler, device }).launch())).not.toMatch(/pick up where you left off/);
    }
    // A second strength workout that day, started after the first was logged and stopped partway: that log is no finish
    // of it, so it is there to pick up (found in review).
    const twice = harness.device();
    const logged = new Conversation({ handler: harness.handler, device: twice });
    await logged.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength') });
    await logged.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(logged, 2);
    await logged.intent('AMAZON.StopIntent');
    const back = new Conversation({ handler: harness.handler, device: twice });
    expect(spoken(await back.launch())).toMatch(/pick up where you left off/);
    expect(spoken(await back.intent('ResumeWorkoutIntent'))).toMatch(/^Back to your strength workout/);
    // Stopped again, then logged as another session: that log finishes it (found in a third review: it could be picked
    // up again, and a third session counted).
    await back.intent('AMAZON.StopIntent');
    const done = new Conversation({ handler: harness.handler, device: twice });
    await done.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength') });
    expect(spoken(await done.intent('AMAZON.YesIntent'))).toMatch(/^Logged/);
    expect(spoken(await done.intent('ResumeWorkoutIntent'))).not.toMatch(/^Back to your strength workout/);
    // A second one stopped partway, then "log my workout": what was done in it is offered, not the day's plan.
    const second = harness.device();
    const first2 = new Conversation({ handler: harness.handler, device: second });
    await first2.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength') });
    await first2.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(first2, 8);
    await first2.intent('AMAZON.StopIntent');
    const offered = await new Conversation({ handler: harness.handler, device: second }).intent('FinishedTodayIntent');
    expect(spoken(offered)).toMatch(/^You stopped partway through your strength workout earlier today\./);
    // Another kind logged leaves it: a HIIT session is not the strength workout stopped.
    const device = harness.device();
    const first = new Conversation({ handler: harness.handler, device });
    await first.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(first, 2);
    await first.intent('AMAZON.StopIntent');
    const later = new Conversation({ handler: harness.handler, device });
    await later.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'hiit') });
    expect(spoken(await later.intent('ResumeWorkoutIntent'))).toMatch(/^Back to your strength workout/);
  });

  // Found trying it as a user: a workout stopped partway and logged as such, then "I did my workout", logged the whole
  // session on top of it, unasked.
  it('"I did my workout" after part of today\'s workout was logged asks whether the rest was done', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 3);
    await chat.intent('AMAZON.StopIntent');
    await chat.intent('FinishedTodayIntent');
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/isn't counted as a session/);
    const week = async () => (await harness.store.history(userKey(device.userId))).weeks[0];
    const partMinutes = (await week())?.minutes ?? 0;
    const asked = await chat.intent('FinishedTodayIntent');
    await expectWellFormed(asked);
    expect(spoken(asked)).toBe(`I've logged ${partMinutes} minutes of your strength workout for today, stopped partway. Did you finish the rest of it?`);
    // No: the part stays, and nothing more is logged.
    const no = await chat.intent('AMAZON.NoIntent');
    expect(spoken(no)).toMatch(/^Then I'll keep just the part you did\./);
    expect((await week())?.sessions.strength ?? 0).toBe(0);
    expect((await week())?.minutes).toBe(partMinutes);
    // Asked again in a later session, yes: the session counts, once.
    const later = new Conversation({ handler: harness.handler, device });
    expect(spoken(await later.intent('FinishedTodayIntent'))).toMatch(/Did you finish the rest of it\?$/);
    expect(spoken(await later.intent('AMAZON.YesIntent'))).toMatch(/^Logged your strength session\. That's 1 of 3 strength sessions this week\./);
    expect((await week())?.sessions.strength).toBe(1);
    // A run told on its own is no "rest of it": logged as told (found in review: a no lost it).
    const ran = harness.device();
    const cardio = new Conversation({ handler: harness.handler, device: ran });
    await cardio.intent('StartWorkoutIntent', session('cardio'));
    await nextTimes(cardio, 2);
    await cardio.intent('EndWorkoutIntent');
    await cardio.intent('AMAZON.YesIntent');
    const run = await cardio.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'cardio'), duration: { name: 'duration', value: 'PT20M', confirmationStatus: 'NONE' } });
    expect(spoken(run)).toMatch(/^Logged 20 minutes of cardio/);
    // Said as the kind ("I did my strength workout"), it asks too (found in review).
    const named = harness.device();
    const stopped = new Conversation({ handler: harness.handler, device: named });
    await stopped.intent('StartWorkoutIntent');
    await nextTimes(stopped, 3);
    await stopped.intent('AMAZON.StopIntent');
    await stopped.intent('FinishedTodayIntent');
    await stopped.intent('AMAZON.YesIntent');
    const kind = await stopped.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength') });
    expect(spoken(kind)).toMatch(/^I've logged \d+ minutes? of your strength workout for today, stopped partway\. Did you finish the rest of it\?$/);
    expect(reprompted(kind)).toBe(spoken(kind));
    // The session counted, "I did my workout" asks about a second, as before.
    expect(spoken(await later.intent('FinishedTodayIntent'))).toMatch(/^You've already logged a strength session for today\. Should I log another one\?$/);
  });

  // Tried as a user (December 5): "start over" mid-workout began the warm-up again with no word that it was heard. And
  // past the first step it is asked first: the place reached would be lost to "start this round over" (noticed at the
  // last stop). Said again, or yes, it starts over; no carries on where it was.
  it('"start over" mid-workout asks first once past the first step, then says so and goes back to it', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'hiit') });
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    const at = chat.attributes.workout;
    const asked = await chat.intent('AMAZON.StartOverIntent');
    await expectWellFormed(asked);
    expect(spoken(asked)).toBe('To do just this part again, say repeat. Or start the whole workout again, from the warm-up?');
    expect(chat.attributes.workout).toEqual(at);
    const kept = await chat.intent('AMAZON.NoIntent');
    expect(spoken(kept)).not.toMatch(/from the top|Warm up/);
    expect(chat.attributes.workout).toEqual(at);
    await chat.intent('AMAZON.StartOverIntent');
    const over = await chat.intent('AMAZON.YesIntent');
    await expectPaced(over);
    expect(spoken(over)).toMatch(/^Okay, from the top\. Warm up for 5 minutes/);
    // "Say repeat" to the question is the part, never the question again (found in review).
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    const part = chat.attributes.workout;
    await chat.intent('AMAZON.StartOverIntent');
    expect(spoken(await chat.intent('AMAZON.RepeatIntent'))).not.toMatch(/^To do just this part again/);
    expect(chat.attributes.workout).toMatchObject({ index: (part as { index: number }).index });
    await chat.intent('AMAZON.StartOverIntent');
    await chat.intent('AMAZON.YesIntent');
    // On the first step nothing is lost: at once. Said twice, it is the yes.
    expect(spoken(await chat.intent('AMAZON.StartOverIntent'))).toMatch(/^Okay, from the top\. Warm up/);
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.StartOverIntent');
    expect(spoken(await chat.intent('AMAZON.StartOverIntent'))).toMatch(/^Okay, from the top\. Warm up/);
  });

  // Found by trying the console as a user: "start over" with no workout running taught exercises ("nothing to move on
  // to"), and to "Want to pick up where you left off?" it asked the question again.
  it('"start over" with no workout running starts one from the top, or offers today\'s', async () => {
    const fresh = harness.conversation();
    expect(spoken(await fresh.intent('AMAZON.StartOverIntent'))).toBe("There's no workout running right now. Want to start today's workout?");
    expect(spoken(await fresh.intent('AMAZON.YesIntent'))).toMatch(/Today is a strength day: 5 exercises/);
    const device = harness.device();
    const first = new Conversation({ handler: harness.handler, device });
    await first.intent('StartWorkoutIntent');
    await nextTimes(first, 3);
    await first.intent('AMAZON.StopIntent');
    // To the offer to pick up, it is the "no": from the top.
    const offered = new Conversation({ handler: harness.handler, device });
    expect(spoken(await offered.intent('StartWorkoutIntent'))).toMatch(/Want to pick up where you left off\?$/);
    expect(spoken(await offered.intent('AMAZON.StartOverIntent'))).toMatch(/^Today is a strength day: 5 exercises/);
    await nextTimes(offered, 3);
    await offered.intent('AMAZON.StopIntent');
    // Said first thing, with a workout saved earlier today: that workout, from the top.
    const later = new Conversation({ handler: harness.handler, device });
    const over = await later.intent('AMAZON.StartOverIntent');
    await expectWellFormed(over, { maxSeconds: MAX_RESPONSE_SECONDS, endsOnQuestion: false });
    expect(spoken(over)).toMatch(/^Today is a strength day: 5 exercises/);
    // A question still pending is asked again, as for "next".
    const asked = harness.conversation();
    await asked.intent('DeleteDataIntent');
    expect(spoken(await asked.intent('AMAZON.StartOverIntent'))).toBe("There's nothing to move on to. Should I delete all your data? Say yes or no.");
  });

  // Found by a helper trying the console: to "Want to pick up where you left off?", "let's go" asked it again and "ok
  // I'm ready" said there was nothing to move on to; in a how-to, "let's go" to "Ready for step 2?" started a workout.
  it('"let\'s go" or "I\'m ready" to an offer to pick up or start a workout is a yes; in a how-to, the next step', async () => {
    const device = harness.device();
    const first = new Conversation({ handler: harness.handler, device });
    await first.intent('StartWorkoutIntent');
    await nextTimes(first, 2);
    await first.intent('AMAZON.StopIntent');
    for (const [intent, slots] of [['StartWorkoutIntent', {}], ['AMAZON.NextIntent', {}]] as const) {
      const later = new Conversation({ handler: harness.handler, device });
      expect(spoken(await later.intent('StartWorkoutIntent'))).toBe('You stopped partway through your strength workout earlier today. Want to pick up where you left off?');
      expect(spoken(await later.intent(intent, slots)), intent).toMatch(/^Back to your strength workout: exercise 1 of 5, deadlifts\./);
    }
    // Found by a helper trying the console in three locales: "start my workout" after "what's my workout today" (which
    // offers to teach the first move) taught the move. "Start my workout" and "let's go" both start it; a yes teaches.
    const plan = harness.conversation();
    expect(spoken(await plan.intent('WorkoutForDayIntent'))).toMatch(/To learn deadlifts first, say: how do I do deadlifts\. Want to start now\?$/);
    expect(spoken(await plan.intent('StartWorkoutIntent'))).toMatch(/^Today is a strength day: 5 exercises/);
    const hindi = harness.conversation({ locale: 'hi-IN' });
    await hindi.intent('WorkoutForDayIntent');
    expect(spoken(await hindi.intent('StartWorkoutIntent'))).not.toMatch(/कैसे (करें|शुरू करें)/);
    const yes = harness.conversation();
    await yes.intent('WorkoutForDayIntent');
    expect(spoken(await yes.intent('AMAZON.YesIntent'))).toMatch(/^Today is a strength day: 5 exercises/);
    // Found in review: to an offer made anywhere else ("tell me about deadlifts… Want to hear how to do deadlifts?"),
    // "start it" still takes the offer.
    const about = harness.conversation();
    expect(spoken(await about.intent('TopicIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'deadlift') }))).toMatch(/Want to hear how to do deadlifts\?$/);
    expect(spoken(await about.intent('LetsGoIntent'))).toMatch(/Here's how to do deadlifts\./);
    expect(committedMatcher('en-US').literal("ok let's go").map((match) => match.intent)).toEqual(['LetsGoIntent']);
    expect(committedMatcher('en-US').literal('start it').map((match) => match.intent)).toEqual(['LetsGoIntent']);
    // "Walk me through it" too: "walk" names no walk there (found in review: it stayed a start, and left the lesson).
    expect(committedMatcher('en-US').literal('walk me through it').map((match) => match.intent)).toEqual(['LetsGoIntent']);
    const learning = harness.conversation();
    await learning.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    expect(spoken(await learning.intent('LetsGoIntent'))).toMatch(/^Step 2:/);
    // Tried as a user: after "tell me more" ends "Ready for step 3?", "let's go" is still the next step.
    expect(spoken(await learning.intent('AMAZON.MoreIntent'))).toMatch(/Ready for step 3\?$/);
    expect(spoken(await learning.intent('LetsGoIntent'))).toMatch(/^Step 3:/);
    // "Start my workout" names the workout: it starts, the lesson left (found by a helper trying the console).
    expect(spoken(await learning.intent('StartWorkoutIntent'))).toMatch(/^Today is a strength day: 5 exercises/);
    // Found in review: once the talk moved on, "start my workout" still read the next step.
    const movedOn = harness.conversation();
    await movedOn.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    await movedOn.intent('TopicIntent', { topic: resolvedSlot('topic', 'TopicName', 'protein') });
    expect(spoken(await movedOn.intent('StartWorkoutIntent'))).toMatch(/^Today is a strength day: 5 exercises/);
    const pages = harness.conversation();
    await pages.intent('AllStepsIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'deadlift') });
    await pages.intent('AMAZON.NoIntent');
    expect(spoken(await pages.intent('StartWorkoutIntent'))).toMatch(/^Today is a strength day: 5 exercises/);
  });

  it('"no" to "say next when ready" is not yet, not goodbye', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    const no = await chat.intent('AMAZON.NoIntent');
    expect(spoken(no)).toBe("Okay. Say next when you're ready.");
    expect(no.sessionEnded).toBe(false);
    expect(spoken(await nextTimes(chat, 2))).toMatch(/^Exercise 1 of 5: deadlifts/);
  });

  it('a question after a how-to mid-workout answers from the workout and brings it back', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 2);
    await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    const upcoming = await chat.intent('WhatsNextIntent');
    expect(spoken(upcoming)).toMatch(/Say next to carry on with your workout\.$/);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Set 2 of 2/);
  });

  it('"start my workout" mid-workout carries on instead of starting over', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 2);
    const again = await chat.intent('StartWorkoutIntent');
    expect(spoken(again)).toMatch(/^Set 2 of 2/);
  });

  it('"go home" mid-workout saves the place like stop', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const home = await chat.intent('AMAZON.NavigateHomeIntent');
    expect(spoken(home)).toMatch(/^Saved your place\./);
    const { weeks } = await harness.store.history(userKey(device.userId));
    // The step under way, heard through, is done too.
    expect(weeks[0]?.workout).toMatchObject({ date: '2026-11-23', index: 1, done: '3' });
  });
});

describe('stop, and resume later on any device', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-11-23T15:00:00Z' });
  });
  afterAll(() => harness.close());

  it('stop saves the place; a new session on another device says where you are and the cue', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    const at = await nextTimes(chat, 3);
    const stop = await chat.intent('AMAZON.StopIntent');
    expect(spoken(stop)).toMatch(/^Saved your place\./);
    expect(stop.sessionEnded).toBe(true);

    const kitchen: DeviceProfile = { ...device, deviceId: `${device.deviceId}-kitchen` };
    const later = new Conversation({ handler: harness.handler, device: kitchen });
    const resumed = await later.intent('ResumeWorkoutIntent');
    await expectPaced(resumed);
    // The set already done is not replayed: the user hears the workout, where they are, the cue, and what comes next.
    expect(spoken(resumed)).toBe(
      "Back to your strength workout: exercise 1 of 5, deadlifts. Set 2 of 2 is done. Hips back, chest proud. Say next when you're ready for bent-over rows.",
    );
    expect(spoken(at)).toMatch(/Say next when you're ready for bent-over rows\.$/);
    expect(spoken(await later.intent('AMAZON.NextIntent'))).toMatch(/Exercise 2 of 5: bent-over rows/);
  });

  // Tried as a user: opening the skill again the same day said "Welcome back… this week is a fresh start", and
  // nothing of the workout stopped halfway. The welcome says it, and how to pick it up; a "no" then starts nothing.
  it('opening the skill again the same day says a workout was stopped partway, and how to pick it up', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 3);
    await chat.intent('AMAZON.StopIntent');
    const later = new Conversation({ handler: harness.handler, device });
    const welcome = await later.launch();
    // Found by a helper trying the console: a "yes" to the welcome that said how to pick it up said "Sure. You can ask…".
    expect(spoken(welcome)).toMatch(/^Welcome back\. .*You stopped partway through your strength workout earlier today\. Want to pick up where you left off\?$/);
    expect(spoken(await later.intent('AMAZON.NoIntent'))).not.toMatch(/Exercise|Warm up/);
    const again = new Conversation({ handler: harness.handler, device });
    await again.launch();
    expect(spoken(await again.intent('AMAZON.YesIntent'))).toMatch(/^Back to your strength workout/);
    await again.intent('AMAZON.StopIntent');
    expect(spoken(await new Conversation({ handler: harness.handler, device }).intent('ResumeWorkoutIntent'))).toMatch(/^Back to your strength workout/);
    // A workout finished today leaves nothing to pick up.
    const done = harness.device();
    const whole = new Conversation({ handler: harness.handler, device: done });
    await whole.intent('StartWorkoutIntent');
    await walkToTheEnd(whole);
    expect(spoken(await new Conversation({ handler: harness.handler, device: done }).launch())).not.toMatch(/stopped partway/);
  });

  // Found trying it as a user: a workout started without opening the skill said the notice, and after "stop" and
  // "resume my workout" in a new session, the next step said it again. A request that read the profile remembers it.
  it('the notice said in a workout started without opening the skill is not said again in a later session', async () => {
    const device = harness.device();
    const first = new Conversation({ handler: harness.handler, device });
    expect(spoken(await first.intent('StartWorkoutIntent'))).toMatch(/^Quick note: /);
    await nextTimes(first, 2);
    await first.intent('AMAZON.StopIntent');
    const later = new Conversation({ handler: harness.handler, device });
    await later.intent('ResumeWorkoutIntent');
    expect(spoken(await later.intent('AMAZON.NextIntent'))).not.toMatch(/Quick note/);
    expect(spoken(await new Conversation({ handler: harness.handler, device }).launch())).not.toMatch(/Quick note/);
  });

  // Found by a helper trying the console: "next" in a new session, with a workout saved from earlier today, said
  // "There's nothing to move on to right now".
  it('"next" in a new session picks up a workout saved earlier today', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 3);
    await chat.intent('AMAZON.StopIntent');
    expect(spoken(await new Conversation({ handler: harness.handler, device }).intent('AMAZON.NextIntent'))).toMatch(/^Back to your strength workout/);
    // And after the welcome's offer to pick it up.
    const welcomed = new Conversation({ handler: harness.handler, device });
    await welcomed.launch();
    expect(spoken(await welcomed.intent('AMAZON.NextIntent'))).toMatch(/^Back to your strength workout/);
    // With nothing saved, today's is offered.
    expect(spoken(await harness.conversation().intent('AMAZON.NextIntent'))).toBe("There's no workout running right now. Want to start today's workout?");
  });

  it('a HIIT workout left by walking away resumes at its round, by name', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent', session('hiit'));
    await nextTimes(chat, 4);
    await chat.send((opts) => sessionEndedRequest(opts, 'EXCEEDED_MAX_REPROMPTS'));
    const later = new Conversation({ handler: harness.handler, device });
    const resumed = await later.intent('ResumeWorkoutIntent');
    expect(spoken(resumed)).toBe('Back to your HIIT workout: round 3 of 10 is done. Hard, but in control. Ready for round 4? Say next.');
  });

  it('start offers to pick up a stopped workout; no starts from the top', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    await chat.send((opts) => sessionEndedRequest(opts, 'EXCEEDED_MAX_REPROMPTS'));

    const later = new Conversation({ handler: harness.handler, device });
    const offer = await later.intent('StartWorkoutIntent');
    expect(spoken(offer)).toBe('You stopped partway through your strength workout earlier today. Want to pick up where you left off?');
    const no = await later.intent('AMAZON.NoIntent');
    expect(spoken(no)).toMatch(/Today is a strength day: 5 exercises/);
  });

  // Found by a helper trying the console: the welcome's offer to pick up a workout said "or no to start from the
  // beginning", and a no did not. On the welcome a no is "not now"; the reprompt names "start over", which begins again.
  it('the welcome offers to pick up a workout stopped today, and its reprompt promises only what each answer does', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 3);
    await chat.send((opts) => sessionEndedRequest(opts, 'EXCEEDED_MAX_REPROMPTS'));
    const welcomed = new Conversation({ handler: harness.handler, device });
    const hello = await welcomed.launch();
    expect(spoken(hello)).toMatch(/Want to pick up where you left off\?$/);
    expect(reprompted(hello)).toBe('Say yes to pick up where you left off, or say start over to begin again.');
    expect(spoken(await welcomed.intent('AMAZON.StartOverIntent'))).toMatch(/^Today is a strength day: 5 exercises/);
  });

  /** A strength workout left after one set on Monday (nobody answered), then `next` on Tuesday, the next day. */
  async function leftPartwayYesterday(next: (device: DeviceProfile) => Promise<void>): Promise<void> {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 3);
    await chat.send((opts) => sessionEndedRequest(opts, 'EXCEEDED_MAX_REPROMPTS'));
    harness.setNow('2026-11-24T15:00:00Z');
    try {
      await next(device);
    } finally {
      harness.setNow('2026-11-23T15:00:00Z');
    }
  }

  // Found by a helper trying the console: a workout left partway (nobody answered) was gone the next day, with nothing
  // logged and no word of it. The next day's welcome offers to log what was done, on the day it was done.
  it('a workout left partway yesterday is offered to log at the next day\'s welcome', () =>
    leftPartwayYesterday(async (device) => {
      const later = new Conversation({ handler: harness.handler, device });
      const welcome = await later.launch();
      // The set under way when the session ended was heard through: it counts.
      expect(spoken(welcome)).toMatch(/Yesterday you stopped partway through your strength workout\. You worked on 1 of 5 exercises: 2 of 10 sets, about \d+ minutes\. Want me to log it\?$/);
      // Not "this week is a fresh start" before it, which the workout yesterday belies (found by a helper trying the
      // console in Indian English): nothing is logged yet.
      expect(spoken(welcome)).toMatch(/nothing is logged yet this week, but there's still time\. Yesterday you stopped/);
      const logged = await later.intent('AMAZON.YesIntent');
      expect(spoken(logged)).toMatch(/^Logged \d+ minutes of strength\. That's for Monday, November 23\./);
      const { weeks } = await harness.store.history(userKey(device.userId));
      expect(weeks[0]?.workout).toBeUndefined();
      // Asked once: the next welcome says nothing of it.
      expect(spoken(await new Conversation({ handler: harness.handler, device }).launch())).not.toMatch(/Yesterday you stopped/);
    }));

  // Found by a helper trying a week of use (December 5): stopped at 11:50 PM, "resume my workout" at 12:10 AM said
  // there was none and offered the new day's; the sets done were never offered again. They are offered for logging.
  it('"resume my workout" the next day offers to log the one left partway yesterday', () =>
    leftPartwayYesterday(async (device) => {
      const later = new Conversation({ handler: harness.handler, device });
      const asked = await later.intent('ResumeWorkoutIntent');
      expect(spoken(asked)).toMatch(/^There's no paused workout from today\. Yesterday you stopped partway through your strength workout\. You worked on 1 of 5 exercises: 2 of 10 sets, about \d+ minutes\. Want me to log it\?$/);
      expect(spoken(await later.intent('AMAZON.YesIntent'))).toMatch(/^Logged \d+ minutes of strength\. That's for Monday, November 23\./);
    }));

  // Found by a helper trying the console in Indian English (December 6): "what did I do yesterday" said "Nothing logged
  // for yesterday", of a workout the welcome had just offered to log.
  it('"what did I do yesterday" tells the workout left partway then, and offers to log it', () =>
    leftPartwayYesterday(async (device) => {
      const later = new Conversation({ handler: harness.handler, device });
      const asked = await later.intent('WeeklyProgressIntent', { date: '2026-11-23' });
      await expectWellFormed(asked);
      expect(spoken(asked)).toMatch(/^Nothing logged for yesterday\. Yesterday you stopped partway through your strength workout\. You worked on 1 of 5 exercises: 2 of 10 sets, about \d+ minutes\. Want me to log it\?$/);
      expect(spoken(await later.intent('AMAZON.YesIntent'))).toMatch(/^Logged \d+ minutes of strength\. That's for Monday, November 23\./);
    }));

  // Found by a helper trying the console (December 6): "log what I did yesterday", to the welcome's offer, said "Tell me
  // what you did", and the offer was gone.
  it('"log what I did yesterday" or "log it", to the welcome\'s offer, logs that workout; "what I did today" does not', async () => {
    const said = (words: string) => ({ activity: unmatchedSlot('activity', 'ActivityName', words) });
    for (const words of ['what i did yesterday', 'it']) {
      await leftPartwayYesterday(async (device) => {
        const later = new Conversation({ handler: harness.handler, device });
        expect(spoken(await later.launch()), words).toMatch(/Want me to log it\?$/);
        const logged = await later.intent('LogActivityIntent', said(words));
        await expectWellFormed(logged);
        expect(spoken(logged), words).toMatch(/^Logged \d+ minutes of strength\. That's for Monday, November 23\./);
      });
    }
    await leftPartwayYesterday(async (device) => {
      const today = new Conversation({ handler: harness.handler, device });
      await today.launch();
      expect(spoken(await today.intent('LogActivityIntent', said('what i did today')))).toMatch(/^Tell me what you did/);
    });
  });

  // Found by a helper trying the console (December 6): "log yesterday's workout", to the welcome's offer or with none,
  // logged the whole session's minutes for the part done.
  it('"log yesterday\'s workout" logs what was done of the one left partway, or asks first with no offer', async () => {
    await leftPartwayYesterday(async (device) => {
      const later = new Conversation({ handler: harness.handler, device });
      expect(spoken(await later.launch())).toMatch(/Want me to log it\?$/);
      const logged = await later.intent('FinishedTodayIntent', { date: '2026-11-23' });
      await expectWellFormed(logged);
      expect(spoken(logged)).toMatch(/^Logged \d+ minutes of strength\. That's for Monday, November 23\. Less than half/);
    });
    await leftPartwayYesterday(async (device) => {
      const asked = await new Conversation({ handler: harness.handler, device }).intent('FinishedTodayIntent', { date: '2026-11-23' });
      expect(spoken(asked)).toMatch(/^Yesterday you stopped partway through your strength workout\..*Want me to log it\?$/);
    });
  });

  // Found in review: "log what I did today" offered yesterday's workout; "log what I did" still does.
  it('"log what I did today" never offers yesterday\'s workout; "log what I did" does', () =>
    leftPartwayYesterday(async (device) => {
      const said = (words: string) => ({ activity: unmatchedSlot('activity', 'ActivityName', words) });
      expect(spoken(await new Conversation({ handler: harness.handler, device }).intent('LogActivityIntent', said('what i did today')))).toMatch(/^Tell me what you did/);
      expect(spoken(await new Conversation({ handler: harness.handler, device }).intent('LogActivityIntent', said('what i did')))).toMatch(/^Yesterday you stopped partway/);
    }));

  // Found in review: asked just after the welcome had offered it, the answer dropped the offer.
  it('"what did I do yesterday" just after the welcome\'s offer of it says it, and a yes logs it', () =>
    leftPartwayYesterday(async (device) => {
      const later = new Conversation({ handler: harness.handler, device });
      expect(spoken(await later.launch())).toMatch(/Want me to log it\?$/);
      expect(spoken(await later.intent('WeeklyProgressIntent', { date: '2026-11-23' }))).toMatch(/^Nothing logged for yesterday\. Yesterday you stopped partway through your strength workout\..*Want me to log it\?$/);
      expect(spoken(await later.intent('AMAZON.YesIntent'))).toMatch(/^Logged \d+ minutes of strength\. That's for Monday, November 23\./);
    }));

  // Found in review (December 6): a question that says "after I finish my workout" was answered as resume, and
  // mid-workout it moved the workout on.
  it('"should I eat protein after I finish my workout" is the protein answer, never resume', async () => {
    const asked = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'eat protein after I finish my workout') });
    expect(spoken(asked)).not.toMatch(/no paused workout|Back to your/);
    expect(spoken(asked)).toMatch(/protein/i);
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    const at = chat.attributes.workout;
    const during = await chat.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'stretch after I complete my workout') });
    expect(spoken(during)).not.toMatch(/^Keep going/);
    expect(chat.attributes.workout).toEqual(at);
  });

  // Found by a helper trying the console (December 6): "I don't know that one yet".
  it('"can I still finish yesterday\'s workout", heard as a topic, is answered as resume', () =>
    leftPartwayYesterday(async (device) => {
      const later = new Conversation({ handler: harness.handler, device });
      const asked = await later.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', "still finish yesterday's workout") });
      expect(spoken(asked)).toMatch(/^There's no paused workout from today\. Yesterday you stopped partway through your strength workout\..*Want me to log it\?$/);
      // With a time said after it too (found in a second review: "I don't know that one yet").
      const later2 = new Conversation({ handler: harness.handler, device });
      expect(spoken(await later2.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'finish my workout from this morning') }))).toMatch(/^There's no paused workout from today\./);
    }));

  // Found by a helper trying the console (December 6): "can I finish my workout after work", asked in the morning, picked
  // the workout up there and then. Asked for later, it is kept for later, and how to pick it up is said.
  it('"can I finish my workout after work" keeps it for later, paused or stopped, and picks nothing up', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent', session('strength'));
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.PauseIntent');
    const paused = await chat.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'finish my workout after work') });
    await expectWellFormed(paused, { endsOnQuestion: false });
    expect(spoken(paused)).toMatch(/^Yes\. Say stop for now, and your place in your strength workout is kept for the rest of today\. Later, open Back Coach and say: resume my workout\./);
    await chat.intent('AMAZON.StopIntent');
    const later = new Conversation({ handler: harness.handler, device });
    const asked = await later.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'finish my workout later tonight') });
    await expectWellFormed(asked);
    expect(spoken(asked)).toMatch(/^Yes\. Your place in your strength workout is kept for the rest of today\. When you're ready, open Back Coach and say: resume my workout\./);
    expect(later.attributes.workout).toBeUndefined();
    // Named only as "it" or "the rest" (the slot takes what follows "can I").
    for (const rest of ['finish it later', 'the rest tonight', 'finish the rest after dinner']) {
      expect(spoken(await later.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', rest) })), rest).toMatch(/^Yes\. Your place in your strength workout is kept/);
    }
    expect(spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'finish it later') }))).not.toMatch(/^Yes\. Your place/);
    // Asked for now, it is picked up.
    expect(spoken(await later.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'finish my workout now') }))).toMatch(/^Welcome back|strength/);
    // With nothing left partway, "later" is no promise of a place: the workout is offered as before.
    expect(spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'finish my workout after work') }))).toMatch(/^There's no paused workout from today\./);
    // Yesterday's is not today's (found in review: today's was said to be kept).
    const yesterdays = new Conversation({ handler: harness.handler, device });
    expect(spoken(await yesterdays.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', "finish yesterday's workout tonight") }))).not.toMatch(/^Yes\. Your place/);
  });

  // Found by a helper trying the console (December 6): the skill says "to log what you did, say log my workout" as it
  // stops one; said the next morning, it logged that day's HIIT, not done.
  it('"log my workout" the next day asks about the one left partway yesterday first', () =>
    leftPartwayYesterday(async (device) => {
      const later = new Conversation({ handler: harness.handler, device });
      const asked = await later.intent('FinishedTodayIntent');
      expect(spoken(asked)).toMatch(/^Yesterday you stopped partway through your strength workout\..*Want me to log it\?$/);
      expect(spoken(await later.intent('AMAZON.YesIntent'))).toMatch(/^Logged \d+ minutes of strength\. That's for Monday, November 23\./);
    }));

  it('"no" to logging yesterday\'s workout forgets it', () =>
    leftPartwayYesterday(async (device) => {
      const later = new Conversation({ handler: harness.handler, device });
      expect(spoken(await later.launch())).toMatch(/Yesterday you stopped partway/);
      await later.intent('AMAZON.NoIntent');
      expect(spoken(await new Conversation({ handler: harness.handler, device }).launch())).not.toMatch(/Yesterday you stopped/);
      expect((await harness.store.history(userKey(device.userId))).weeks[0]?.sessions.strength ?? 0).toBe(0);
    }));

  /** A strength workout gone through to its end by skipping after a few sets, its offer to log left unanswered. */
  async function skippedToTheEnd(): Promise<DeviceProfile> {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(chat, 3);
    let said = '';
    for (let turns = 0; turns < 30 && !/Want me to log what you did\?$/.test(said); turns += 1) said = spoken(await chat.intent('SkipExerciseIntent'));
    expect(said).toMatch(/\d+ of 10 sets.*Want me to log what you did\?$/);
    await chat.send((opts) => sessionEndedRequest(opts, 'EXCEEDED_MAX_REPROMPTS'));
    return device;
  }

  // Found by a helper trying the console (December 6), and noticed at the last stop: a workout gone through by skipping,
  // its offer to log left unanswered, was lost: nothing offered it again, and "resume" said none was paused.
  it('a workout skipped to its end, its offer to log unanswered, is offered again later that day and the next; a no forgets it', async () => {
    const device = await skippedToTheEnd();
    const welcome = await new Conversation({ handler: harness.handler, device }).launch();
    expect(spoken(welcome)).toMatch(/Earlier today you went through your strength workout, skipping some of it\. You worked on \d of 5 exercises: \d+ of 10 sets, about \d+ minutes\. Want me to log it\?$/);
    // "I'm done", "resume my workout": the same offer, never a workout to pick up.
    for (const intent of ['EndWorkoutIntent', 'ResumeWorkoutIntent']) {
      const asked = await new Conversation({ handler: harness.handler, device }).intent(intent);
      expect(spoken(asked), intent).toMatch(/Earlier today you went through your strength workout, skipping some of it\. You worked on \d of 5 exercises: \d+ of 10 sets, about \d+ minutes\. .*Want me to log what you did\?$/);
    }
    // "Start my workout" starts a new one.
    expect(spoken(await new Conversation({ handler: harness.handler, device }).intent('StartWorkoutIntent'))).toMatch(/^Today is a strength day/);
    const later = new Conversation({ handler: harness.handler, device });
    await later.intent('EndWorkoutIntent');
    expect(spoken(await later.intent('AMAZON.YesIntent'))).toMatch(/^Logged \d+ minutes of strength\./);
    expect((await harness.store.history(userKey(device.userId))).weeks[0]?.workout).toBeUndefined();
    // A no forgets it.
    const other = await skippedToTheEnd();
    const asked = new Conversation({ handler: harness.handler, device: other });
    expect(spoken(await asked.launch())).toMatch(/Earlier today you went through/);
    await asked.intent('AMAZON.NoIntent');
    expect(spoken(await new Conversation({ handler: harness.handler, device: other }).launch())).not.toMatch(/Earlier today you went through/);
    // Unanswered, the next day it is yesterday's to log.
    const next = await skippedToTheEnd();
    harness.setNow('2026-11-24T15:00:00Z');
    try {
      expect(spoken(await new Conversation({ handler: harness.handler, device: next }).launch())).toMatch(/Yesterday you went through your strength workout, skipping some of it\. You worked on \d of 5 exercises: \d+ of 10 sets, about \d+ minutes\. Want me to log it\?$/);
    } finally {
      harness.setNow('2026-11-23T15:00:00Z');
    }
  });

  // Found by a helper trying the console (December 6): a workout stopped partway in the morning, "what did I do today"
  // that evening was "Nothing logged for today", and "how's my week going" "Nothing logged yet this week", with no word
  // of the sets done. The answer says what is not counted yet, and how to finish or log it.
  it('progress for today or this week says what a workout stopped or skipped through today did, not yet counted', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(chat, 3);
    await chat.intent('EndWorkoutIntent');
    await chat.send((opts) => sessionEndedRequest(opts, 'EXCEEDED_MAX_REPROMPTS'));
    const today = '2026-11-23';
    for (const slots of [{ date: today }, {}] as Record<string, string>[]) {
      const told = await new Conversation({ handler: harness.handler, device }).intent('WeeklyProgressIntent', slots);
      await expectWellFormed(told);
      expect(spoken(told), JSON.stringify(slots)).toMatch(
        /Not counted yet: the strength workout you stopped partway earlier today\. You worked on 1 of 5 exercises: 2 of 10 sets, about \d+ minutes\. To finish it, say resume my workout; to log what you did, say log my workout\./,
      );
    }
    // Skipped through to the end: only the log is offered.
    const skipped = await skippedToTheEnd();
    expect(spoken(await new Conversation({ handler: harness.handler, device: skipped }).intent('WeeklyProgressIntent', {}))).toMatch(
      /Not counted yet: the strength workout you went through earlier today, skipping some of it\. .*To log what you did, say log my workout\./,
    );
    // With a workout under way, its place is the one running: no note (found in review: "say resume my workout").
    const running = new Conversation({ handler: harness.handler, device });
    await running.intent('ResumeWorkoutIntent');
    expect(spoken(await running.intent('WeeklyProgressIntent', {}))).not.toMatch(/Not counted yet/);
    expect(spoken(await running.intent('WeeklyProgressIntent', { date: today }))).not.toMatch(/Not counted yet/);
    // Logged, it is counted, and no note is said.
    const later = new Conversation({ handler: harness.handler, device });
    await later.intent('EndWorkoutIntent');
    await later.intent('AMAZON.YesIntent');
    expect(spoken(await new Conversation({ handler: harness.handler, device }).intent('WeeklyProgressIntent', {}))).not.toMatch(/Not counted yet/);
  });

  it('nothing to resume from another day', async () => {
    const device = harness.device();
    await harness.store.saveWorkout(userKey(device.userId), '2026-W48', { date: '2026-11-22', sessionId: 'rest', index: 1, levels: '', done: '1', familiar: 0 });
    const turn = await new Conversation({ handler: harness.handler, device }).intent('ResumeWorkoutIntent');
    expect(spoken(turn)).toBe("There's no paused workout from today. Want to start today's workout?");
  });
});

// Tried as a user: "my back hurts" paused the workout, and a plain "next" straight after went on with the move that
// hurt, without a word. Going on after pain now asks first; still hurting stops the workout for today.
describe('going on after pain checks in first', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-11-23T15:00:00Z' });
  });
  afterAll(() => harness.close());

  const hurts = { concern: resolvedSlot('concern', 'ConcernName', 'back-pain') };

  async function pausedForPain(chat: Conversation): Promise<Turn> {
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 2);
    const paused = await chat.intent('HealthConcernIntent', hurts);
    expect(spoken(paused)).toMatch(/Your workout is paused, and your place saved\./);
    return paused;
  }

  it('"next" after a pain pause asks whether it still hurts; "no" goes on from where it was', async () => {
    const chat = new Conversation({ handler: harness.handler, device: harness.device() });
    await pausedForPain(chat);
    const asked = await chat.intent('AMAZON.NextIntent');
    await expectWellFormed(asked);
    expect(spoken(asked)).toBe('Before we go on: does it still hurt?');
    expect(place(chat).index).toBe(2);
    const fine = await chat.intent('AMAZON.NoIntent');
    await expectPaced(fine);
    expect(spoken(fine)).toMatch(/^Good\. Go gently, and stop if it comes back\. Let's go on with your strength workout: exercise 1 of 5, deadlifts\./);
    // Asked once: the next step follows without another question.
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/deadlifts|bent-over rows/);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).not.toMatch(/still hurt/);
  });

  // Found in review: HIIT paused for pain in its warm-up went on, after "no", with the running and stair climbing the
  // warm-up had first suggested standing; strength (above) goes on as before.
  it('a HIIT workout gone on with after pain says to keep it low impact', async () => {
    const chat = new Conversation({ handler: harness.handler, device: harness.device() });
    await chat.intent('StartWorkoutIntent', session('hiit'));
    await chat.intent('HealthConcernIntent', hurts);
    await chat.intent('AMAZON.NextIntent');
    const fine = await chat.intent('AMAZON.NoIntent');
    await expectPaced(fine);
    expect(spoken(fine)).toMatch(/^Good\. Go gently: keep it low impact, with no running or stairs today, and stop if it comes back\. Let's go on with your HIIT workout/);
  });

  // Noticed at the last stop: "just tight", answered to "does it still hurt?" after a HIIT pause, gave the tightness care
  // with no word of low impact, and the rounds' running stood.
  it('a HIIT workout gone on with as "just tight" keeps the tightness care, and low impact', async () => {
    const chat = new Conversation({ handler: harness.handler, device: harness.device() });
    await chat.intent('StartWorkoutIntent', session('hiit'));
    await chat.intent('HealthConcernIntent', hurts);
    await chat.intent('AMAZON.NextIntent');
    const tight = await chat.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'just tight') });
    await expectPaced(tight);
    expect(spoken(tight)).toMatch(/^A tight feeling is common\..* Keep it low impact today, with no running or stairs\. Let's go on with your HIIT workout/);
  });

  // Found by a helper trying the console: "no, it's fine now", said to the pain pause, got "Okay. Say next when you're
  // ready", and the next "next" then asked whether it still hurt. A no there cannot tell "it's fine now" from "not now"
  // (the review found my first fix resumed on either): it asks at once, and a no to that goes on.
  it('a no said to the pain pause asks at once whether it still hurts; in a how-to under the pause, it is the how-to\'s', async () => {
    const chat = new Conversation({ handler: harness.handler, device: harness.device() });
    await pausedForPain(chat);
    const asked = await chat.intent('AMAZON.NoIntent');
    await expectWellFormed(asked);
    expect(spoken(asked)).toBe('Before we go on: does it still hurt?');
    expect(spoken(await chat.intent('AMAZON.NoIntent'))).toMatch(/^Good\. Go gently, and stop if it comes back\. Let's go on with your strength workout: exercise 1 of 5, deadlifts\./);
    const learning = new Conversation({ handler: harness.handler, device: harness.device() });
    await pausedForPain(learning);
    expect(spoken(await learning.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') }))).toMatch(/\?$/);
    expect(spoken(await learning.intent('AMAZON.NoIntent'))).not.toMatch(/Go gently|Let's go on with your/);
  });

  // Found by a helper trying the console (December 6): "no, it's fine now", said to the pain pause with nothing asked, was
  // asked "does it still hurt?", the question it had just answered. Words that say it has stopped go on at once.
  it('"no, it\'s fine now" or "it doesn\'t hurt anymore", said to the pain pause, goes on; to "does it still hurt?", a no', async () => {
    for (const words of ["no it's fine now", "it doesn't hurt anymore", "the pain's gone"]) {
      const resolved = committedMatcher('en-US').resolve(words);
      expect(resolved.intent, words).toBe('PainGoneIntent');
      const chat = new Conversation({ handler: harness.handler, device: harness.device() });
      await pausedForPain(chat);
      const went = await chat.intent('PainGoneIntent');
      await expectWellFormed(went, { endsOnQuestion: false });
      expect(spoken(went), words).toMatch(/^Good\. Go gently, and stop if it comes back\. Let's go on with your strength workout: exercise 1 of 5, deadlifts\./);
    }
    const asked = new Conversation({ handler: harness.handler, device: harness.device() });
    await pausedForPain(asked);
    expect(spoken(await asked.intent('AMAZON.NextIntent'))).toBe('Before we go on: does it still hurt?');
    expect(spoken(await asked.intent('PainGoneIntent'))).toMatch(/^Good\. Go gently/);
    // With nothing paused, it is a no as any other ("Want to hear more?" "No, I'm fine now").
    const idle = new Conversation({ handler: harness.handler, device: harness.device() });
    expect(spoken(await idle.intent('PainGoneIntent'))).toBe(spoken(await new Conversation({ handler: harness.handler, device: harness.device() }).intent('AMAZON.NoIntent')));
  });

  // Found by a helper trying the console as an older British user: "it's alright now, carry on" after "my back hurts", or
  // "no, it is fine now" after "yes, still bothering me… let's not train today", said goodbye and closed the session.
  it('pain said to have passed with nothing asked, after pain told today, offers the workout and asks no more', async () => {
    for (const before of ['told', 'rested'] as const) {
      const chat = harness.conversation();
      await chat.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'my back') });
      if (before === 'rested') {
        expect(spoken(await chat.intent('StartWorkoutIntent'))).toMatch(/Does it still hurt\?|still bothering you\?/);
        expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/let's not train today/);
      }
      const gone = await chat.intent('PainGoneIntent');
      await expectWellFormed(gone);
      expect(spoken(gone), before).toBe("Glad it's eased. Go gently, and stop if it comes back. Want to start today's workout?");
      expect(gone.sessionEnded, before).toBe(false);
      expect(spoken(await chat.intent('AMAZON.YesIntent')), before).toMatch(/Warm up/);
    }
    // Stopped for the pain earlier today: picked up, never asked again whether it still hurts (found in review).
    const stopped = harness.conversation();
    await stopped.intent('StartWorkoutIntent', session('strength'));
    await stopped.intent('AMAZON.NextIntent');
    await stopped.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'back-pain') });
    await stopped.intent('EndWorkoutIntent');
    expect(spoken(await stopped.intent('PainGoneIntent'))).toBe("Glad it's eased. Go gently, and stop if it comes back. Want to pick up where you left off?");
    const picked = spoken(await stopped.intent('AMAZON.YesIntent'));
    expect(picked).not.toMatch(/hurt/);
    expect(picked).toMatch(/strength workout/);
    const hindi = harness.conversation({ locale: 'hi-IN' });
    await hindi.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'kamar mein dard') });
    const inHindi = await hindi.intent('PainGoneIntent');
    await expectWellFormed(inHindi);
    expect(spoken(inHindi)).toMatch(/आज का workout शुरू करें\?$/);
  });

  // Tried as a user (December 5): "repeat" after the pain pause asked "does it still hurt?" instead of saying the advice again.
  it('"repeat" after the pain pause says the advice again; going on still asks first', async () => {
    const chat = new Conversation({ handler: harness.handler, device: harness.device() });
    const paused = await pausedForPain(chat);
    const again = await chat.intent('AMAZON.RepeatIntent');
    await expectWellFormed(again, { endsOnQuestion: false });
    expect(spoken(again)).toBe(spoken(paused));
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toBe('Before we go on: does it still hurt?');
  });

  // Tried as a user (December 5): "I feel better now", said to the pain pause, got "That's not something I can help
  // with yet", and "I'm much better" "I don't know that one yet". Better told is asked whether it still hurts first.
  it('"I feel better now" or "I\'m much better" to the pain pause asks whether it still hurts; at rest, glad to hear it', async () => {
    for (const [intent, slots] of [
      ['HealthConcernIntent', committedMatcher('en-US').resolve('I feel better now').slots],
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'much better') }],
    ] as const) {
      const chat = new Conversation({ handler: harness.handler, device: harness.device() });
      await pausedForPain(chat);
      const asked = await chat.intent(intent, slots);
      await expectWellFormed(asked);
      expect(spoken(asked), intent).toBe('Before we go on: does it still hurt?');
      expect(spoken(await chat.intent('AMAZON.NoIntent')), intent).toMatch(/^Good\. Go gently, and stop if it comes back\. Let's go on with your strength workout/);
    }
    expect(committedMatcher('en-US').resolve('I feel better now')).toMatchObject({ intent: 'HealthConcernIntent', match: 'exact' });
    // To "does it still hurt?", "I'm fine" is a no, and the workout goes on (tried as a user: "I don't know that one yet").
    const fine = new Conversation({ handler: harness.handler, device: harness.device() });
    await pausedForPain(fine);
    expect(spoken(await fine.intent('AMAZON.NextIntent'))).toBe('Before we go on: does it still hurt?');
    const heard = committedMatcher('en-US').resolve("I'm fine");
    expect(spoken(await fine.intent(heard.intent, heard.slots)), heard.intent).toMatch(/^Good\. Go gently, and stop if it comes back\./);
    // "It's fine", heard through "it's {direction}" (found in review: "Sorry, I didn't get that").
    const itsFine = new Conversation({ handler: harness.handler, device: harness.device() });
    await pausedForPain(itsFine);
    await itsFine.intent('AMAZON.NextIntent');
    const level = committedMatcher('en-US').resolve("it's fine");
    expect(spoken(await itsFine.intent(level.intent, level.slots)), level.intent).toMatch(/^Good\. Go gently, and stop if it comes back\./);
    const atRest = await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'better now') });
    await expectWellFormed(atRest);
    expect(spoken(atRest)).toMatch(/^(Quick note: [^.]*\. )?Glad you're feeling better\. What else/);
    // After pain told this session: where to turn if it comes back (found in review).
    const sore = harness.conversation();
    await sore.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'back-pain') });
    const better = await sore.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'better now') });
    expect(spoken(better)).toMatch(/^Glad you're feeling better\. Take it easy today, and if it comes back, see a doctor\./);
  });

  // Found in review: after a warning sign today ("I have chest pain"), "start over" led back into the workout paused
  // for pain, through "does it still hurt?" and a no.
  it('no way back into a workout after a warning sign today: start over, or a no to "does it still hurt?"', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await pausedForPain(chat);
    await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'chest-pain') });
    const welcomed = new Conversation({ handler: harness.handler, device });
    const welcome = spoken(await welcomed.launch());
    expect(welcome).not.toMatch(/pick up where you left off/);
    // Tried as a user (December 5): the welcome said "Today is a strength day … there's still time" after chest pain.
    expect(welcome).toMatch(/^Welcome back\. I hope you're feeling better\. After the warning sign you told me about earlier, no workout today: rest, and if it comes back or worries you, see a doctor\./);
    expect(welcome).not.toMatch(/still time|is a strength day/);
    const later = new Conversation({ handler: harness.handler, device });
    expect(spoken(await later.intent('AMAZON.StartOverIntent'))).toMatch(/^You told me about a warning sign a little while ago, so no workout today./);
    const asked = new Conversation({ handler: harness.handler, device });
    await asked.intent('ResumeWorkoutIntent');
    expect(spoken(await asked.intent('AMAZON.NoIntent'))).not.toMatch(/Go gently/);
    // A swap asked about is never offered, to be refused at the yes (found by a helper trying the console: "You can: the
    // cardio workout works in place of today's", then "no workout today").
    const swap = new Conversation({ handler: harness.handler, device });
    expect(spoken(await swap.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'just walk instead') }))).toMatch(/^You told me about a warning sign a little while ago, so no workout today\./);
  });

  it('"yes, it still hurts" stops the workout for today, points to a professional, and keeps the place', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await pausedForPain(chat);
    await chat.intent('ResumeWorkoutIntent');
    const stopped = await chat.intent('AMAZON.YesIntent');
    await expectWellFormed(stopped, { endsOnQuestion: false });
    expect(spoken(stopped)).toMatch(/^Then let's stop for today\./);
    expect(spoken(stopped)).toMatch(/doctor or a physiotherapist/);
    expect(stopped.sessionEnded).toBe(true);
    // Picked up later today, it asks again before the move that hurt.
    const later = new Conversation({ handler: harness.handler, device });
    expect(spoken(await later.intent('ResumeWorkoutIntent'))).toBe('Before we go on: does it still hurt?');
    expect(spoken(await later.intent('AMAZON.NoIntent'))).toMatch(/^Good\. .*Back to your strength workout: exercise 1 of 5, deadlifts\./);
  });

  it('anything but an answer asks again; "it still hurts" is a yes', async () => {
    const chat = new Conversation({ handler: harness.handler, device: harness.device() });
    await pausedForPain(chat);
    await chat.intent('AMAZON.NextIntent');
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toBe('Before we go on: does it still hurt? Say yes or no.');
    const stopped = await chat.intent('HealthConcernIntent');
    expect(spoken(stopped)).toMatch(/^Then let's stop for today\./);
    expect(stopped.sessionEnded).toBe(true);
  });

  // Found by a helper trying the console: "it aches" took "it" for the concern and was out of scope; a reply not
  // understood got the general workout help, and the question was lost.
  it('"it aches" or "it\'s a dull ache" is a yes; a reply not understood asks the question again', async () => {
    const matcher = committedMatcher('en-US');
    for (const said of ['it aches', "it's kind of a dull ache", 'yeah it still aches a bit']) {
      expect(matcher.literal(said).map((match) => match.intent), said).toEqual(['HealthConcernIntent']);
    }
    const chat = new Conversation({ handler: harness.handler, device: harness.device() });
    await pausedForPain(chat);
    await chat.intent('AMAZON.NextIntent');
    expect(spoken(await chat.intent('AMAZON.FallbackIntent'))).toBe("Sorry, I didn't get that. Before we go on: does it still hurt? Say yes or no.");
    const stopped = await chat.intent('HealthConcernIntent', matcher.literal('it aches')[0]?.slots ?? {});
    expect(spoken(stopped)).toMatch(/^Then let's stop for today\./);
  });

  // Found by a helper trying the console: after the pause, "what should I do now" ended "Say next to carry on".
  it('a side question while paused for pain says the workout is paused, never "say next to carry on"', async () => {
    const chat = new Conversation({ handler: harness.handler, device: harness.device() });
    await pausedForPain(chat);
    for (const [intent, slots] of [['WhatsNextIntent', {}], ['TopicIntent', { topic: resolvedSlot('topic', 'TopicName', 'protein') }]] as const) {
      const turn = await chat.intent(intent, slots);
      expect(spoken(turn), intent).not.toMatch(/carry on/);
      expect(spoken(turn), intent).toMatch(/Your workout is paused\. Say, resume my workout, only when it feels right\.$/);
    }
  });

  // Found by a helper trying the console (December 5): "it hurts", then "what do I do now", taught the move that hurt.
  it('"what do I do now" or "is it safe to do this" while paused for pain gets rest and a physio, never the move that hurt', async () => {
    for (const [intent, slots] of [
      ['WorkoutForDayIntent', { date: 'PRESENT_REF' }],
      ['HowToCurrentIntent', {}],
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'safe to do this') }],
      // Found by a helper trying the console (December 6): "should I stop" was "I don't know that one yet", and "what
      // should I do" (no day said) told how far the workout had got.
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'stop') }],
      ['WorkoutForDayIntent', {}],
    ] as const) {
      const chat = new Conversation({ handler: harness.handler, device: harness.device() });
      await pausedForPain(chat);
      const turn = await chat.intent(intent, slots);
      await expectWellFormed(turn);
      expect(spoken(turn), intent).not.toMatch(/How to do|Step 1/);
      expect(spoken(turn), intent).toMatch(/physiotherapist/);
      expect(spoken(turn), intent).toMatch(/Your workout is paused\. Say, resume my workout, only when it feels right\./);
    }
  });

  // Found in review: "start my workout", then "no" to picking up, started one from the top without asking.
  it('starting any workout while one waits on pain asks first', async () => {
    const chat = new Conversation({ handler: harness.handler, device: harness.device() });
    await pausedForPain(chat);
    expect(spoken(await chat.intent('StartWorkoutIntent'))).toBe('Before we go on: does it still hurt?');
    // Another kind asks before it starts, and a "no" starts it (found in review: it went back to the one paused).
    expect(spoken(await chat.intent('StartWorkoutIntent', session('hiit')))).toBe('Before we start: you told me something hurts. Does it still hurt?');
    expect(spoken(await chat.intent('AMAZON.NoIntent'))).toMatch(/^Good\. Go gently, and stop if it comes back\. .*HIIT/);
  });

  it('pain said again with no question pending keeps the workout paused', async () => {
    const chat = new Conversation({ handler: harness.handler, device: harness.device() });
    await pausedForPain(chat);
    await chat.intent('WhatsNextIntent');
    expect(spoken(await chat.intent('HealthConcernIntent', hurts))).toMatch(/Your workout is paused/);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toBe('Before we go on: does it still hurt?');
  });

  // Found by a helper trying the console: "I feel weird" paused the workout, and "next" went straight on.
  it('feeling unwell mid-workout: going on asks whether it has passed; "no" goes on', async () => {
    const chat = new Conversation({ handler: harness.handler, device: harness.device() });
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 2);
    expect(spoken(await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'unwell') }))).toMatch(/Your workout is paused/);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toBe('Before we go on: do you still feel unwell?');
    expect(spoken(await chat.intent('AMAZON.NoIntent'))).toMatch(/^Good\. Go gently, and stop if it comes back\. Let's go on with your strength workout/);
  });

  it('a condition said mid-workout pauses it, and going on asks nothing about pain', async () => {
    const chat = new Conversation({ handler: harness.handler, device: harness.device() });
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 2);
    await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'diabetes') });
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).not.toMatch(/still hurt/);
  });
});

// Found by a helper trying the console: "I'm out of breath" mid-HIIT got the warning-sign answer, stopped the workout
// and kept any workout from starting that day, though HIIT is meant to leave you breathless; "my glutes are burning
// is that ok" paused it. The effort a hard round asks for is said to be normal, with the signs that are not.
describe('breathing hard and a muscle burn mid-workout', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-11-23T15:00:00Z' });
  });
  afterAll(() => harness.close());

  const effort = { concern: resolvedSlot('concern', 'ConcernName', 'effort') };

  it('is answered as the effort it is, with what would be a reason to stop, and the workout goes on', async () => {
    const chat = new Conversation({ handler: harness.handler, device: harness.device() });
    await chat.intent('StartWorkoutIntent', session('hiit'));
    await nextTimes(chat, 3);
    const at = place(chat).index;
    const turn = await chat.intent('HealthConcernIntent', effort);
    await expectWellFormed(turn, { endsOnQuestion: false });
    expect(spoken(turn)).toMatch(/^Breathing hard and a burn in the muscles you're working are normal .* stop now if you have chest pain, feel dizzy or faint, or still can't catch your breath after resting\. Say next to carry on with your workout\.$/);
    expect(turn.sessionEnded).toBe(false);
    expect(place(chat).index).toBe(at);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).not.toMatch(/still hurt/);
    // No warning sign was kept: a workout starts later today.
    expect(spoken(await new Conversation({ handler: harness.handler, device: harness.device() }).intent('StartWorkoutIntent'))).not.toMatch(/warning sign/);
  });

  // Found by a helper trying the console (December 3): "my left arm feels numb" mid-HIIT got "say next to carry on".
  it('an arm or a hand gone numb stops the workout, as a warning sign, in English and in Hindi', async () => {
    for (const [locale, said] of [['en-US', 'my left arm feels numb'], ['en-US', "my arm's gone numb"], ['hi-IN', 'बायां हाथ सुन्न हो गया']] as const) {
      const chat = new Conversation({ handler: harness.handler, device: harness.device({ locale }) });
      await chat.intent('StartWorkoutIntent', session('hiit'));
      await nextTimes(chat, 2);
      const [heard] = committedMatcher(locale).literal(said);
      expect(heard?.intent, said).toBe('HealthConcernIntent');
      const turn = await chat.intent('HealthConcernIntent', heard!.slots);
      await expectWellFormed(turn);
      expect(spoken(turn), said).toMatch(locale === 'en-US' ? /^Stop now\b.*sudden weakness or numbness.*I've stopped your workout/ : /अचानक कमज़ोरी या सुन्नपन/);
      expect(chat.attributes.workout, said).toBeUndefined();
    }
    // Found in review: "my left arm went numb when I do rows" put the arm alone in the concern slot, heard as pain.
    for (const [part, answer] of [['left arm', /^Stop now\b/], ['leg', /^Numbness, tingling or weakness is a reason to stop/]] as const) {
      const chat = new Conversation({ handler: harness.handler, device: harness.device() });
      await chat.intent('StartWorkoutIntent', session('hiit'));
      await nextTimes(chat, 2);
      const turn = await chat.intent('HealthConcernIntent', { numbPart: unmatchedSlot('numbPart', 'ConcernName', part) });
      expect(spoken(turn), part).toMatch(answer);
      expect(chat.attributes.workout, part).toBeUndefined();
    }
  });

  // Found by a helper trying the console: "sharp pain in my knee" mid-set was heard as the knee alone, and got the pause
  // that says to resume "when it feels right", beside "if it is sharp, see a doctor before you train again". Sharp pain
  // stops the workout for today; in the chest it is a warning sign.
  it.each([
    ['sharp pain in my knee', /^Stop now: with a sharp pain, we stop for today\./],
    ['I felt a sharp pain in my lower back', /^Stop now: with a sharp pain, we stop for today\./],
    ['I have a sharp pain', /^Stop now: with a sharp pain, we stop for today\./],
    // Found by a helper trying the console mid-HIIT (December 7): the lenient matcher alone.
    ['ow sharp pain in my lower back', /^Stop now: with a sharp pain, we stop for today\./],
    // Found trying the console mid-workout: the part and how it hurts said one after the other was out of scope.
    ['my back hurts sharp pain', /^Stop now: with a sharp pain, we stop for today\./],
    ["my knee is killing me it's a sharp pain", /^Stop now: with a sharp pain, we stop for today\./],
    ['my chest hurts like a stabbing pain', /^Stop now, and sit or lie down to rest\./],
    ['sharp pain in my chest', /^Stop now, and sit or lie down to rest\./],
    ['घुटने में तेज़ दर्द है', /^अभी रुक जाइए: तेज़ दर्द हो, तो आज exercise बंद\./],
    ['mere ghutne mein tez dard ho raha hai', /^अभी रुक जाइए: तेज़ दर्द हो, तो आज exercise बंद\./],
    ['सीने में तेज़ दर्द है', /^अभी रुक जाइए, और बैठ या लेट जाइए/],
  ])('"%s" mid-workout stops it for today', async (said, answer) => {
    const locale = /^[\x00-\x7f]+$/.test(said) && !said.startsWith('mere') ? 'en-US' : 'hi-IN';
    const chat = new Conversation({ handler: harness.handler, device: harness.device({ locale }) });
    await chat.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(chat, 2);
    const [heard, ...others] = committedMatcher(locale).literal(said);
    expect(others, said).toEqual([]);
    expect(heard?.intent, said).toBe('HealthConcernIntent');
    const turn = await chat.intent('HealthConcernIntent', heard!.slots);
    await expectWellFormed(turn, { endsOnQuestion: false });
    expect(spoken(turn)).toMatch(answer);
    expect(spoken(turn)).not.toMatch(/when it feels right|Mild soreness|जारी रखो/);
    expect(chat.attributes.workout).toBeUndefined();
    // A workout asked for later today hears why not.
    expect(spoken(await chat.intent('StartWorkoutIntent'))).not.toMatch(/^Exercise 1|warm/i);
  });

  // Found by a helper trying the console: "we stop for today… see a doctor or a physiotherapist before you train again",
  // and the next day's workout started unasked. It asks for their okay first, in any session, until one is said.
  it('a sharp pain, numbness or a warning sign: the next day, a workout first asks for a doctor\'s okay; being out of breath keeps its day alone', async () => {
    const sharp = await startHarness({ now: '2026-11-23T15:00:00Z' });
    try {
      for (const [said, slots] of [
        ['sharp pain in my knee', committedMatcher('en-US').literal('sharp pain in my knee')[0]!.slots],
        ['my leg went numb', { numbPart: unmatchedSlot('numbPart', 'ConcernName', 'my leg') }],
        ['chest pain', { concern: resolvedSlot('concern', 'ConcernName', 'chest-pain') }],
      ] as const) {
        sharp.setNow('2026-11-23T15:00:00Z');
        const device = sharp.device();
        const chat = new Conversation({ handler: sharp.handler, device, clock: () => new Date('2026-11-23T15:00:00Z') });
        await chat.intent('StartWorkoutIntent', session('strength'));
        await nextTimes(chat, 2);
        await chat.intent('HealthConcernIntent', slots);
        sharp.setNow('2026-11-24T15:00:00Z');
        const nextDay = new Conversation({ handler: sharp.handler, device, clock: () => new Date('2026-11-24T15:00:00Z') });
        const asked = spoken(await nextDay.intent('StartWorkoutIntent'));
        expect(asked, said).toMatch(/Has your doctor said this kind of exercise is okay for you\?$/);
        expect(nextDay.attributes.workout, said).toBeUndefined();
        await nextDay.intent('AMAZON.YesIntent');
        expect(nextDay.attributes.workout, said).toBeDefined();
      }
      // Out of breath just after a workout is a warning sign's day, and no more (found in review: every workout after it
      // asked for a doctor's okay; it may be the effort, or a warning sign denied through a carrier).
      sharp.setNow('2026-11-23T15:00:00Z');
      const breathless = sharp.device();
      await new Conversation({ handler: sharp.handler, device: breathless, clock: () => new Date('2026-11-23T15:00:00Z') }).intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'breathlessness') });
      sharp.setNow('2026-11-25T15:00:00Z');
      const later = new Conversation({ handler: sharp.handler, device: breathless, clock: () => new Date('2026-11-25T15:00:00Z') });
      expect(spoken(await later.intent('StartWorkoutIntent'))).not.toMatch(/Has your doctor said/);
    } finally {
      await sharp.close();
    }
  });

  it('a warning sign said the same way still stops it', async () => {
    const chat = new Conversation({ handler: harness.handler, device: harness.device() });
    await chat.intent('StartWorkoutIntent', session('hiit'));
    await nextTimes(chat, 3);
    const turn = await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'breathlessness') });
    expect(spoken(turn)).toMatch(/I've stopped your workout/);
  });
});

describe('a level changed mid-workout', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-11-23T15:00:00Z' });
  });
  afterAll(() => harness.close());

  // Found by a helper trying the console (December 6): mid-HIIT, "Your new level starts with the next exercise", and every
  // round after stayed as it was: there is no next exercise in its rounds.
  it('mid-HIIT rounds, says the level starts with the next workout; in the warm-up, the rounds take it', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('hiit'));
    await nextTimes(chat, 2);
    const set = await chat.intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', 'advanced') });
    await expectWellFormed(set, { endsOnQuestion: false });
    expect(spoken(set)).toBe("Got it: advanced. I'll pace your workouts at advanced from now on. This workout keeps its level to the end; the new one starts with your next workout. Say next to carry on with your workout.");
    // In strength, a second change before the next exercise, or one made after going back, still reaches the next one
    // (found in a second review: each was told "your next workout").
    const twice = harness.conversation();
    await twice.intent('StartWorkoutIntent', session('strength'));
    await nextTimes(twice, 1);
    await twice.intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', 'intermediate') });
    expect(spoken(await twice.intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', 'beginner') }))).toMatch(/Your new level starts with the next exercise\./);
    const early = harness.conversation();
    await early.intent('StartWorkoutIntent', session('hiit'));
    expect(spoken(await early.intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', 'advanced') }))).toMatch(/Your new level starts with the next exercise\./);
    await early.intent('AMAZON.NextIntent');
    expect(spoken(await early.intent('AMAZON.NextIntent'))).toMatch(/^Round 1 of 20\./);
  });

  it('keeps the exercise under way and the place, and applies from the next exercise, across sessions', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await nextTimes(chat, 2);
    expect(place(chat)).toMatchObject({ index: 2, levels: 'bbbbb' });
    const set = await chat.intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', 'advanced') });
    await expectWellFormed(set, { endsOnQuestion: false });
    expect(spoken(set)).toBe("Got it: advanced. I'll pace your workouts at advanced from now on. Your new level starts with the next exercise. Say next to carry on with your workout.");
    expect(place(chat)).toMatchObject({ index: 2, levels: 'bbbbb' });

    const set2 = await chat.intent('AMAZON.NextIntent');
    expect(spoken(set2)).toMatch(/^Set 2 of 2\./);
    expect(place(chat)).toMatchObject({ index: 3, levels: 'baaaa' });
    const rows = await chat.intent('AMAZON.NextIntent');
    expect(spoken(rows)).toMatch(/^Exercise 2 of 5: bent-over rows\. At advanced level, do 3 sets of 12\./);
    expect(place(chat)).toMatchObject({ index: 4, levels: 'baaaa' });

    await chat.send((opts) => sessionEndedRequest(opts, 'EXCEEDED_MAX_REPROMPTS'));
    const later = new Conversation({ handler: harness.handler, device });
    const resumed = await later.intent('ResumeWorkoutIntent');
    expect(spoken(resumed)).toMatch(/^Back to your strength workout: exercise 2 of 5, bent-over rows\. Set 1 of 3 is done\./);
    expect(spoken(await later.intent('AMAZON.NextIntent'))).toMatch(/Set 2 of 3\./);
  });
});

describe('cues that fit the listener', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-11-23T15:00:00Z' });
  });
  afterAll(() => harness.close());

  it('the full form the first time, one short cue once the user has done the move, the full version on asking', async () => {
    const device = harness.device();
    const first = new Conversation({ handler: harness.handler, device });
    await first.intent('StartWorkoutIntent');
    const deadlifts = await nextTimes(first, 2);
    // Found by a helper trying the console: the guided workout never said a move's safety note, though good mornings,
    // which the article singles out as risky done wrong, open a strength day. The first time, it is said after the cues.
    expect(spoken(deadlifts)).toContain(
      'Hips back, chest proud. Keep the weights close to your legs. Flat back from start to finish. Stand tall and squeeze your glutes. Never round your lower back to reach lower. Start light, and stop if you feel sharp pain. Go.',
    );
    await first.intent('AMAZON.NextIntent');
    expect((await harness.store.history(userKey(device.userId))).profile?.knownExercises).toEqual(['deadlift']);
    await first.intent('AMAZON.StopIntent');

    // The next day's strength workout also starts with deadlifts.
    harness.setNow('2026-11-27T15:00:00Z');
    const later = new Conversation({ handler: harness.handler, device });
    await later.intent('StartWorkoutIntent', session('strength'));
    const again = await nextTimes(later, 2);
    expect(spoken(again)).toMatch(/^Exercise 1 of 5: deadlifts\. At beginner level, do 2 sets of 8\. Hips back, chest proud\. Go\./);
    expect(spoken(again)).not.toMatch(/Start light/);
    const more = await later.intent('AMAZON.MoreIntent');
    expect(spoken(more)).toContain('Keep the weights close to your legs. Flat back from start to finish.');
    expect(spoken(more)).toMatch(/Say next to carry on with your workout\.$/);
    expect(spoken(await later.intent('AMAZON.NextIntent'))).toMatch(/^Set 2 of 2/);
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
    const first = await nextTimes(chat, 2);
    const screen = renderDocument(first.response);
    expect(screen?.datasources.workout.title).toBe('Deadlifts');
    expect(screen?.datasources.workout.progress).toMatch(/Exercise 1 of 5/);
    expect(screen?.datasources.workout.steps.length).toBeGreaterThan(2);
    await expectPaced(first);

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

// Found by a helper trying the console: "can we just skip to the cool down" was heard as a new workout asked for, and
// "no" to picking up the HIIT started another workout from scratch, the HIIT lost.
describe('"skip to the cool-down"', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it.each([
    ['en-US', 'can we just skip to the cool down'],
    ['en-US', 'skip the rest of the rounds'],
    ['en-US', 'take me to the cool down'],
    ['en-US', 'i wanna go straight to the cooldown'],
    ['hi-IN', 'सीधे cool down पर चलो'],
    ['hi-IN', 'baaki ke round chhodo'],
  ] as const)('%s "%s" is understood', (locale, said) => {
    expect(committedMatcher(locale).literal(said).map((match) => match.intent)).toEqual(['CoolDownIntent']);
  });

  // Found in review: between sets, "skip the rest" (the rest before the next set) threw away the workout; on a recovery
  // day, "stretching shuru karo" and "skip to the stretching" are the day's own work.
  it('never takes "skip the rest" or a stretch asked for', () => {
    expect(committedMatcher('en-US').literal('skip the rest').map((match) => match.intent)).not.toContain('CoolDownIntent');
    expect(committedMatcher('en-US').literal('skip to the stretching').map((match) => match.intent)).not.toContain('CoolDownIntent');
    expect(committedMatcher('hi-IN').literal('stretching shuru karo').map((match) => match.intent)).toEqual(['StartWorkoutIntent']);
  });

  it('mid-HIIT, goes to the cool-down; what was skipped is not counted as done', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('hiit'));
    await nextTimes(chat, 3);
    const cool = await chat.intent('CoolDownIntent');
    await expectWellFormed(cool, { endsOnQuestion: false, maxSeconds: MAX_RESPONSE_SECONDS });
    expect(spoken(cool)).toMatch(/Cool down for \d+ minutes at an easy pace/);
    expect(spoken(cool)).not.toMatch(/Round \d+ of/);
    // Already in it, the cool-down is where it stays.
    expect(spoken(await chat.intent('CoolDownIntent'))).toMatch(/Cool down for \d+ minutes/);
    let said = spoken(cool);
    for (let turns = 0; turns < 10 && !/log|logged|done/i.test(said); turns += 1) said = spoken(await chat.intent('AMAZON.NextIntent'));
    expect(said).not.toMatch(/all 10 rounds/);
  });

  it('with no workout under way, says so and offers one', async () => {
    expect(spoken(await harness.conversation().intent('CoolDownIntent'))).toMatch(/no workout running/i);
  });
});

// Found trying the console as a user (December 4): mid-workout, "skip the deadlifts" was "not something I can help
// with", and "let's skip the rows" said where rows are found.
describe('"skip the deadlifts": an exercise named to skip', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-11-24T15:00:00Z' });
  });
  afterAll(() => harness.close());
  const named = (said: string) => {
    const [match, ...others] = committedMatcher('en-US').literal(said);
    expect(others, said).toEqual([]);
    expect(match?.intent, said).toBe('SkipExerciseIntent');
    return match!;
  };

  it.each(['skip the deadlifts', "let's skip the rows", 'can we skip the side plank', 'can I skip the glute bridge', 'skip the good mornings', "let's skip the side plank", 'can I skip the deadlift', 'can we skip the superman'])('"%s" is a skip with the exercise', (said) => {
    expect(named(said).slots.exercise?.value).toBeDefined();
  });

  it('skips the one coming up when it is named; one later is for later, one done or not in the workout is said so', async () => {
    const plain = harness.conversation();
    await plain.intent('StartWorkoutIntent', session('strength'));
    const warm = spoken(await plain.intent('AMAZON.NextIntent'));
    // Tuesday's strength session: good mornings, the suitcase carry, bent-over rows, the glute bridge, the side plank.
    expect(warm).toMatch(/Say next when you're ready for good mornings\.$/);
    const skipped = spoken(await plain.intent('SkipExerciseIntent'));

    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await chat.intent('AMAZON.NextIntent');
    const at = chat.attributes.workout;
    // Rows come later in this session: kept for when they come, and nothing moves now.
    const later = await chat.intent('SkipExerciseIntent', named("let's skip the rows").slots);
    await expectWellFormed(later, { endsOnQuestion: false });
    expect(spoken(later)).toMatch(/^Okay, I'll leave out bent-over rows when we get there\./);
    expect(chat.attributes.workout).toEqual({ ...(at as object), skipping: 4 });
    // Deadlifts are not in it.
    const absent = await chat.intent('SkipExerciseIntent', named('skip the deadlifts').slots);
    expect(spoken(absent)).toMatch(/^This workout doesn't have deadlifts\./);
    expect(chat.attributes.workout).toEqual({ ...(at as object), skipping: 4 });
    // Good mornings, up next: skipped, as "skip" would.
    expect(spoken(await chat.intent('SkipExerciseIntent', named('skip the good mornings').slots))).toBe(skipped);
    // Now they are behind.
    expect(spoken(await chat.intent('SkipExerciseIntent', named('skip the good mornings').slots))).toMatch(/^We've already been through good mornings\./);
  });

  // Noticed at the last stop: "skip the rows" said before they came was only "when we do, say skip".
  it('a move named to skip before it comes is left out when the workout gets to it, and never counted', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('SkipExerciseIntent', named('skip the rows').slots);
    expect(spoken(await chat.intent('SkipExerciseIntent'))).toMatch(/suitcase carry/i);
    const past = spoken(await chat.intent('SkipExerciseIntent'));
    expect(past).toMatch(/Leaving out bent-over rows, as you asked\./);
    expect(past).toMatch(/glute bridge/i);
    expect(past).not.toMatch(/^Exercise 3 of 5/);
    // Said again for a move already left out, it is said so, and nothing changes.
    expect(spoken(await chat.intent('SkipExerciseIntent', named('skip the side plank').slots))).toMatch(/^Okay, I'll leave out the side plank/);
    expect(spoken(await chat.intent('SkipExerciseIntent', named('skip the side plank').slots))).toMatch(/^Okay, I'll leave out the side plank/);
    // Only the glute bridge's first set, heard through, was done: the rows left out never count.
    expect(spoken(await chat.cutIn(2).intent('EndWorkoutIntent'))).toMatch(/You worked on 1 of 5 exercises: 1 of \d+ sets/);
  });

  // Found by a helper trying the console (December 6): after "skip the rows", the suitcase carry's last rest still said
  // "Next up: bent-over rows… Say next when you're ready for bent-over rows", and "what's next" named them.
  it('a move to be left out is never previewed: the one after it is', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('SkipExerciseIntent', named('skip the rows').slots);
    const said: string[] = [];
    for (let step = 0; step < 12 && !said.at(-1)?.includes('Leaving out'); step += 1) {
      if (chat.attributes.workout && said.length > 0) said.push(`(what's next) ${spoken(await chat.intent('WhatsNextIntent'))}`);
      said.push(spoken(await chat.intent('AMAZON.NextIntent')));
    }
    expect(said.at(-1)).toMatch(/Leaving out bent-over rows, as you asked\./);
    const before = said.slice(0, -1).join(' | ');
    expect(before).not.toMatch(/rows/);
    expect(before).toMatch(/Next up: the glute bridge\./);
    expect(before).toMatch(/Say next when you're ready for the glute bridge\./);
  });

  // Found by trying the console as a user: "skip the plank" in a HIIT session, the slot hearing a move the catalogue does
  // not teach, skipped every round to the cool-down.
  it.each(['plank', 'the plank', 'push ups', 'squats'])('"skip %s", a move not in the workout nor the catalogue, is said to be absent; nothing moves', async (move) => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('hiit'));
    await chat.intent('AMAZON.NextIntent');
    const at = chat.attributes.workout;
    const turn = await chat.intent('SkipExerciseIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', move) });
    await expectWellFormed(turn, { endsOnQuestion: false });
    expect(spoken(turn)).toMatch(/^That move isn't in this workout\./);
    expect(chat.attributes.workout).toEqual(at);
  });

  it('"skip the rest" between sets goes on, and "skip the cool-down" before it comes is said to be at the end', async () => {
    const plain = harness.conversation();
    await plain.intent('StartWorkoutIntent', session('strength'));
    await plain.intent('AMAZON.NextIntent');
    await plain.intent('AMAZON.NextIntent');
    const next = spoken(await plain.intent('AMAZON.NextIntent'));
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    const rest = committedMatcher('en-US').resolve('skip the rest');
    expect(rest.intent).toBe('SkipExerciseIntent');
    expect(spoken(await chat.intent(rest.intent, rest.slots))).toBe(next);
    const at = chat.attributes.workout;
    const cool = committedMatcher('en-US').resolve('skip the cool down');
    expect(cool.intent).toBe('SkipExerciseIntent');
    expect(spoken(await chat.intent(cool.intent, cool.slots))).toMatch(/^The cool-down comes at the end: when we get there, say skip\./);
    expect(chat.attributes.workout).toEqual(at);
  });

  it('in Hindi too: "deadlift वाली exercise छोड़ दो", "rows wali exercise skip karo"', async () => {
    for (const [said, id] of [
      ['deadlift वाली exercise छोड़ दो', 'deadlift'],
      ['rows wali exercise skip karo', 'bent-over-row'],
      ['side plank वाली exercise skip कर दो', 'side-plank'],
      // Found in the second review: as "{level} कर दो" these skipped whatever was current.
      ['side plank skip कर दो', 'side-plank'],
      ['rows skip karo', 'bent-over-row'],
    ] as const) {
      const [match, ...others] = committedMatcher('hi-IN').literal(said);
      expect(others, said).toEqual([]);
      expect(match?.intent, said).toBe('SkipExerciseIntent');
      expect(match?.slots.exercise?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id, said).toBe(id);
    }
    const chat = harness.conversation({ locale: 'hi-IN' });
    await chat.intent('StartWorkoutIntent', session('strength'));
    await chat.intent('AMAZON.NextIntent');
    const [rows] = committedMatcher('hi-IN').literal('rows wali exercise skip karo');
    // "sugar छोड़ दो" and "आज रहने दो" name no exercise (found in review).
    for (const said of ['sugar छोड़ दो', 'आज रहने दो', 'meetha chhod do']) expect(committedMatcher('hi-IN').resolve(said).intent, said).not.toBe('SkipExerciseIntent');
    const later = await chat.intent(rows!.intent, rows!.slots);
    await expectWellFormed(later, { endsOnQuestion: false });
    expect(spoken(later)).toMatch(/की बारी आएगी, तो उसे छोड़ देंगे\./);
  });

  it('"skip today" is still a day off asked about, not a skip', () => {
    for (const said of ['skip today', 'can I skip today']) expect(committedMatcher('en-US').resolve(said).intent, said).toBe('TopicIntent');
  });

  // Found in the second review: every name that is no exercise was a day off ("can I skip the warm up", "the pizza").
  it('with no workout, a name that is no day and no workout is still "no workout running"', async () => {
    for (const said of ['can I skip the warm up', 'skip the cool down', 'can I skip the pizza']) {
      const heard = committedMatcher('en-US').resolve(said);
      expect(spoken(await harness.conversation().intent(heard.intent, heard.slots)), said).not.toMatch(/day off/i);
    }
  });

  // Found in the second review: on a training day, "skip the stretching" skipped the exercise under way.
  it('on a training day, "skip the stretching" before the cool-down says it comes at the end', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await chat.intent('AMAZON.NextIntent');
    const at = chat.attributes.workout;
    const stretching = committedMatcher('en-US').resolve('skip the stretching');
    expect(spoken(await chat.intent(stretching.intent, stretching.slots))).toMatch(/^The cool-down comes at the end/);
    expect(chat.attributes.workout).toEqual(at);
  });

  // Found in review: with no workout, these were "There's no workout running right now".
  it('with no workout, "can I skip the workout today" is a day off asked about, and "can I skip the rest day" the rest day', async () => {
    for (const [said, answer] of [
      ['can I skip the workout today', /day off/i],
      ['skip the gym today', /day off/i],
      ['can I skip the rest day', /rest/i],
    ] as const) {
      const heard = committedMatcher('en-US').resolve(said);
      const turn = await harness.conversation().intent(heard.intent, heard.slots);
      expect(spoken(turn), said).not.toMatch(/no workout running/i);
      expect(spoken(turn), said).toMatch(answer);
    }
  });

  // Found in review: "skip the rest of this exercise" did one set; on a recovery day "skip the stretching" said the
  // cool-down comes at the end; with the cool-down next, "skip the cool down" refused.
  it('"the rest of this exercise" is the plain skip; a recovery day skips as it always did; the cool-down next is skipped', async () => {
    const plain = harness.conversation();
    await plain.intent('StartWorkoutIntent', session('strength'));
    await plain.intent('AMAZON.NextIntent');
    await plain.intent('AMAZON.NextIntent');
    const skipped = spoken(await plain.intent('SkipExerciseIntent'));
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    const rest = committedMatcher('en-US').resolve('skip the rest of this exercise');
    expect(spoken(await chat.intent(rest.intent, rest.slots))).toBe(skipped);

    const recovery = harness.conversation();
    await recovery.intent('StartWorkoutIntent', session('stretch'));
    const stretching = committedMatcher('en-US').resolve('skip the stretching');
    expect(spoken(await recovery.intent(stretching.intent, stretching.slots))).not.toMatch(/cool-down comes at the end/);

    const cooling = harness.conversation();
    await cooling.intent('StartWorkoutIntent', session('strength'));
    let said = '';
    for (let turns = 0; turns < 40 && !/ready to cool down/i.test(said); turns += 1) said = spoken(await cooling.intent('AMAZON.NextIntent'));
    expect(said).toMatch(/ready to cool down/i);
    const cool = committedMatcher('en-US').resolve('skip the cool down');
    expect(spoken(await cooling.intent(cool.intent, cool.slots))).not.toMatch(/cool-down comes at the end/);
  });

  // Found by a helper trying the console (December 6): "skip the warm up", said once it was heard through to "Say next
  // when you're ready for deadlifts", skipped the deadlifts. A warm-up done is said to be done; one under way ends.
  it('"skip the warm up" skips only the warm-up: once done it is said so; under way it ends there', async () => {
    const warmUp = committedMatcher('en-US').resolve('skip the warm up');
    expect(warmUp.intent).toBe('SkipExerciseIntent');
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/Say next when you're ready for good mornings\.$/);
    const at = chat.attributes.workout;
    const done = await chat.intent(warmUp.intent, warmUp.slots);
    await expectWellFormed(done, { endsOnQuestion: false });
    expect(spoken(done)).toMatch(/^The warm-up's already done\. Say next/);
    expect(chat.attributes.workout).toEqual(at);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Exercise 1 of 5: good mornings\./);
    // Past it, the same.
    expect(spoken(await chat.intent(warmUp.intent, warmUp.slots))).toMatch(/^The warm-up's already done\./);
    // Under way, from its first part or its last cut in on, it ends, and the first exercise comes.
    const first = harness.conversation();
    await first.intent('StartWorkoutIntent', session('strength'));
    expect(spoken(await first.cutIn(5).intent(warmUp.intent, warmUp.slots))).toMatch(/^Skipped the warm-up\. Exercise 1 of 5: good mornings\./);
    const last = harness.conversation();
    await last.intent('StartWorkoutIntent', session('strength'));
    await last.cutIn(5).intent('AMAZON.NextIntent');
    expect(spoken(await last.cutIn(5).intent(warmUp.intent, warmUp.slots))).toMatch(/^(Skipped the warm-up\. )?Exercise 1 of 5: good mornings\./);
  });

  it('an exercise it cannot place, or none, is the skip it always was', async () => {
    const plain = harness.conversation();
    await plain.intent('StartWorkoutIntent', session('strength'));
    await plain.intent('AMAZON.NextIntent');
    const skipped = spoken(await plain.intent('SkipExerciseIntent'));
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    await chat.intent('AMAZON.NextIntent');
    expect(spoken(await chat.intent('SkipExerciseIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', 'this thing') }))).toBe(skipped);
    // A move said by a name of its own that the catalogue does not teach is said to be absent (below); one the workout's
    // own move's name says ("the plank", this session's side plank) is that move.
    const plank = harness.conversation();
    await plank.intent('StartWorkoutIntent', session('strength'));
    await plank.intent('AMAZON.NextIntent');
    expect(spoken(await plank.intent('SkipExerciseIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', 'the plank') }))).toMatch(/^Okay, I'll leave out the side plank.* when we get there\./);
  });
});

// Found by a helper trying the console: "next" after "Want me to log what you did?" dropped the question for "which
// exercise would you like to learn?".
describe('"next" with a question pending asks it again', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it('after a workout cut short, the offer to log stays, and a yes then logs it', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('hiit'));
    await nextTimes(chat, 3);
    await chat.intent('CoolDownIntent');
    let said = '';
    for (let turns = 0; turns < 5 && !/Want me to log what you did\?$/.test(said); turns += 1) said = spoken(await chat.intent('AMAZON.NextIntent'));
    expect(said).toMatch(/Want me to log what you did\?$/);
    const again = await chat.intent('AMAZON.NextIntent');
    await expectWellFormed(again);
    expect(spoken(again)).toMatch(/^There's nothing to move on to\. Say yes to log what you did/);
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/[Ll]ogged/);
  });

  // Found by a helper trying the console (December 6): "nah this is dumb I'm quitting", not understood, then "yes", began
  // set 2; "I will continue tomorrow", then "yes", the next exercise.
  it('a bare yes just after something not understood mid-workout asks which: next, or I\'m done', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', session('strength'));
    const before = spoken(await chat.intent('AMAZON.NextIntent'));
    expect(spoken(await chat.intent('AMAZON.FallbackIntent'))).toMatch(/Say next to carry on, or I'm done to stop here\.$/);
    for (const yes of ['AMAZON.YesIntent', 'HedgedYesIntent']) {
      const asked = await chat.intent(yes);
      await expectWellFormed(asked);
      expect(spoken(asked)).toBe("Next, to carry on? Or I'm done, to stop here?");
    }
    expect(spoken(await chat.intent('EndWorkoutIntent'))).toMatch(/stop here|log/i);
    // Next still moves on, and a yes with nothing misheard before it is still a next.
    const going = harness.conversation();
    await going.intent('StartWorkoutIntent', session('strength'));
    await going.intent('AMAZON.NextIntent');
    await going.intent('AMAZON.FallbackIntent');
    expect(spoken(await going.intent('AMAZON.NextIntent'))).not.toBe(before);
    expect(spoken(await going.intent('AMAZON.YesIntent'))).not.toMatch(/^Next, to carry on\?/);
  });

  // Found by a helper trying the console in Hindi (December 7): three things not understood in a row mid-HIIT each got
  // the whole list of commands again, about 45 words, word for word.
  it('not understood twice in a row mid-workout, the list of commands is not said again: only next or I\'m done', async () => {
    for (const [locale, short] of [
      ['en-US', "That's not something I can help with yet. Say next to carry on, or I'm done to stop here."],
      ['hi-IN', 'इसमें मैं अभी मदद नहीं कर सकती. आगे बढ़ने के लिए अगला बोलिए, या रुकने के लिए बस हो गया.'],
    ] as const) {
      const chat = harness.conversation({ locale });
      await chat.intent('StartWorkoutIntent', session('strength'));
      await chat.intent('AMAZON.NextIntent');
      const first = spoken(await chat.intent('AMAZON.FallbackIntent'));
      const second = await chat.intent('AMAZON.FallbackIntent');
      await expectWellFormed(second, { endsOnQuestion: false });
      expect(spoken(second), locale).toBe(short);
      expect(first.length, locale).toBeGreaterThan(spoken(second).length);
      // A yes after it still asks which.
      expect(spoken(await chat.intent('AMAZON.YesIntent')), locale).not.toMatch(/^(Set|Exercise|5 में से)/);
    }
  });
});

// Found in review (December 6): chest pain told at 11:55 PM, and at 12:10 AM the welcome spoke of the day's HIIT and
// "start my workout" began it. In the small hours, the warning sign the evening before stands.
describe('a warning sign late in the evening', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-11-24T04:55:00Z' });
  });
  afterAll(() => harness.close());

  it('still stops workouts in the small hours, and not after 4 AM', async () => {
    const device = harness.device();
    await new Conversation({ handler: harness.handler, device }).intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'chest-pain') });
    // New York time, the harness's: 12:10 AM on Tuesday.
    harness.setNow('2026-11-24T05:10:00Z');
    const welcome = spoken(await new Conversation({ handler: harness.handler, device }).launch());
    expect(welcome).toMatch(/After the warning sign you told me about earlier, no workout today/);
    expect(spoken(await new Conversation({ handler: harness.handler, device }).intent('StartWorkoutIntent'))).toMatch(/^You told me about a warning sign a little while ago, so no workout today\./);
    harness.setNow('2026-11-24T10:00:00Z');
    expect(spoken(await new Conversation({ handler: harness.handler, device }).intent('StartWorkoutIntent'))).not.toMatch(/warning sign/);
  });

  // Found in a second review: at 12:10 AM on the rest day, "can I work out anyway" said "You can", and the yes refused it.
  it('on the rest day in the small hours, "can I work out anyway" says no "you can"', async () => {
    harness.setNow('2026-11-29T04:55:00Z');
    const device = harness.device();
    await new Conversation({ handler: harness.handler, device }).intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'chest-pain') });
    harness.setNow('2026-11-29T05:10:00Z');
    const asked = await new Conversation({ handler: harness.handler, device }).intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'work out anyway') });
    expect(spoken(asked)).not.toMatch(/^You can/);
  });
});
