import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findConcern, findTopic } from '../../lambda/content/catalogue';
import { LATIN_WORDS } from '../../lambda/content/hi-IN/latin-words';
import { LOCALES } from '../../lambda/locales';
import { modelPath } from '../../scripts/model/build';
import { Conversation, type Turn, canFulfillIntentRequest, newSessionId } from '../../scripts/sim/envelope';
import type { InteractionModel } from '../../scripts/sim/nlu';
import { committedMatcher } from '../support/committed-model';
import { type Harness, expectWellFormed, reprompted, resolvedSlot, spoken, ssmlOf, startHarness, unmatchedSlot } from '../support/skill-harness';
import { expectValidSsml } from '../support/ssml';

/**
 * Hindi, whole requests through the real handler from a device in India. 20:00 UTC on Tuesday 24 November 2026 is
 * already Wednesday in Kolkata: a strength day.
 */
const NOW = '2026-11-24T20:00:00Z';
const { catalogue, messages } = LOCALES['hi-IN'];

/** Hindi, with English only in the words hi-IN keeps in Latin script. */
function expectHindi(text: string): void {
  expect(text, 'Hindi is written in Devanagari').toMatch(/\p{Script=Devanagari}/u);
  const english = (text.match(/[A-Za-z]+/g) ?? []).filter((word) => !LATIN_WORDS.has(word.toLowerCase()));
  expect(english, `English outside the allowed words in: ${text}`).toEqual([]);
}

async function expectHindiAnswer(turn: Turn, shape?: Parameters<typeof expectWellFormed>[1]): Promise<string> {
  await expectWellFormed(turn, shape);
  expectHindi(spoken(turn));
  if (turn.response.response.reprompt) expectHindi(reprompted(turn));
  return spoken(turn);
}

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ now: NOW, timeZone: 'Asia/Kolkata' });
});
afterAll(() => harness.close());
const chat = () => harness.conversation({ locale: 'hi-IN' });

describe('hi-IN, a device in Asia/Kolkata', () => {
  // Found in review: "aaj kuch nahi karna hai" heard through "{session} karna hai" started today's workout.
  it('"aaj kuch nahi karna hai" heard as a workout asked for is the day-off answer, never a workout started', async () => {
    const c = chat();
    const turn = await c.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'kuch nahi') });
    await expectHindiAnswer(turn);
    expect(c.attributes.workout).toBeUndefined();
  });

  // Found by a helper trying the console in Hindi (December 6): "tension bahut rehta hai", the health slot taking
  // "tension bahut", was "मैं समझ नहीं पाई".
  it('a topic said with how much, through the health slot, is the topic', async () => {
    const said = await expectHindiAnswer(await chat().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'tension bahut') }));
    expect(said.replace(/^एक ज़रूरी बात[^.]*\. /, '')).toMatch(/^लगातार तनाव से/);
  });

  // Found by a helper trying the console in Hindi (December 5): each reached the fallback, read today's workout, or
  // (through "{level} kar do") a level; "main thak gayi" mid-workout asked what was done.
  it('rest asked for today, however it is said, is the day-off answer; tiredness mid-workout pauses it', async () => {
    const hindi = committedMatcher('hi-IN');
    const DAY_OFF = /कभी-कभार एक दिन की छुट्टी ठीक है/;
    for (const said of ['aaj mujhe aaram chahiye', 'aaj rest day hai', 'aaj aaram karna hai', 'aaj main workout nahi karungi', 'aaj workout nahi karna', 'आज मुझे आराम करना है', 'aaj ka workout skip karna hai', 'aaj mera rest day kar do']) {
      const [match, ...others] = hindi.literal(said);
      expect(others.map((other) => other.intent), said).toEqual([]);
      expect(match, said).toBeDefined();
      expect(await expectHindiAnswer(await chat().intent(match!.intent, match!.slots)), said).toMatch(DAY_OFF);
    }
    for (const said of ['main thak gayi', 'main thak gaya', 'main aur nahi kar sakti']) {
      const c = chat();
      await c.intent('StartWorkoutIntent');
      await c.intent('AMAZON.NextIntent');
      const match = hindi.resolve(said);
      const turn = await c.intent(match.intent, match.slots);
      expectHindi(spoken(turn));
      expect(spoken(turn), said).toMatch(/रुका|आसान/);
      expect(c.attributes.workout, said).toBeDefined();
    }
  });

  it('launches with the welcome and the health notice in Hindi', async () => {
    const said = await expectHindiAnswer(await chat().launch());
    expect(said).toMatch(/^Back Coach में आपका स्वागत है\. /);
    expect(said).toContain(messages.notice);
    expect(said).toMatch(/आप क्या करना चाहेंगे\?$/);
  });

  it('welcomes a returning user back with their day and week', async () => {
    const device = harness.device({ locale: 'hi-IN' });
    const first = new Conversation({ handler: harness.handler, device });
    await first.launch();
    await first.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'strength') });
    await first.end();
    const said = await expectHindiAnswer(await new Conversation({ handler: harness.handler, device }).launch());
    expect(said).toMatch(/^फिर से स्वागत है\. आज का strength workout पूरा हुआ और दर्ज है, और इस हफ़्ते 1 session हो चुका है\. /);
  });

  // Found trying the console in Hindi: the skill's own aim got the pain answer, and a log with its minutes asked what was done.
  it.each([
    ['mujhe kamar ki charbi kam karni hai', 'HowItWorksIntent'],
    ['मुझे कमर की चर्बी कम करनी है', 'HowItWorksIntent'],
  ])('"%s" is the aim the skill is for, never pain', async (said, intent) => {
    const [match, ...others] = committedMatcher('hi-IN').literal(said);
    expect(others).toEqual([]);
    expect(match?.intent).toBe(intent);
    const answer = await expectHindiAnswer(await chat().intent(intent, match?.slots ?? {}));
    expect(answer).not.toContain(catalogue.safety.pain);
  });

  it.each([
    ['maine aaj 30 minute walk kiya', 'LogActivityIntent'],
    ['मैंने आज 30 मिनट walk किया', 'LogActivityIntent'],
    ['maine kal 30 minute walk kiya', 'LogYesterdayIntent'],
  ])('logs "%s" with its minutes', async (said, intent) => {
    const [match, ...others] = committedMatcher('hi-IN').literal(said);
    expect(others).toEqual([]);
    expect(match?.intent).toBe(intent);
    const answer = await expectHindiAnswer(await chat().intent(intent, match?.slots ?? {}));
    expect(answer).toMatch(/^30 मिनट की सैर दर्ज हो गई\./);
  });

  // Found by a helper trying the console (December 3): a time said before what was done, with no "तक", was not a log.
  it.each([
    ['मैंने बीस मिनट दौड़ लगाई', 'LogActivityIntent', /^20 मिनट की दौड़ दर्ज हो गई\./],
    ['maine aadha ghanta walk kiya', 'LogActivityIntent', /^30 मिनट की सैर दर्ज हो गई\./],
    ['मैं आधा घंटा चला', 'LogActivityIntent', /^30 मिनट की सैर दर्ज हो गई\./],
    ['मैंने कल आधा घंटा साइकिल चलाई', 'LogYesterdayIntent', /^30 मिनट की साइकिलिंग दर्ज हो गई\. यह मंगलवार, 24 नवंबर के लिए है\./],
    ['kal maine bees minute cycling ki', 'LogYesterdayIntent', /^20 मिनट की साइकिलिंग दर्ज हो गई\./],
  ])('logs "%s", its time said before what was done', async (said, intent, answer) => {
    const [match, ...others] = committedMatcher('hi-IN').literal(said);
    expect(others).toEqual([]);
    expect(match?.intent).toBe(intent);
    expect(await expectHindiAnswer(await chat().intent(intent, match?.slots ?? {}))).toMatch(answer);
  });

  // Found by a helper trying the console as an older Hindi speaker (December 5): व्यायाम and कसरत, the Hindi words for a
  // workout, got "I don't know that one yet" or "what did you do?".
  it.each([
    ['आज का व्यायाम क्या है', 'WorkoutForDayIntent', /आज strength training का दिन है\./],
    ['मैंने आज का व्यायाम कर लिया', 'FinishedTodayIntent', /strength/],
    ['आज की कसरत शुरू करो', 'StartWorkoutIntent', /आज strength का दिन है: 5 exercise/],
  ])('hears "%s", in the Hindi words for a workout', async (said, intent, answer) => {
    const [match, ...others] = committedMatcher('hi-IN').literal(said);
    expect(others).toEqual([]);
    expect(match?.intent).toBe(intent);
    const turn = await chat().intent(intent, match?.slots ?? {});
    // A workout started ends on its first step, not a question.
    expect(intent === 'StartWorkoutIntent' ? spoken(turn) : await expectHindiAnswer(turn)).toMatch(answer);
  });

  it("gives India's today (a strength day), its moves joined the Hindi way", async () => {
    const said = await expectHindiAnswer(await chat().intent('WorkoutForDayIntent'));
    expect(said).toContain('आज strength training का दिन है.');
    expect(said).toMatch(/\d exercise: [^.]+, और [^,.]+\./);
    expect(said).toMatch(/सीखना हो, तो बोलिए: [^.]+ कैसे करते हैं\. अभी शुरू करें\?$/);
  });

  // Found in review: "कल मैंने क्या किया" came as tomorrow, and got "that hasn't happened yet".
  it('reads कल in a question about what was done as yesterday', async () => {
    const [match] = committedMatcher('hi-IN').literal('कल मैंने क्या किया');
    expect(match?.intent).toBe('WeeklyProgressIntent');
    const said = await expectHindiAnswer(await chat().intent('WeeklyProgressIntent', { date: '2026-11-26' }));
    expect(said).not.toMatch(/अभी आया नहीं/);
    expect(said).toMatch(/कल/);
  });

  // Found by a helper trying the console (December 5): "kal kya kiya", heard as a log of "kya" yesterday, asked what to log.
  it('"kal kya kiya" is a question about yesterday, never a log', async () => {
    for (const said of ['kal kya kiya', 'कल क्या किया']) {
      const [match, ...others] = committedMatcher('hi-IN').literal(said);
      expect(others, said).toEqual([]);
      expect(match?.intent, said).toBe('WeeklyProgressIntent');
      // कल as Alexa resolves it, ahead (the committed matcher's today is another zone's).
      const answer = await expectHindiAnswer(await chat().intent('WeeklyProgressIntent', { date: '2026-11-26' }));
      expect(answer, said).toMatch(/कल/);
      expect(answer, said).not.toMatch(/क्या किया\?|बताइए/);
    }
  });

  // Found by trying the console as an Indian user (December 5): "kal ko maine yoga kiya" was refused as the future,
  // "is hafte ka progress" and "somvaar ko maine yoga kiya" reached the fallback, and a day said first with no को
  // ("budhvar maine 20 minute walk kiya") was logged for today. परसों, two days ahead as Alexa resolves it, is read as a
  // weekday said then is, a week back (found in review: "budhvar ko" on a Monday must not go to Saturday).
  it('reads कल said of what was done as yesterday, and a day said first, logged or asked about', async () => {
    const hindi = committedMatcher('hi-IN');
    for (const [said, intent] of [
      ['parson kya kiya', 'WeeklyProgressIntent'],
      ['is hafte ka progress', 'WeeklyProgressIntent'],
      ['meri progress', 'WeeklyProgressIntent'],
      ['इस हफ़्ते की प्रगति', 'WeeklyProgressIntent'],
      ['kal ko maine yoga kiya', 'LogActivityIntent'],
      ['budhvar maine 20 minute walk kiya', 'LogYesterdayIntent'],
      ['परसों मैंने 20 मिनट walk किया', 'LogYesterdayIntent'],
      ['somvaar ko maine yoga kiya', 'LogActivityIntent'],
    ] as const) {
      const [match, ...others] = hindi.literal(said);
      expect(others, said).toEqual([]);
      expect(match?.intent, said).toBe(intent);
    }
    const c = chat();
    // As Alexa resolves them, ahead: कल is Thursday the 26th; Friday said on a Wednesday is the 27th.
    const yoga = await expectHindiAnswer(await c.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'stretch', 'yoga'), date: '2026-11-26' }));
    expect(yoga).toMatch(/दर्ज हो गया\. यह मंगलवार, 24 नवंबर के लिए है\./);
    const walk = await expectHindiAnswer(await c.intent('LogYesterdayIntent', { activity: resolvedSlot('activity', 'ActivityName', 'walk'), minutes: '20', date: '2026-11-27' }));
    expect(walk).toMatch(/^20 मिनट की सैर दर्ज हो गई\. यह शुक्रवार, 20 नवंबर के लिए है\./);
    expect(c.attributes.lastLog).toBeDefined();
  });

  // Found by a helper trying the console as an Indian user (December 5): a time of day said first with no "maine", what
  // was done first and its minutes after, and a game played reached the fallback or "बताइए आपने क्या किया".
  it('logs a walk told with its time of day first, minutes said after, and a game played', async () => {
    const hindi = committedMatcher('hi-IN');
    for (const said of ['aaj shaam ko 20 minute walk kiya', 'shaam ko bhi 20 minute walk kiya tha', 'raat ko 15 minute walk kiya', 'subah cycling ki thi 30 minute', 'abhi abhi 20 minute walk karke aayi hu', 'शाम को 20 मिनट walk किया', 'maine cricket khela 2 ghante', 'maine 2 ghante tak badminton khela']) {
      const [match, ...others] = hindi.literal(said);
      expect(others, said).toEqual([]);
      expect(match?.intent, said).toBe('LogActivityIntent');
    }
    // कल with its time of day is yesterday's (found in review).
    for (const said of ['kal shaam ko 20 minute walk kiya', 'kal subah 30 minute yoga kiya']) {
      const [kal, ...more] = hindi.literal(said);
      expect(more, said).toEqual([]);
      expect(kal?.intent, said).toBe('LogYesterdayIntent');
    }
    const c = chat();
    const [walk] = hindi.literal('aaj shaam ko 20 minute walk kiya');
    expect(await expectHindiAnswer(await c.intent('LogActivityIntent', walk?.slots ?? {}))).toMatch(/^20 मिनट की सैर दर्ज हो गई\./);
    const [game] = hindi.literal('maine cricket khela 2 ghante');
    expect(await expectHindiAnswer(await c.intent('LogActivityIntent', game?.slots ?? {}))).toMatch(/^120 मिनट cardio दर्ज हो गया\./);
    expect(await expectHindiAnswer(await c.intent('WeeklyProgressIntent'))).toMatch(/1 सैर, कुल 20 मिनट/);
  });

  // Found by a helper trying the console in Hindi (December 6): the slot took "maine badminton", "1 घंटा बैडमिंटन" or "kal
  // maine yoga", and it asked what was done; the hour said in Hindi was lost, and कल inside the slot logged for today.
  it('logs a game or yoga told with "maine", "kal" or an hour in Hindi inside the slot', async () => {
    const log = async (c: ReturnType<typeof chat>, said: string, more: Record<string, string> = {}) =>
      expectHindiAnswer(await c.intent('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', said), ...more }));
    expect(await log(chat(), 'maine badminton', { duration: 'PT1H' })).toMatch(/^60 मिनट cardio दर्ज हो गया\./);
    expect(await log(chat(), '1 घंटा बैडमिंटन')).toMatch(/^60 मिनट cardio दर्ज हो गया\./);
    expect(await log(chat(), '2 ghante cricket')).toMatch(/^120 मिनट cardio दर्ज हो गया\./);
    // Wednesday the 25th: कल is Tuesday the 24th.
    expect(await log(chat(), 'kal maine yoga', { minutes: '20' })).toMatch(/^20 मिनट stretching और आराम दर्ज हो गया\. यह मंगलवार, 24 नवंबर के लिए है\./);
  });

  // Found by a helper trying the console in Hindi (December 6), each as the model hears it: "मैंने आज workout पूरा कर
  // लिया" asked what was done; "mujhe intermediate level par karo" asked which level; "HIIT kaise shuru karein", said back
  // to the skill's own offer, started the warm-up timer.
  it('logs the day\'s workout said done in Hindi, sets a level named, and teaches HIIT asked how to start', async () => {
    const hindi = committedMatcher('hi-IN');
    const said = async (c: ReturnType<typeof chat>, words: string) => {
      const heard = hindi.resolve(words);
      expect(heard.match, words).toBe('exact');
      return expectHindiAnswer(await c.intent(heard.intent, heard.slots));
    };
    expect(await said(chat(), 'मैंने आज workout पूरा कर लिया')).toMatch(/दर्ज/);
    const level = chat();
    expect(await said(level, 'mujhe intermediate level par karo')).not.toMatch(/कौन सा\?/);
    expect(level.attributes.level).toBe('intermediate');
    const how = chat();
    await said(how, 'HIIT kaise shuru karein');
    expect(how.attributes.workout).toBeUndefined();
    // A level named beside a way to move is no level to set (found in review: "beginner se upar karo" set beginner).
    const upward = chat();
    expect(await expectHindiAnswer(await upward.intent('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', 'beginner se upar') }))).not.toMatch(/^ठीक है: beginner/);
    expect(upward.attributes.level).not.toBe('beginner');
    // A reminder for tomorrow, said with कल first: asked about as a reminder, never the fallback.
    for (const words of ['kal yaad dilana subah 6 baje', 'kal subah 6 baje yaad dilana', 'कल सुबह 6 बजे याद दिलाना']) {
      expect(hindi.resolve(words).intent, words).toBe('SetReminderIntent');
      expect(await said(chat(), words), words).toMatch(/याद/);
    }
    // "Aaj aaram ka din hai kya": today's plan (the fallback).
    for (const words of ['aaj aaram ka din hai kya', 'क्या आज आराम का दिन है']) expect(hindi.resolve(words).intent, words).toBe('WorkoutForDayIntent');
    // Extra steps yesterday, said with "maine" or nothing first (the fallback).
    for (const words of ['kal 2000 kadam extra chala', 'मैंने कल 2000 कदम ज़्यादा चले']) expect(hindi.resolve(words), words).toMatchObject({ intent: 'LogYesterdayIntent', match: 'exact' });
    // "मैंने कल…" is no reminder: कल of something done is yesterday.
    expect(hindi.resolve('kal 30 minute walk kiya').intent).toBe('LogYesterdayIntent');
  });

  // Found by a helper trying the console as an Indian user (December 5): each reached the fallback, or "I don't know that one".
  it('answers everyday Indian food questions asked the way people ask them', async () => {
    const hindi = committedMatcher('hi-IN');
    for (const [said, answer] of [
      ['rice kha sakte hain kya', /^चावल खा सकते हैं/],
      ['ghee se mota hote hain', /^थोड़ा घी ठीक है\./],
      ['sugar wali chai chalegi', /^चाय या कॉफ़ी पीना ठीक है\./],
      ['chai peena chhod du kya', /^चाय या कॉफ़ी पीना ठीक है\./],
      ['navratri mein kya khaye', /^उपवास तभी मदद करता है/],
      ['belt wali machine se fat kam hota hai kya', /^नहीं\. बेल्ट/],
      ['paneer se mota hote hain kya', /^पनीर से protein अच्छा मिलता है/],
    ] as const) {
      const [match, ...others] = hindi.literal(said);
      expect(others, said).toEqual([]);
      expect(match?.intent, said).toBe('TopicIntent');
      const reply = await expectHindiAnswer(await chat().intent('TopicIntent', match?.slots ?? {}));
      expect(reply.replace(messages.notice, '').trim(), said).toMatch(answer);
    }
  });

  // Found in review (December 5): "kya hiit safe hai", the health slot taking "hiit", logged a HIIT session. The slot
  // holds the move alone for "deadlifts hurt" too, so the answer is the safe one.
  it('"kya hiit safe hai" gets the safe answer, and logs nothing', async () => {
    // Heard word for word but for its open slot, as Alexa sends what a custom slot took.
    const match = committedMatcher('hi-IN').resolve('kya hiit safe hai');
    expect(match.intent).toBe('HealthConcernIntent');
    const c = chat();
    const said = await expectHindiAnswer(await c.intent(match.intent, match.slots ?? {}));
    expect(said).toMatch(/डॉक्टर या फ़िज़ियोथेरेपिस्ट/);
    expect(said).not.toMatch(/दर्ज/);
    expect(c.attributes.lastLog).toBeUndefined();
  });

  // Tried in the console (December 6): "chalo shuru" said while paused was heard by the lenient matcher alone.
  it('"chalo shuru" while paused carries the workout on', async () => {
    const [match, ...others] = committedMatcher('hi-IN').literal('chalo shuru');
    expect(others).toEqual([]);
    expect(match?.intent).toBe('LetsGoIntent');
    const c = chat();
    await c.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
    await c.intent('AMAZON.NextIntent');
    await c.intent('AMAZON.PauseIntent');
    // A set paced inside the speech runs past 30 seconds, as every set does.
    const went = spoken(await c.intent('LetsGoIntent'));
    expect(went).toMatch(/5 में से exercise 1/);
  });

  it("says how long today's workout takes, in Hindi", async () => {
    const said = await expectHindiAnswer(await chat().intent('WorkoutLengthIntent'));
    expect(said).toMatch(/आज का strength workout beginner level पर लगभग \d+ मिनट का है, warm-up और cool-down मिलाकर\. शुरू करें\?$/);
  });

  it('names a later day and date in Hindi', async () => {
    const said = await expectHindiAnswer(await chat().intent('WorkoutForDayIntent', { date: '2026-12-08' }));
    expect(said).toContain('मंगलवार, 8 दिसंबर HIIT का दिन है.');
    const tomorrow = await expectHindiAnswer(await chat().intent('WorkoutForDayIntent', { date: '2026-11-26' }));
    expect(tomorrow).toContain('कल cardio का दिन है. 20 मिनट तक कुछ ऐसा कीजिए जो आपको पसंद हो');
  });

  it('says how often a move comes in the week, in Hindi', async () => {
    const said = await expectHindiAnswer(await chat().intent('WeeklyPlanIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'deadlift', 'deadlift') }));
    expect(said).toContain('strength कसरतें हफ़्ते में तीन बार');
  });

  it('asks what time in the evening for "हर शाम", and reads the answer in the evening', async () => {
    const session = chat();
    const [asked] = committedMatcher('hi-IN').literal('मुझे हर शाम याद दिलाना');
    expect(await expectHindiAnswer(await session.intent(asked!.intent, asked!.slots))).toBe('शाम को कितने बजे याद दिलाऊँ, जैसे 6 बजे, या 7:30 बजे?');
    const [answer] = committedMatcher('hi-IN').literal('7 बजे');
    expect(await expectHindiAnswer(await session.intent(answer!.intent, answer!.slots))).toContain('हर दिन, शाम 7 बजे');
  });

  it('"ना" to a time read in the evening asked about asks for the time again in Hindi; "ना" to one said as it is read leaves it', async () => {
    const session = chat();
    const [asked] = committedMatcher('hi-IN').literal('मुझे हर शाम याद दिलाना');
    await session.intent(asked!.intent, asked!.slots);
    const [answer] = committedMatcher('hi-IN').literal('7 बजे');
    await session.intent(answer!.intent, answer!.slots);
    const [no] = committedMatcher('hi-IN').literal('नहीं');
    expect(await expectHindiAnswer(await session.intent(no!.intent))).toBe('ठीक है. अगर रिमाइंडर चाहिए, तो किस समय याद दिलाऊँ, जैसे सुबह 7 बजे, या शाम 6:30 बजे?');
    // Asked again with no part of the day: the same "7 बजे" is now 7 in the morning, as said, and "ना" to it leaves it.
    expect(await expectHindiAnswer(await session.intent(answer!.intent, answer!.slots))).toContain('हर दिन, सुबह 7 बजे');
    expect(await expectHindiAnswer(await session.intent(no!.intent))).toMatch(/^ठीक है, मैंने कुछ नहीं लगाया\./);
  });

  it('cancelling reminders without the permission says nothing was seen, and never asks for it', async () => {
    const said = await expectHindiAnswer(await chat().intent('CancelRemindersIntent'));
    expect(said).toMatch(/^अनुमति के बिना मैं आपके रिमाइंडर देख नहीं सकती/);
  });

  it('reads the week with Hindi weekday names', async () => {
    const said = await expectHindiAnswer(await chat().intent('WeeklyPlanIntent'));
    expect(said).toContain('यह रहा आपका हफ़्ता. सोमवार, strength. मंगलवार, HIIT.');
  });

  it('teaches an exercise step by step, and pages all the steps', async () => {
    const session = chat();
    const first = await expectHindiAnswer(
      await session.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman', 'superman') }),
    );
    expect(first).toContain('चलिए सीखते हैं, superman कैसे करते हैं.');
    expect(first).toContain('कुल 5 step हैं. Step 1: पेट के बल ज़मीन पर लेट जाइए.');
    const next = await expectHindiAnswer(await session.intent('AMAZON.NextIntent'));
    expect(next).toMatch(/^Step 2: /);
    const all = await expectHindiAnswer(await session.intent('AllStepsIntent'));
    expect(all).toMatch(/^superman कैसे करें\. Step 1: /);
  });

  it('says the named variation a Hinglish speaker asks for', async () => {
    const said = await expectHindiAnswer(
      await chat().intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'deadlift', 'romanian deadlift') }),
    );
    expect(said).toContain('Romanian deadlift में घुटने हल्के मुड़े रहते हैं');
  });

  it('answers a topic question from the Hindi catalogue', async () => {
    const said = await expectHindiAnswer(await chat().intent('TopicIntent', { topic: resolvedSlot('topic', 'TopicName', 'fiber') }));
    expect(said).toContain(findTopic(catalogue, 'fiber')!.answer);
  });

  it('never promises spot reduction', async () => {
    const said = await expectHindiAnswer(await chat().intent('SpotReductionIntent'));
    expect(said).toContain('नहीं. Spot reduction काम नहीं करता.');
  });

  it('sends pain, injuries and health questions to a doctor or physiotherapist, and chest pain to one today', async () => {
    for (const concern of ['sciatica', 'lower-back-pain', 'medical-advice']) {
      const said = await expectHindiAnswer(await chat().intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', concern) }));
      expect(said, concern).toContain('डॉक्टर या फ़िज़ियोथेरेपिस्ट');
      expect(findConcern(catalogue, concern)).toBeDefined();
    }
    const urgent = await expectHindiAnswer(await chat().intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'chest-pain') }));
    expect(urgent).toMatch(/अभी रुक जाइए.*आज ही डॉक्टर.*112/);
    // Found in a blind batch: said these ways, they were not understood, or heard as a question about a topic.
    for (const [said, answer] of [
      ['मुझे चक्कर आ रहे हैं', /अभी रुक जाइए/],
      ['सांस फूल रही है', /अभी रुक जाइए/],
      ['mera kamar dard kar raha hai', /डॉक्टर या फ़िज़ियोथेरेपिस्ट/],
      ['मेरी पीठ के निचले हिस्से में दर्द है', /डॉक्टर या फ़िज़ियोथेरेपिस्ट/],
      ['मुझे sugar है क्या मैं यह exercise कर सकता हूं', /अपने डॉक्टर से ज़रूर पूछिए/],
    ] as const) {
      const [heard] = committedMatcher('hi-IN').literal(said);
      expect(heard?.intent, said).toBe('HealthConcernIntent');
      expect(await expectHindiAnswer(await chat().intent('HealthConcernIntent', heard?.slots ?? {})), said).toMatch(answer);
    }
    // Vomiting, blood and blurred vision are warning signs too, in either script.
    for (const said of ['उल्टी आ रही है', 'ulti ho rahi hai', 'peshab mein khoon']) {
      const [sign] = committedMatcher('hi-IN').literal(said);
      expect(sign?.intent, said).toBe('HealthConcernIntent');
      expect(await expectHindiAnswer(await chat().intent('HealthConcernIntent', sign?.slots ?? {})), said).toMatch(/अभी रुक जाइए.*उल्टी.*112/);
    }
    // "उल्टी तरफ़" is the other side (the superman's own step says it): never a warning sign.
    const otherSide = await expectHindiAnswer(await chat().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'उल्टी तरफ़ का पैर') }));
    expect(otherSide).not.toMatch(/अभी रुक जाइए/);
  });

  it('answers an age ("मेरी उम्र 70 साल है") with the Hindi answer about starting safely at any age', async () => {
    const [age] = committedMatcher('hi-IN').literal('मेरी उम्र 70 साल है');
    expect(age?.intent).toBe('HealthConcernIntent');
    const said = await expectHindiAnswer(await chat().intent('HealthConcernIntent', age?.slots ?? {}));
    expect(said).toContain(catalogue.safety.age);
    // The move that hurt, named as people name it: the pain answer.
    const [pain] = committedMatcher('hi-IN').literal('plank करते समय मेरी कमर में दर्द हो रहा है');
    expect(pain?.intent).toBe('HealthConcernIntent');
    expect(await expectHindiAnswer(await chat().intent('HealthConcernIntent', pain?.slots ?? {}))).toContain('डॉक्टर या फ़िज़ियोथेरेपिस्ट');
  });

  // Found trying hi-IN: "60 साल की उम्र में HIIT" was out of scope, and "क्या 60 साल की उम्र में HIIT ठीक है" got the HIIT answer.
  it.each([
    '60 साल की उम्र में HIIT',
    'क्या 60 साल की उम्र में HIIT ठीक है',
    'मैं 65 साल का हूँ क्या मैं deadlift कर सकता हूँ',
    'मेरी उम्र 62 है क्या HIIT ठीक है',
    '60 saal ki umar mein hiit theek hai kya',
    'main 65 saal ka hoon kya squats theek hai',
  ])('an age said with the move asked about, "%s", gets the answer about age first', async (said) => {
    const [heard, ...others] = committedMatcher('hi-IN').literal(said);
    expect(others, 'one intent').toEqual([]);
    expect(heard, said).toBeDefined();
    expect(await expectHindiAnswer(await chat().intent(heard!.intent, heard!.slots))).toContain(catalogue.safety.age);
  });

  // Found in review: the move slot of these patterns can hold what is wrong, and an age is no reason to miss it.
  it.each([
    ['main 65 saal ka hoon kya chest pain ke saath hiit kar sakta hoon', /अभी रुक जाइए/],
    ['मैं 65 साल का हूँ क्या मैं सीने में दर्द के साथ HIIT कर सकता हूँ', /अभी रुक जाइए/],
    ['60 साल की उम्र में कमर दर्द के साथ squats ठीक है', /डॉक्टर या फ़िज़ियोथेरेपिस्ट/],
  ] as const)('pain said in the move\'s place, "%s", comes before the age', async (said, answer) => {
    // An open move slot: what Alexa sends when it hears the pattern with words that name no move.
    const heard = committedMatcher('hi-IN').resolve(said);
    expect(heard.intent, said).toBe('HealthConcernIntent');
    expect(heard.slots.move?.value, said).toBeDefined();
    const spokenAnswer = await expectHindiAnswer(await chat().intent(heard.intent, heard.slots));
    expect(spokenAnswer).toMatch(answer);
    expect(spokenAnswer).not.toContain(catalogue.safety.age);
  });

  it('a number that is no age, said with a move ("मेरी उम्र 12 है क्या HIIT ठीक है"), is answered about the move', async () => {
    const [heard] = committedMatcher('hi-IN').literal('मेरी उम्र 12 है क्या HIIT ठीक है');
    expect(heard?.intent).toBe('HealthConcernIntent');
    expect(await expectHindiAnswer(await chat().intent(heard!.intent, heard!.slots))).toContain('HIIT यानी');
  });

  // Found in a fourth fresh batch of Hindi speech: "can I do this" after a pregnancy, and the medical advice question.
  it.each([
    ['मैं प्रेग्नेंट हूँ क्या मैं ये कर सकती हूँ', 'pregnancy'],
    ['main pregnant hoon kya main ye workout kar sakti hoon', 'pregnancy'],
    ['kya ye medical advice hai', 'medical-advice'],
  ] as const)('"%s" gets the safe answer for its kind, in Hindi', async (said, kind) => {
    const [match, ...others] = committedMatcher('hi-IN').literal(said);
    expect(others).toEqual([]);
    expect(match?.intent).toBe('HealthConcernIntent');
    expect(await expectHindiAnswer(await chat().intent('HealthConcernIntent', match?.slots ?? {}))).toContain(catalogue.safety[kind]);
  });

  // Found in a fourth fresh batch of Hindi speech: "हफ़्ते" written without the nukta matched no sample.
  it.each([
    ['इस हफ्ते का record reset करो', 'ResetWeekIntent'],
    ['HIIT हफ्ते में कितनी बार करूं', 'WeeklyPlanIntent'],
    ['इस हफ्ते मैंने कितना किया', 'WeeklyProgressIntent'],
  ])('hears "%s" with "हफ्ते" as with "हफ़्ते"', (said, intent) => {
    const [match, ...others] = committedMatcher('hi-IN').literal(said);
    expect(others).toEqual([]);
    expect(match?.intent).toBe(intent);
  });

  it('answers a fever, a cold or nausea with the answer to rest, and a period with its own, in Hindi', async () => {
    for (const [said, kind] of [
      ['मुझे बुखार है क्या मैं workout कर सकता हूँ', 'unwell'],
      ['जी मिचला रहा है', 'unwell'],
      ['mujhe bukhar hai', 'unwell'],
      ['पीरियड्स में exercise कर सकते हैं', 'period'],
      ['kya main periods mein workout kar sakti hoon', 'period'],
    ] as const) {
      const [match] = committedMatcher('hi-IN').literal(said);
      expect(match?.intent, said).toBe('HealthConcernIntent');
      expect(await expectHindiAnswer(await chat().intent('HealthConcernIntent', match?.slots ?? {})), said).toContain(catalogue.safety[kind]);
    }
  });

  it('logs, counts it in the week, and says the week in Hindi', async () => {
    const session = chat();
    const logged = await expectHindiAnswer(
      await session.intent('LogActivityIntent', { activity: resolvedSlot('activity', 'ActivityName', 'cardio'), duration: 'PT30M' }),
    );
    expect(logged).toContain('30 मिनट cardio दर्ज हो गया. इस हफ़्ते cardio session: 1.');
    const steps = await expectHindiAnswer(await session.intent('LogActivityIntent', { steps: '2000' }));
    expect(steps).toContain('2,000 कदम ज़्यादा दर्ज हो गए.');
    const progress = await expectHindiAnswer(await session.intent('WeeklyProgressIntent'));
    // What is still to do is said once, under what is left, never as a zero here.
    // Steps alone are no walk.
    // Cardio with its minutes, as a walk has.
    expect(progress).toMatch(/^इस हफ़्ते: 1 cardio session, कुल 30 मिनट और 2,000 कदम ज़्यादा\./);
  });

  it.each(['saturday', 'Saturday', 'शनिवार', 'shanivar'])('takes the rest day said as "%s"', async (day) => {
    const said = await expectHindiAnswer(await chat().intent('SetRestDayIntent', { day }));
    expect(said).toMatch(/^हो गया\. अब शनिवार आपके आराम का दिन है/);
  });

  it('coaches a guided workout in Hindi', async () => {
    const session = chat();
    const start = await session.intent('StartWorkoutIntent');
    await expectValidSsml(ssmlOf(start), 'hi-IN');
    expectHindi(spoken(start));
    expect(spoken(start)).toContain('आज strength का दिन है: 5 exercise, ');
    const next = await session.intent('AMAZON.NextIntent');
    await expectValidSsml(ssmlOf(next), 'hi-IN');
    expectHindi(spoken(next));
    expectHindi(await expectHindiAnswer(await session.intent('HowManyLeftIntent'), { endsOnQuestion: false }));
  });

  // Found by a helper trying the console (December 5): "aage kya hai" in set 1 said set 2 was done ("पूरा हो गया").
  it('"what\'s next" in the first set says the second is next, never that it is done', async () => {
    const session = chat();
    await session.intent('StartWorkoutIntent');
    await session.intent('AMAZON.NextIntent');
    await session.intent('AMAZON.NextIntent');
    const upcoming = spoken(await session.intent('WhatsNextIntent'));
    expect(upcoming).toMatch(/^आगे: 2 में से set 2\./);
    expect(upcoming).not.toContain('पूरा हो गया');
  });

  it("starts another day's session in Hindi", async () => {
    const start = await chat().intent('StartWorkoutIntent', { date: '2026-11-26' });
    await expectValidSsml(ssmlOf(start), 'hi-IN');
    expect(spoken(start)).toContain('ठीक है, गुरुवार वाला cardio workout: ');
  });

  it('"iske badle kya karun" after pain told is rest today, in Hindi, and no workout suggested', async () => {
    const [instead] = committedMatcher('hi-IN').literal('iske badle kya karun');
    expect(instead?.intent).toBe('AMAZON.HelpIntent');
    const c = chat();
    await c.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'lower-back-pain') });
    await c.intent('StartWorkoutIntent');
    await c.intent('AMAZON.YesIntent');
    const said = await expectHindiAnswer(await c.intent('AMAZON.HelpIntent'));
    expect(said).toMatch(/^आज आराम ही plan है: .*डॉक्टर या फ़िज़ियोथेरेपिस्ट/);
    expect(said).toContain(messages['help.felt.meanwhile']);
    expect(await expectHindiAnswer(await c.intent('AMAZON.FallbackIntent'))).toContain(messages['fallback.felt']);
  });

  it('helps, thanks and says goodbye in Hindi', async () => {
    const session = chat();
    await expectHindiAnswer(await session.intent('AMAZON.HelpIntent'));
    await expectHindiAnswer(await session.intent('ThanksIntent'));
    await expectHindiAnswer(await session.intent('AMAZON.StopIntent'));
  });
});

describe('a name-free request in Hindi (CanFulfillIntentRequest)', () => {
  it('is one the skill can answer when Hindi names a known exercise, and never speaks', async () => {
    const device = harness.device({ locale: 'hi-IN' });
    const exercise = resolvedSlot('exercise', 'ExerciseName', 'superman', 'सुपरमैन');
    const { response } = await harness.handler(canFulfillIntentRequest({ ...device, sessionId: newSessionId(), newSession: true }, 'ExerciseHowToIntent', { exercise }));
    expect(response.canFulfillIntent).toEqual({ canFulfill: 'YES', slots: { exercise: { canUnderstand: 'YES', canFulfill: 'YES' } } });
    expect(response.outputSpeech).toBeUndefined();
  });
});

describe('every hi-IN intent answers in Hindi', () => {
  const model = JSON.parse(readFileSync(modelPath('hi-IN'), 'utf8')) as InteractionModel;
  const BUILT_IN: Readonly<Record<string, string>> = { 'AMAZON.DATE': '2026-11-27', 'AMAZON.DURATION': 'PT20M', 'AMAZON.NUMBER': '1500', 'AMAZON.DayOfWeek': 'शनिवार' };
  const slotsFor = (intent: (typeof model.interactionModel.languageModel.intents)[number]) =>
    Object.fromEntries(
      (intent.slots ?? []).map((slot) => {
        const value = model.interactionModel.languageModel.types?.find((type) => type.name === slot.type)?.values?.[0];
        return [slot.name, value?.id ? resolvedSlot(slot.name, slot.type, value.id, value.name.value) : (BUILT_IN[slot.type] ?? '')];
      }),
    );
  const intents = model.interactionModel.languageModel.intents.filter((intent) => intent.name !== 'AMAZON.NavigateHomeIntent');

  it.each(intents.map((intent) => [intent.name, intent] as const))('%s, asked on its own and in a guided workout', async (_, intent) => {
    for (const before of [[], ['StartWorkoutIntent', 'AMAZON.NextIntent']]) {
      const session = chat();
      for (const name of before) await session.intent(name);
      const turn = await session.intent(intent.name, slotsFor(intent));
      if (!turn.response.response.outputSpeech) continue;
      await expectValidSsml(ssmlOf(turn), 'hi-IN');
      expectHindi(spoken(turn));
      if (turn.response.response.reprompt) expectHindi(reprompted(turn));
    }
  });
});

describe('npm start -- --locale hi-IN', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  it('understands Hindi and Hinglish and answers in Hindi, through the real handler', async () => {
    const data = mkdtempSync(join(tmpdir(), 'back-coach-console-'));
    folders.push(data);
    const lines = ['back coach खोलो', 'aaj ka workout kya hai', 'superman kaise karte hain', 'agla', 'ruko', 'mera level kya hai', 'kal ka workout kya hai'];
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/sim/console.ts', '--data', data, '--locale', 'hi-IN', '--time-zone', 'Asia/Kolkata', ...lines],
      { timeout: 60_000 },
    );
    expect(stdout).toContain('You: back coach खोलो\nAlexa: Back Coach में आपका स्वागत है.');
    // The console runs on today's clock: today or tomorrow may be the rest day, said so.
    expect(stdout).toMatch(/You: aaj ka workout kya hai\nAlexa: आज (\S+( training)?|आपके आराम) का दिन है\./);
    expect(stdout).toContain('You: superman kaise karte hain\nAlexa: चलिए सीखते हैं, superman कैसे करते हैं.');
    expect(stdout).toMatch(/You: agla\nAlexa: Step 2: /);
    expect(stdout).toContain('You: ruko\nAlexa: ठीक है. अगले step के लिए तैयार हों, तो अगला बोलिए.');
    expect(stdout).toMatch(/You: mera level kya hai\nAlexa: आप beginner level पर हैं\./);
    expect(stdout).toMatch(/You: kal ka workout kya hai\nAlexa: कल (\S+( training)?|आपके आराम) का दिन है\./);
    expect(stdout).not.toContain('understood by the console');
  });
});

// Found by a helper trying the console in Hindi (December 6): each asked "कौन सा?", and the level stayed.
it('a level set right with one denied: "मैं beginner नहीं हूं, intermediate कर दो", "nahi nahi intermediate hi rehne do"', async () => {
  for (const said of ['मैं beginner नहीं हूं intermediate', 'nahi intermediate', 'main beginner nahi hoon intermediate']) {
    const reply = await harness.conversation({ locale: 'hi-IN' }).intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', said) });
    expect(spoken(reply), said).toMatch(/^ठीक है: intermediate\./);
  }
  // One level denied alone is still asked about.
  const denied = await harness.conversation({ locale: 'hi-IN' }).intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'main beginner nahi hoon') });
  expect(spoken(denied)).not.toMatch(/^ठीक है: beginner/);
});

// Found by a helper trying the console in Hindi (December 6): heard through "{level} kar do", a HIIT workout started.
it('"parso maine HIIT kiya tha, log kar do" heard as a level is logged, on the day before yesterday', async () => {
  const reply = await harness.conversation({ locale: 'hi-IN' }).intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'parso maine hiit kiya tha log') });
  await expectWellFormed(reply);
  expect(spoken(reply)).toMatch(/^एक HIIT session दर्ज हो गया\./);
  expect(spoken(reply)).not.toMatch(/Warm up|वार्म/);
  // With no day said, today's (found in review: a HIIT workout started).
  const today = await harness.conversation({ locale: 'hi-IN' }).intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'maine hiit kiya tha log') });
  expect(spoken(today)).toMatch(/^एक HIIT session दर्ज हो गया\./);
  // Three levels named, more than one denied: asked (found in review: one denied was set).
  const three = await harness.conversation({ locale: 'hi-IN' }).intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'मैं advanced नहीं हूं intermediate भी नहीं beginner') });
  expect(spoken(three)).not.toMatch(/^ठीक है: (intermediate|advanced)/);
});

// Found by a helper trying the console in Hinglish (December 6): "main 30 minute dauda" was logged as a walk; calories a
// kind of training burns reached the fallback; "मैं थक गया, बस" mid-HIIT paused it, and a "हाँ" began another round.
it('a run said with its verb alone is a run; calories asked of a kind of training; tired and "bas" ends the workout', async () => {
  const hi = committedMatcher('hi-IN');
  const say = async (chat: ReturnType<typeof harness.conversation>, said: string) => {
    const [heard, ...others] = hi.literal(said);
    expect(others, said).toEqual([]);
    expect(heard, said).toBeDefined();
    const reply = await chat.intent(heard!.intent, heard!.slots);
    await expectWellFormed(reply);
    return spoken(reply);
  };
  expect(await say(harness.conversation({ locale: 'hi-IN' }), 'main 30 minute dauda')).toMatch(/^30 मिनट की दौड़ दर्ज हो गई\./);
  expect(await say(harness.conversation({ locale: 'hi-IN' }), 'main kal 20 minute daudi')).toMatch(/^20 मिनट की दौड़ दर्ज हो गई\./);
  expect(await say(harness.conversation({ locale: 'hi-IN' }), 'HIIT se kitni calories burn hoti hai')).toMatch(/HIIT/);
  const chat = harness.conversation({ locale: 'hi-IN' });
  await chat.intent('StartWorkoutIntent');
  await chat.intent('AMAZON.NextIntent');
  expect(await say(chat, 'मैं थक गया बस')).toMatch(/^ठीक है, यहीं रुकते हैं\./);
});
