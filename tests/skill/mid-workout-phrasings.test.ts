import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocaleId } from '../../lambda/locales';
import { MAX_RESPONSE_SECONDS } from '../../lambda/speech/workout';
import { committedMatcher } from '../support/committed-model';
import { type Harness, expectWellFormed, resolvedSlot, spoken, startHarness, unmatchedSlot } from '../support/skill-harness';

/**
 * What a tired person says in the middle of a workout, the way they say it, and the answer each must get. Found by
 * trying a workout: "I need to stop" was heard as a level change, "I need water" asked which level, "I can't do it"
 * got the pain answer, and "how many reps" did not know the topic. Each phrasing is matched literally against the
 * committed model of its locale (what a model build surely understands), then sent mid-set through the real skill.
 */
const PHRASINGS: ReadonlyArray<readonly [LocaleId, string, string, RegExp]> = [
  ['en-US', 'I need to stop', 'EndWorkoutIntent', /^Okay, we'll stop here\./],
  ['en-US', 'I have to go', 'AMAZON.StopIntent', /^Saved your place\. Say, resume my workout, any time today/],
  ['en-US', 'I need water', 'AMAZON.PauseIntent', /^Paused\./],
  // Found by a helper trying the console as a parent (December 5): a reason said after the pause reached the fallback.
  ['en-US', 'hang on my kid', 'AMAZON.PauseIntent', /^Paused\./],
  ['en-US', "wait someone's at the door", 'AMAZON.PauseIntent', /^Paused\./],
  ['en-US', 'gotta get the door', 'AMAZON.PauseIntent', /^Paused\./],
  ['en-US', 'stop for a sec', 'AMAZON.PauseIntent', /^Paused\./],
  // Found by helpers trying the console (December 6): the fallback, and the workout ran on.
  ['en-US', 'gimme a sec', 'AMAZON.PauseIntent', /^Paused\./],
  ['en-IN', 'enough for today', 'EndWorkoutIntent', /^Okay, we'll stop here\./],
  ['en-US', 'hold that thought', 'AMAZON.PauseIntent', /^Paused\./],
  ['en-US', 'can you slow down', 'AMAZON.PauseIntent', /^Paused\./],
  ['en-US', 'I need more time', 'AMAZON.PauseIntent', /^Paused\./],
  ['en-US', "I'm so tired", 'AMAZON.PauseIntent', /^Paused\./],
  // The burn of a hard set is effort, not a reason to stop (found by a helper trying the console).
  ['en-US', 'my legs are burning', 'HealthConcernIntent', /^Breathing hard and a burn in the muscles you're working are normal/],
  ['en-US', "I can't do it", 'TooHardIntent', /Go at your own pace/],
  ['en-US', 'is there an easier version', 'TooHardIntent', /Go at your own pace/],
  ['en-US', 'which one is this', 'HowToCurrentIntent', /^How to do good mornings\. Step 1: /],
  ['en-US', 'explain it again', 'HowToCurrentIntent', /^How to do good mornings\. Step 1: /],
  ['en-US', "okay I'm set", 'AMAZON.NextIntent', /^Set 2 of 2/],
  ['en-US', 'how many reps', 'HowManyLeftIntent', /Set 1 of 2 is done\. At beginner level, do 2 sets of 8\./],
  ['en-US', 'how long do I hold it', 'HowManyLeftIntent', /At beginner level, do 2 sets of 8\./],
  ['en-US', 'are we done', 'HowManyLeftIntent', /4 more exercises after this one/],
  ['en-US', 'is that it', 'HowManyLeftIntent', /4 more exercises after this one/],
  ['en-US', 'was that the last one', 'HowManyLeftIntent', /4 more exercises after this one/],
  ['en-US', 'are we finished', 'HowManyLeftIntent', /4 more exercises after this one/],
  ['en-US', 'how many of these', 'HowManyLeftIntent', /Set 1 of 2 is done\. At beginner level, do 2 sets of 8\./],
  ['en-US', "skip this one I can't do it", 'SkipExerciseIntent', /^Skipped good mornings\. Exercise 2 of 5/],
  ['en-US', "I don't have a dumbbell at home", 'TopicIntent', /No dumbbells\? Start most moves with no weight at all.*Say next to carry on with your workout\.$/],
  // Tried as a user: "skip this one, I don't have dumbbells" skipped to the next move, which needs them too.
  ['en-US', "skip this one I don't have dumbbells", 'TopicIntent', /No dumbbells\? Start most moves with no weight at all.*Say next to carry on with your workout\.$/],
  // Found in a blind batch of 120 across every feature (December 2): the first was heard as a topic, the third as a level.
  ['en-US', 'how many do I have left', 'HowManyLeftIntent', /4 more exercises after this one/],
  ['en-US', 'wait hold on', 'AMAZON.PauseIntent', /^Paused\./],
  ['en-US', "that's all for now", 'AMAZON.StopIntent', /^Saved your place\. Say, resume my workout, any time today/],
  // Found by a helper trying the console (December 3): out of scope, a plan for the day, or no answer at all.
  ['en-US', "I'm feeling tired", 'TopicIntent', /^Take a breather: I've paused it\. .*or say, I'm done, to stop here for today\./],
  ['en-US', "I can't do any more", 'EndWorkoutIntent', /^Okay, we'll stop here\./],
  ['en-US', "I can't do more", 'EndWorkoutIntent', /^Okay, we'll stop here\./],
  ['en-US', 'what do I do now', 'WorkoutForDayIntent', /^How to do good mornings\. Step 1: /],
  ['en-US', 'how long is this gonna take', 'WorkoutLengthIntent', /^About \d+ minutes to go\. Say next to carry on with your workout\.$/],
  ['hi-IN', 'मुझे रुकना है', 'EndWorkoutIntent', /^ठीक है, यहीं रुकते हैं\./],
  ['hi-IN', 'mujhe paani chahiye', 'AMAZON.PauseIntent', /^Workout रुका हुआ है\./],
  ['hi-IN', 'कितने रेप्स', 'HowManyLeftIntent', /2 set, हर set में 8 rep\./],
  ['hi-IN', 'phir se shuru karo', 'ResumeWorkoutIntent', /^(?!5 मिनट).+/],
  ['hi-IN', 'mujhse nahi hoga', 'TooHardIntent', /अपनी रफ़्तार से कीजिए.*Workout जारी रखने के लिए अगला बोलिए\.$/],
  // "मैं थक गई हूँ" ended the workout, and outside one said goodbye; as "I'm feeling tired" does, it pauses.
  ['hi-IN', 'मैं थक गई हूँ', 'TopicIntent', /^थोड़ा साँस ले लीजिए: workout रुका हुआ है\./],
  ['hi-IN', 'main thak gaya hoon', 'TopicIntent', /^थोड़ा साँस ले लीजिए: workout रुका हुआ है\./],
  // Found by helpers trying the console: asked how much longer, no time was said.
  ['en-US', 'how much longer', 'HowManyLeftIntent', /About \d+ minutes to go\. Say next to carry on with your workout\.$/],
  // Found by a helper trying the console: "what's left" told the week's plan.
  ['en-US', "what's left", 'WeeklyProgressIntent', /4 more exercises after this one\. About \d+ minutes to go\. This is your first session this week\. Say next to carry on with your workout\.$/],
  ['hi-IN', 'kitna time bacha hai', 'HowManyLeftIntent', /लगभग \d+ मिनट बाकी\./],
  // Found by a helper trying the console (December 5): each reached the fallback mid-workout.
  ['hi-IN', 'thoda aaram karna hai', 'AMAZON.PauseIntent', /^Workout रुका हुआ है\./],
  ['hi-IN', 'छोड़ो इसे', 'SkipExerciseIntent', / छोड़ दिया\. 5 में से exercise 2: /],
  ['hi-IN', 'पीछे चलो', 'AMAZON.PreviousIntent', /^(5 में से exercise 1|2 में से set 1)/],
];

/**
 * What is felt mid-set that needs stopping: the safe answer, said as people say it. Found by helpers trying the console
 * as a pregnant user and a diabetic one (December 3): bleeding got the pain answer and "resume when it feels right";
 * low sugar and shaking were out of scope, or "say next to carry on".
 */
const STOPPING: ReadonlyArray<readonly [LocaleId, string, string, RegExp]> = [
  // Found by a helper trying the console as a man after back surgery (December 7): the fallback, and the workout ran on.
  ['en-US', 'my leg tingles', 'HealthConcernIntent', /^Numbness, tingling or weakness is a reason to stop.*I've stopped your workout\./],
  ['en-US', "that didn't feel right", 'HealthConcernIntent', /^Stop the move that hurts\..*Your workout is paused, and your place saved\./],
  ['en-US', 'I felt something in my back', 'HealthConcernIntent', /^Stop the move that hurts\..*Your workout is paused, and your place saved\./],
  ['en-IN', 'chakkar aa raha hai', 'HealthConcernIntent', /^Stop now, and sit or lie down to rest\./],
  ['en-US', "I'm bleeding", 'HealthConcernIntent', /^Stop now, and sit or lie down to rest\..*I've stopped your workout\./],
  ['en-US', 'I feel shaky and sweaty', 'HealthConcernIntent', /^Stop now, and sit or lie down to rest\./],
  ['en-US', 'my sugar is low', 'HealthConcernIntent', /^Stop now, and sit or lie down to rest\./],
  ['hi-IN', 'sugar low lag rahi hai', 'HealthConcernIntent', /^अभी रुक जाइए, और बैठ या लेट जाइए/],
  // Weakness pauses, as being unwell does (found in a second review: Hindi stopped the day). Shaking is tired muscles, or
  // low sugar: both are said, and the workout waits on next (safety-phrasings.test.ts).
  ['hi-IN', 'kamzori lag rahi hai', 'HealthConcernIntent', /^तबीयत ठीक न हो/],
  ['hi-IN', 'meri delivery hui hai', 'HealthConcernIntent', /डॉक्टर/],
  ['en-US', "I'm pregnant and spotting", 'HealthConcernIntent', /^Stop now, and sit or lie down to rest\./],
  ['en-US', 'my blood sugar is low', 'HealthConcernIntent', /^Stop now, and sit or lie down to rest\./],
  ['en-US', 'I just had a baby', 'HealthConcernIntent', /doctor, midwife or a women's health physio/],
  ['hi-IN', 'mera ghutna jawab de raha hai', 'HealthConcernIntent', /^जिस exercise में दर्द हो, उसे रोक दीजिए\./],
  ['hi-IN', 'kamar mein khinchav aa gaya', 'HealthConcernIntent', /^जिस exercise में दर्द हो, उसे रोक दीजिए\./],
  // Found by a helper trying the console (December 5): spelled as people type Hinglish ("me", not "mein"), a strain got
  // "थोड़ी जकड़न आम है" and the workout went on; a pulled nerve was heard as a log, and a jolt in the back was not understood.
  ['hi-IN', 'kamar me khinchav aa gaya', 'HealthConcernIntent', /^जिस exercise में दर्द हो, उसे रोक दीजिए\./],
  ['hi-IN', 'nas khinch gayi', 'HealthConcernIntent', /डॉक्टर या फ़िज़ियोथेरेपिस्ट.*Workout रोक दिया है/],
  ['hi-IN', 'kamar me jhatka laga', 'HealthConcernIntent', /^जिस exercise में दर्द हो, उसे रोक दीजिए\./],
  ['hi-IN', 'कमर में झटका लगा', 'HealthConcernIntent', /^जिस exercise में दर्द हो, उसे रोक दीजिए\./],
];

describe('what people say mid-workout reaches the right answer', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it.each(PHRASINGS)('%s "%s" → %s', async (locale, phrasing, intent, answer) => {
    const matches = committedMatcher(locale).literal(phrasing);
    expect(
      matches.map((match) => match.intent),
      'matched literally by one intent',
    ).toEqual([intent]);
    const chat = harness.conversation({ locale });
    // A strength workout, past the warm-up, on good mornings' first set.
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    const turn = await chat.intent(intent, matches[0]?.slots ?? {});
    // Moving on speaks the next set with its timed pauses, as any next does.
    await expectWellFormed(turn, { endsOnQuestion: false, maxSeconds: MAX_RESPONSE_SECONDS });
    expect(spoken(turn)).toMatch(answer);
    expect(spoken(turn)).not.toMatch(/doctor|physio|didn't catch|not something I can help|Which one\?/i);
  });

  // Found by a helper trying the console in Indian English (December 6): "previous one", heard through "{level} one" with
  // the level slot taking "previous", asked which level.
  it('"previous one" and "rehne do ye wala", heard as a level, go back and skip', async () => {
    const chat = harness.conversation({ locale: 'en-IN' });
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    expect(spoken(await chat.intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'previous') }))).toMatch(/^Exercise 1 of 5: good mornings\./);
    // "Rehne do ye wala", the slot taking "rehne do ye" (found by a helper trying the console in Hindi): skipped.
    const hindi = harness.conversation({ locale: 'hi-IN' });
    await hindi.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
    await hindi.intent('AMAZON.NextIntent');
    await hindi.intent('AMAZON.NextIntent');
    expect(spoken(await hindi.intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'rehne do ye') }))).toMatch(/छोड़ दिया\./);
  });

  // Found by a helper trying the console mid-workout (December 5): "how should my back feel on this one" asked which
  // level, "should I feel it in my lower back" read the move's steps and left the workout for a how-to, and "am I doing
  // it right" was "not something I can help with".
  it('where to feel the move, and whether it is done right, are answered of the move under way; the workout goes on', async () => {
    const matcher = committedMatcher('en-US');
    for (const [said, answer] of [
      ['how should my back feel on this one', /^In good mornings, you should feel your hamstrings, lower back, and glutes working\. .*Say next to carry on with your workout\.$/],
      ['should I feel it in my lower back', /^In good mornings, you should feel your hamstrings, lower back, and glutes working\. .*Say next to carry on with your workout\.$/],
      ['am I doing it right', /^I can't see you, so check these as you go: .*Say next to carry on with your workout\.$/],
      // Found by a helper trying the console (December 5, second round): "not something I can help with yet".
      ['is this right', /^I can't see you, so check these as you go: .*Say next to carry on with your workout\.$/],
      // Felt where the move does not work: the pain answer, and the workout paused (found in review: its muscles).
      ['is it bad that I feel this in my knee', /Your workout is paused, and your place saved\./],
    ] as const) {
      const heard = matcher.resolve(said);
      const chat = harness.conversation();
      await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
      await chat.intent('AMAZON.NextIntent');
      await chat.intent('AMAZON.NextIntent');
      const turn = await chat.intent(heard.intent, heard.slots ?? {});
      await expectWellFormed(turn, { endsOnQuestion: false });
      expect(spoken(turn), said).toMatch(answer);
      expect(spoken(turn), said).not.toMatch(/How to do|Which one\?|not something I can help/);
    }
  });

  // Found by a helper trying the console (December 6): in a lesson, "am I doing this right" was "Sorry, I didn't get that".
  it('"am I doing this right" in a lesson gives the move\'s form cues, then back to its steps', async () => {
    const heard = committedMatcher('en-US').resolve('am I doing this right');
    const chat = harness.conversation();
    await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    const turn = await chat.intent(heard.intent, heard.slots ?? {});
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(/^I can't see you, so check these as you go: .*Ready for step 2\?$/);
  });

  // Found by a helper trying the console (December 5): en-IN "how much time left", heard as a topic ("time left"), was
  // "I don't know that one yet" mid-workout.
  it('"how much time left", heard as a topic, says what is left mid-workout, and how long the workout is outside one', async () => {
    const left = { topic: unmatchedSlot('topic', 'TopicName', 'time left') };
    const chat = harness.conversation({ locale: 'en-IN' });
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    const turn = await chat.intent('TopicIntent', left);
    await expectWellFormed(turn, { endsOnQuestion: false });
    expect(spoken(turn)).toMatch(/About \d+ minutes to go\. Say next to carry on with your workout\.$/);
    expect(spoken(await harness.conversation({ locale: 'en-IN' }).intent('TopicIntent', left))).toMatch(/minutes/);
  });

  // Found by a helper trying the console: "what am I doing" mid-set told today's plan (another session than the one
  // under way), and "how do I do this one" in a warm-up said how long was left, not what to do.
  it('"what am I doing" mid-set says where the workout is, and in a warm-up or cool-down what to do is its instructions', async () => {
    const said = (phrasing: string) => committedMatcher('en-US').literal(phrasing)[0]!;
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    const doing = await chat.intent(said('what am I doing').intent, said('what am I doing').slots);
    await expectWellFormed(doing, { endsOnQuestion: false });
    expect(spoken(doing)).toMatch(/^You're on exercise 1 of 5\. Set 1 of 2 is done\./);
    for (const phrasing of ['what do I do now', 'how do I do this one']) {
      const hiit = harness.conversation();
      await hiit.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'hiit') });
      const turn = await hiit.intent(said(phrasing).intent, said(phrasing).slots);
      await expectWellFormed(turn, { endsOnQuestion: false });
      expect(spoken(turn), phrasing).toMatch(/^Warm up for 5 minutes with easy marching, jogging or cycling\..*Say next to carry on with your workout\.$/);
    }
  });

  // The model hears "today" and "this week" in the date slot (scripts/model/build.ts: a sample saying the day in words
  // goes): today said mid-set is still the workout under way, and a week asked about is the week.
  it('"what am I doing today" mid-set says where the workout is; "how many workouts have I done this week" tells the week', async () => {
    const said = (phrasing: string) => committedMatcher('en-US').literal(phrasing)[0]!;
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    const today = said('what am I doing today');
    expect(today.slots.date?.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const doing = await chat.intent(today.intent, today.slots);
    await expectWellFormed(doing, { endsOnQuestion: false });
    expect(spoken(doing)).toMatch(/^You're on exercise 1 of 5\. Set 1 of 2 is done\./);
    const week = said('how many workouts have I done this week');
    const told = await chat.intent(week.intent, week.slots);
    await expectWellFormed(told, { endsOnQuestion: false });
    expect(spoken(told)).toMatch(/^(This week|Nothing logged yet this week)/);
    expect(spoken(told)).toMatch(/Say next to carry on with your workout\.$/);
  });

  // Found by a helper trying the console: "what do I do now" between HIIT rounds read the HIIT how-to from its first
  // step (warm up for 5 minutes), mid-session.
  it('"what do I do now" between HIIT rounds says what a round is, and the workout carries on', async () => {
    const said = committedMatcher('en-US').literal('what do I do now')[0]!;
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'hiit') });
    await chat.intent('AMAZON.NextIntent');
    const round = await chat.intent('AMAZON.NextIntent');
    expect(spoken(round)).toMatch(/^Round 1 of 10/);
    const turn = await chat.intent(said.intent, said.slots);
    await expectWellFormed(turn, { endsOnQuestion: false });
    expect(spoken(turn)).toMatch(/^Each round: 20 seconds hard with your move, like fast cycling or running, then 40 seconds easy\..*Say next to carry on with your workout\.$/);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Round 2 of 10/);
  });

  // Found by a helper trying the console: "how many left", then "say that again", replayed the set of two minutes.
  it('"say that again" after an answer beside the workout says the answer again; after a step, the step', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
    await chat.intent('AMAZON.NextIntent');
    const step = await chat.intent('AMAZON.NextIntent');
    const left = await chat.intent('HowManyLeftIntent');
    const again = await chat.intent('AMAZON.RepeatIntent');
    await expectWellFormed(again, { endsOnQuestion: false });
    expect(spoken(again)).toBe(spoken(left));
    // Still where it was: next goes on from the same place, and "repeat" after a step replays the step.
    const next = await chat.intent('AMAZON.NextIntent');
    expect(spoken(next)).toMatch(/^Set 2 of 2/);
    const replayed = await chat.intent('AMAZON.RepeatIntent');
    expect(spoken(replayed)).toBe(spoken(next));
    expect(spoken(step)).not.toBe(spoken(left));
  });

  it.each(STOPPING)('%s "%s" → %s, and the workout stops or pauses', async (locale, phrasing, intent, answer) => {
    const matches = committedMatcher(locale).literal(phrasing);
    expect(matches.map((match) => match.intent), 'matched literally by one intent').toEqual([intent]);
    const chat = harness.conversation({ locale });
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    const turn = await chat.intent(intent, matches[0]?.slots ?? {});
    await expectWellFormed(turn, { endsOnQuestion: false });
    expect(spoken(turn)).toMatch(answer);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).not.toMatch(/^(Set|सेट|Exercise)/);
  });
});

describe('a health request whose open slot took only tiredness', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  // Found by a helper trying the console: "I'm feeling tired" heard through "I'm feeling {concern}" was out of scope.
  it('pauses a workout, and outside one gets the answer about a tired day', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'hiit') });
    await chat.intent('AMAZON.NextIntent');
    // "I am getting tired" too (found by a helper trying the console as a 52-year-old: out of scope).
    for (const said of ['tired', 'so tired', 'really exhausted', 'getting tired', 'getting really tired']) {
      const turn = await chat.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) });
      expect(spoken(turn), said).toMatch(/^Take a breather: I've paused it\./);
    }
    // More rest asked for, "can I rest a bit longer" (the same trial: "I don't know that one yet", and "ok" went on).
    for (const said of ['rest a bit longer', 'rest for a minute', 'take a rest first']) {
      const turn = await chat.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) });
      expect(spoken(turn), said).toMatch(/^Take a breather: I've paused it\./);
    }
    // "Can I do it slowly", heard through a topic's open slot: the pace answer, and the workout goes on.
    const slowly = await chat.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'it slowly') });
    expect(spoken(slowly)).toMatch(/Go at your own pace.*Say next to carry on with your workout\.$/);
    // In HIIT, "slow and steady beats fast and sloppy" said the opposite of a hard round (found by a helper trying the console).
    expect(spoken(slowly)).not.toMatch(/slow and steady/);
    expect(spoken(slowly)).toMatch(/hard means hard for you/);
    // "Too hard" or "make it easier" at beginner in HIIT: something easier to do, the article's gentlest move (found by a
    // helper trying the console: nothing easier was offered).
    for (const intent of ['TooHardIntent', 'ChangeLevelIntent'] as const) {
      const easier = await chat.intent(intent, intent === 'ChangeLevelIntent' ? { direction: resolvedSlot('direction', 'LevelDirection', 'easier') } : {});
      expect(spoken(easier), intent).toMatch(/For easier rounds, pick a gentler move, like brisk marching\./);
    }
    // At intermediate, the same now, with the lower level offered for the workouts to come (found by a helper trying the
    // console in Indian English: only the level was offered, and "yes" left a dozen rounds as hard as they were).
    const higher = harness.conversation();
    await higher.intent('SetLevelIntent', { level: resolvedSlot('level', 'LevelName', 'intermediate') });
    await higher.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'hiit') });
    await higher.intent('AMAZON.NextIntent');
    await higher.intent('AMAZON.NextIntent');
    expect(spoken(await higher.intent('TooHardIntent'))).toMatch(/^No problem, I'll remember that\. For easier rounds, pick a gentler move, like brisk marching\. Want to go back to beginner for a while\?$/);
    expect(chat.attributes.workout).toBeDefined();
    expect(chat.attributes.howTo).toBeUndefined();
    // A question about pace is no report that it was too hard: nothing is remembered, no lower level offered (found in review).
    expect(spoken(slowly)).not.toMatch(/level/);
    expect(chat.attributes.offer).toBeUndefined();
    // "How long is Monday's workout?" mid-workout is about Monday's.
    expect(spoken(await chat.intent('WorkoutLengthIntent', { date: '2026-11-30' }))).toMatch(/^Monday's strength workout takes about \d+ minutes/);
    // "Ok thank you" to a question still pending asks it again, and a yes then answers it.
    // "I want more of a challenge, bump me up a level": one level up, as "make it harder" does.
    const challenge = harness.conversation();
    expect(spoken(await challenge.intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'more of a challenge bump me up a level') }))).toMatch(/intermediate/i);
    expect(spoken(await challenge.intent('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', 'tone it down a bit') }))).toMatch(/beginner/i);
    // "Change my level to intermediate, advanced is a bit much": the level said first (found by a helper trying the
    // console: "Which one?"); one level alone, denied, is still asked about.
    const reason = harness.conversation();
    expect(spoken(await reason.intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'intermediate advanced is a bit much this week') }))).toMatch(/^Got it: intermediate\./);
    // The level rejected is never set, nor one of two offered (found in review: "advanced is too much, beginner" set advanced).
    for (const said of ['advanced is too much beginner', 'advanced no wait beginner', 'intermediate or advanced']) {
      expect(spoken(await harness.conversation().intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', said) })), said).not.toMatch(/^Got it/);
    }
    expect(spoken(await harness.conversation().intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'beginner is too easy') }))).not.toMatch(/^Got it/);
    // "I reckon I'm intermediate, I run a fair bit", heard through a health carrier: the level (found by a helper trying the
    // console in en-AU: "not something I can help with"); with pain said too, the pain.
    const concern = (said: string) => ({ concern: unmatchedSlot('concern', 'ConcernName', said) });
    expect(spoken(await harness.conversation().intent('HealthConcernIntent', concern("reckon i'm intermediate i run a fair bit")))).toMatch(/^Got it: intermediate\./);
    expect(spoken(await harness.conversation().intent('HealthConcernIntent', concern('intermediate')))).toMatch(/^Got it: intermediate\./);
    expect(spoken(await harness.conversation().intent('HealthConcernIntent', concern('advanced but my knee hurts')))).toMatch(/Don't train through pain/);
    const asked = harness.conversation();
    await asked.intent('WorkoutLengthIntent');
    expect(spoken(await asked.intent('ThanksIntent'))).toMatch(/Want to start it\?$/);
    expect(asked.attributes.offer).toEqual({ kind: 'startWorkout' });
    const outside = await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'tired') });
    await expectWellFormed(outside);
    expect(spoken(outside)).toMatch(/A day off now and then is fine/);
  });
});

/**
 * A workout command said the way a tired person says it, taken whole by an open slot ("I'm {level}", "{concern} is
 * killing me", "let's {session}"). Found in a blind batch of 100 (December 4): "ugh okay I'm ready for the next one"
 * asked which level, "can we skip it" and "I can't keep up" were not understood, and "let's just jump to the stretching
 * at the end" offered to pick up the workout already under way.
 */
const HEARD_WHOLE: ReadonlyArray<readonly [string, string, string, string, RegExp]> = [
  ["ugh okay i'm ready for the next", 'SetLevelIntent', 'level', 'LevelName', /^Set 2 of 2/],
  ["really don't wanna do this one can we skip it", 'HealthConcernIntent', 'concern', 'ConcernName', /^Skipped good mornings\. Exercise 2 of 5/],
  ["i can't keep up this", 'HealthConcernIntent', 'concern', 'ConcernName', /Go at your own pace/],
  ['just jump to the stretching at the end', 'StartWorkoutIntent', 'session', 'SessionName', /^Cool down/],
  ['wait what am i supposed to be doing with my arms on this one', 'TopicIntent', 'topic', 'TopicName', /^How to do good mornings\. Step 1: /],
  ['redo the whole workout from the very first exercise', 'StartWorkoutIntent', 'session', 'SessionName', /warm/i],
  // Found by a helper trying the console (December 5): each was "That's not something I can help with yet".
  ['hate rows can we skip those', 'HealthConcernIntent', 'concern', 'ConcernName', /^Okay, I'll leave out bent-over rows when we get there\./],
  ["don't wanna do these", 'HealthConcernIntent', 'concern', 'ConcernName', /^Skipped good mornings\. Exercise 2 of 5/],
  ['all i have time for', 'ChangeLevelIntent', 'direction', 'LevelDirection', /^Okay, we'll stop here\./],
  // Found in review: the slot holds no "I'm"; a workout not wanted any more ends, never one move skipped; a move named
  // as what to do instead is never the one left out.
  ['out of time', 'TopicIntent', 'topic', 'TopicName', /^Okay, we'll stop here\./],
  ["don't wanna do this workout anymore", 'HealthConcernIntent', 'concern', 'ConcernName', /^Okay, we'll stop here\./],
  ["don't want to do this one let's do the rows", 'HealthConcernIntent', 'concern', 'ConcernName', /^Skipped good mornings\./],
  ['can we skip those squats', 'HealthConcernIntent', 'concern', 'ConcernName', /isn't in this workout/],
  ['hang on give me a second', 'LogActivityIntent', 'activity', 'ActivityName', /^Paused\./],
  ["phew okay what's coming up after this", 'ChangeLevelIntent', 'direction', 'LevelDirection', /^Next/],
  ["that's it for me i'm finished", 'SetLevelIntent', 'level', 'LevelName', /^Okay, we'll stop here\./],
  // Found in review: "head" and "butt" counted as parts of the body, so these were health reports and moved nothing.
  ["let's head to the next one", 'StartWorkoutIntent', 'session', 'SessionName', /^Set 2 of 2/],
  ["i'm ready to head on to the next exercise", 'SetLevelIntent', 'level', 'LevelName', /^Set 2 of 2/],
  // Found by a helper trying the console (December 6): "I am tired, stop it" and "that's all I can manage today" were
  // out of scope; "what is remaining", "how many rounds are pending" and "tell me how many are remaining" were "I don't
  // know that one yet"; "what is the next round", a question, moved on to it.
  ['tired stop it', 'HealthConcernIntent', 'concern', 'ConcernName', /^Okay, we'll stop here\./],
  ['all i can manage today', 'ChangeLevelIntent', 'direction', 'LevelDirection', /^Okay, we'll stop here\./],
  ['remaining', 'TopicIntent', 'exercise', 'ExerciseName', /4 more exercises after this one/],
  ['rounds are pending', 'TopicIntent', 'topic', 'TopicName', /4 more exercises after this one/],
  ['how many are remaining', 'ExerciseHowToIntent', 'exercise', 'ExerciseName', /4 more exercises after this one/],
  ['next round', 'TopicIntent', 'topic', 'TopicName', /^Next: set 2 of 2\./],
  // Indian English, found by a helper trying the console (December 6): "Which one?" of a level.
  ['give me easy', 'SetLevelIntent', 'level', 'LevelName', /Go at your own pace/],
  // Found by a helper trying the console (December 6): the first was out of scope, the second taught the move under way.
  ['do this', 'HealthConcernIntent', 'concern', 'ConcernName', /Go at your own pace/],
  ['continue', 'HealthConcernIntent', 'concern', 'ConcernName', /Go at your own pace/],
  ['carry on', 'HealthConcernIntent', 'concern', 'ConcernName', /Go at your own pace/],
  ['not going to finish it', 'TopicIntent', 'topic', 'TopicName', /^Okay, we'll stop here\./],
  // Found by a helper trying the console as a British user (December 6): out of scope mid-workout, twice; the sets done
  // were never offered for logging.
  ['meant to burn', 'HealthConcernIntent', 'concern', 'ConcernName', /burn/i],
  ['supposed to feel like this', 'HealthConcernIntent', 'concern', 'ConcernName', /burn/i],
  ['enough for tonight', 'ChangeLevelIntent', 'direction', 'LevelDirection', /^Okay, we'll stop here\./],
  // Found by helpers trying the console (December 6): the water tip, the workout running on; "I don't know that one yet".
  ['a drink of water first', 'TopicIntent', 'topic', 'TopicName', /^Paused\./],
  ['are pending still', 'TopicIntent', 'topic', 'TopicName', /4 more exercises after this one/],
  // Found in review (December 6): "how long will it take to finish the workout" ended the workout.
  ['to finish the workout', 'TopicIntent', 'topic', 'TopicName', /4 more exercises after this one/],
  ['leave this', 'SetLevelIntent', 'level', 'LevelName', /^Skipped good mornings\./],
];

describe('a workout command heard whole through an open slot', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  const midSet = async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('AMAZON.NextIntent');
    return chat;
  };

  it.each(HEARD_WHOLE)('mid-workout, "%s" heard as %s is the command said', async (said, intent, name, type, answer) => {
    const chat = await midSet();
    const turn = await chat.intent(intent, { [name]: unmatchedSlot(name, type, said) });
    await expectWellFormed(turn, { endsOnQuestion: false, maxSeconds: MAX_RESPONSE_SECONDS });
    expect(spoken(turn)).toMatch(answer);
    expect(spoken(turn)).not.toMatch(/didn't catch|not something I can help|Which one\?|pick up where you left off/i);
  });

  // Found by a helper trying the console (December 6): "okay I'm back where was I" was the pain answer, and resuming then
  // asked whether it still hurt; "I'm back, where were we" was "I don't know that one yet".
  it('paused, "I\'m back, where was I" heard through an open slot picks the workout up, with no pain heard', async () => {
    for (const [intent, name, type, said] of [
      ['HealthConcernIntent', 'concern', 'ConcernName', 'back where was i'],
      ['TopicIntent', 'topic', 'TopicName', 'back where were we'],
      ['TopicIntent', 'topic', 'TopicName', "back now let's go"],
    ] as const) {
      const chat = await midSet();
      await chat.intent('AMAZON.PauseIntent');
      const turn = await chat.intent(intent, { [name]: unmatchedSlot(name, type, said) });
      await expectWellFormed(turn, { endsOnQuestion: false, maxSeconds: MAX_RESPONSE_SECONDS });
      expect(spoken(turn), said).not.toMatch(/pain|hurt|don't know that one/i);
      expect(chat.attributes.workout, said).toBeDefined();
    }
    // Pain said with it is pain.
    const chat = await midSet();
    const hurt = await chat.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'back is killing me') });
    expect(spoken(hurt)).toMatch(/Your workout is paused/);
  });

  // Found in review (December 6): reading more slots, and more phrases, moved or stopped workouts on words that ask, or
  // say something else: each of these must keep the workout where it was.
  it.each([
    ['ready for the next one', 'TopicIntent', 'topic', 'TopicName', /^Set 2 of 2/],
    ['fine next', 'TopicIntent', 'topic', 'TopicName', /^Set 2 of 2/],
    // Found in the third review: "let's do the next one", "next round please" said what was next, and the workout stalled.
    ['the next one', 'StartWorkoutIntent', 'session', 'SessionName', /^Set 2 of 2/],
    ['next round', 'SetLevelIntent', 'level', 'LevelName', /^Set 2 of 2/],
    ['all i can do today', 'ChangeLevelIntent', 'direction', 'LevelDirection', /^Okay, we'll stop here\./],
    // Found in review (December 6): "I keep going", heard through "I {concern}", was too hard, and offered a lower level.
    ['keep going', 'HealthConcernIntent', 'concern', 'ConcernName', /^Set 2 of 2/],
  ] as const)('"%s" heard as %s still moves on', async (said, intent, name, type, answer) => {
    const chat = await midSet();
    expect(spoken(await chat.intent(intent, { [name]: unmatchedSlot(name, type, said) }))).toMatch(answer);
  });

  it.each([
    ['it from the beginning', 'ExerciseHowToIntent', 'exercise', 'ExerciseName'],
    ['the stretching now', 'ExerciseHowToIntent', 'exercise', 'ExerciseName'],
    ['the previous one', 'ExerciseHowToIntent', 'exercise', 'ExerciseName'],
    ['the one before', 'TopicIntent', 'exercise', 'ExerciseName'],
    ['all i could do', 'ChangeLevelIntent', 'direction', 'LevelDirection'],
    ["all i can do is eight reps", 'ChangeLevelIntent', 'direction', 'LevelDirection'],
    ['leave it', 'TopicIntent', 'topic', 'TopicName'],
    ["going to leave it", 'TopicIntent', 'topic', 'TopicName'],
    ['to sit back down', 'ChangeLevelIntent', 'direction', 'LevelDirection'],
  ] as const)('"%s" heard as %s moves nothing, stops nothing, and changes no level', async (said, intent, name, type) => {
    const chat = await midSet();
    const at = chat.attributes.workout;
    const turn = await chat.intent(intent, { [name]: unmatchedSlot(name, type, said) });
    expect(spoken(turn), said).not.toMatch(/^(Set 2 of 2|Okay, we'll stop here|Skipped|Okay, from the top|Cool down|Got it|You're already)/);
    expect(chat.attributes.workout, said).toEqual(at);
  });

  // Found by a helper trying the console (December 6): "I'm tired, let's finish" was "I don't know that one yet", and
  // paused, "I'm tired, let's finish it" taught the deadlift. It may mean stop or push on: the pause that offers both.
  it.each([
    ["tired let's finish", 'TopicIntent', 'topic', 'TopicName'],
    ["so tired let's finish it", 'HealthConcernIntent', 'concern', 'ConcernName'],
    ['exhausted can we wrap up', 'TopicIntent', 'topic', 'TopicName'],
  ] as const)('"%s" heard as %s pauses, and offers to go on or stop', async (said, intent, name, type) => {
    const chat = await midSet();
    const turn = await chat.intent(intent, { [name]: unmatchedSlot(name, type, said) });
    await expectWellFormed(turn, { endsOnQuestion: false, maxSeconds: MAX_RESPONSE_SECONDS });
    expect(spoken(turn)).toMatch(/^Take a breather: I've paused it\. .*resume.*I'm done/);
    expect(chat.attributes.workout).toBeDefined();
    const again = await chat.intent(intent, { [name]: unmatchedSlot(name, type, said) });
    expect(spoken(again)).not.toMatch(/How to do|Step 1/);
  });

  // Found trying the console as a user (December 6): "how do I do the next exercise" during the deadlifts told what was
  // next, set 2 of them. It teaches the move after the one under way; "what is the next round" still tells what is next.
  it('"how do I do the next exercise" teaches the move after this one, and "the second one" the workout\'s second', async () => {
    for (const said of ['next', 'the next one', 'the next exercise', 'agla wala']) {
      const chat = await midSet();
      const turn = await chat.intent('ExerciseHowToIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', said) });
      await expectWellFormed(turn);
      // The workout's second move: the first is under way, at set 1 of 2.
      expect(spoken(turn), said).toMatch(/^Here's how to do the suitcase carry\./);
    }
    // "The last one" is the one under way, or just done, never the workout's final move (found in review).
    const last = await (await midSet()).intent('ExerciseHowToIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', 'the last one') });
    expect(spoken(last)).toMatch(/^Here's how to do good mornings\./);
    const chat = await midSet();
    const second = await chat.intent('ExerciseHowToIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', 'the second one') });
    expect(spoken(second)).toMatch(/^Here's how to do the suitcase carry\./);
    const asked = await (await midSet()).intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'next round') });
    expect(spoken(asked)).toMatch(/^Next: set 2 of 2\./);
  });

  // Found trying the console as a user (December 6): in a lesson, "I'm tired, stop it", heard through "I'm {topic}", told
  // what the deadlift works, since "it" pointed at the move taught. Noticed at the last stop too: commands heard through
  // an open slot were read only while a workout ran. In a lesson they steer the lesson.
  it.each([
    ['tired stop it', 'TopicIntent', 'topic', 'TopicName', /^Okay, we'll leave the steps there\./],
    ["that's all i have time for", 'ChangeLevelIntent', 'direction', 'LevelDirection', /^Okay, we'll leave the steps there\./],
    ["don't wanna do this one", 'HealthConcernIntent', 'concern', 'ConcernName', /^Okay, we'll leave the steps there\./],
    ["ugh okay i'm ready for the next", 'SetLevelIntent', 'level', 'LevelName', /^Step 2: /],
  ] as const)('in a lesson, "%s" heard as %s steers the lesson', async (said, intent, name, type, answer) => {
    const chat = harness.conversation();
    await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'deadlift') });
    const turn = await chat.intent(intent, { [name]: unmatchedSlot(name, type, said) });
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(answer);
  });

  // Found by a helper trying the console as an older user (December 6): a lesson asked mid-workout, then "that's all I
  // can manage today", ended the lesson and dropped the workout with it: the sets done since the session opened were lost.
  it('in a lesson asked mid-workout, a stop stops the workout, its place kept; ending the lesson alone goes back to it', async () => {
    const start = async () => {
      const chat = harness.conversation();
      await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
      await chat.intent('AMAZON.NextIntent');
      await chat.intent('AMAZON.NextIntent');
      await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'good-morning') });
      await chat.intent('AMAZON.NextIntent');
      return chat;
    };
    const stopped = await start();
    const stop = await stopped.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', "think that's all i can manage today") });
    expect(spoken(stop)).toMatch(/^Okay, we'll stop here\./);
    expect(spoken(stop)).toMatch(/good mornings|1 of 5 exercises/);
    const lesson = await start();
    const left = await lesson.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', "don't wanna do this one") });
    await expectWellFormed(left, { endsOnQuestion: false });
    expect(spoken(left)).toMatch(/^Okay, we'll leave the steps there\. Say next to carry on with your workout\.$/);
    expect(lesson.attributes.workout).toBeDefined();
    expect(lesson.attributes.howTo).toBeUndefined();
  });

  it('in a HIIT warm-up, "is this safe for my back" is asked of HIIT, whose rounds name no exercise; with nothing under way, this coach is no doctor', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'hiit') });
    const [heard] = committedMatcher('en-US').literal('is this safe for my back');
    const turn = await chat.intent(heard!.intent, heard!.slots);
    expect(spoken(turn)).toMatch(/HIIT/);
    expect(spoken(turn)).toMatch(/Say next to carry on with your workout\.$/);
    expect(chat.attributes.workout).toBeDefined();
    // In strength, the move under way, and what to do with trouble there.
    const strength = harness.conversation();
    await strength.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
    await strength.intent('AMAZON.NextIntent');
    const knees = committedMatcher('en-US').literal('is this ok for my knees')[0]!;
    expect(spoken(await strength.intent(knees.intent, knees.slots))).toMatch(/^Good mornings .* With any trouble in your knees, check with a doctor or a physiotherapist before you try it\. Say next to carry on with your workout\.$/);
    // With no move to point at (a cardio day), no pause: that this coach is no doctor, and the workout goes on (found
    // in review: it paused for pain nobody told). In a lesson, the move taught.
    const cardio = harness.conversation();
    await cardio.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'cardio') });
    const atCardio = cardio.attributes.workout;
    const noMove = await cardio.intent(heard!.intent, heard!.slots);
    expect(spoken(noMove)).toMatch(/doctor/);
    expect(spoken(noMove)).not.toMatch(/paused/i);
    expect(cardio.attributes.workout).toEqual(atCardio);
    const lesson = harness.conversation();
    await lesson.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    expect(spoken(await lesson.intent(heard!.intent, heard!.slots))).toMatch(/superman/i);
    const idle = await harness.conversation().intent(heard!.intent, heard!.slots);
    await expectWellFormed(idle);
    expect(spoken(idle)).toMatch(/doctor/);
  });

  it('in Hindi too: "agla kya hai" tells what is next, and "main thak gayi hoon band karo" stops', async () => {
    const start = async () => {
      const chat = harness.conversation({ locale: 'hi-IN' });
      await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
      await chat.intent('AMAZON.NextIntent');
      await chat.intent('AMAZON.NextIntent');
      return chat;
    };
    for (const [said, answer] of [
      ['agla kya hai', /^आगे: 2 में से set 2\./],
      ['main thak gayi hoon band karo', /^ठीक है, यहीं रुकते हैं\./],
      ['थक गया हूँ अब बंद करो', /^ठीक है, यहीं रुकते हैं\./],
    ] as const) {
      const heard = committedMatcher('hi-IN').resolve(said);
      const turn = await (await start()).intent(heard.intent, heard.slots);
      await expectWellFormed(turn, { endsOnQuestion: false, maxSeconds: MAX_RESPONSE_SECONDS });
      expect(spoken(turn), said).toMatch(answer);
      expect(spoken(turn), said).not.toMatch(/^Set 2|^सेट 2/);
    }
  });

  it('a pain report in the words comes first, and outside a workout nothing is read as a command', async () => {
    const chat = await midSet();
    const hurt = await chat.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'skip this my knee hurts') });
    expect(spoken(hurt)).toMatch(/doctor or a physiotherapist/);
    expect(spoken(hurt)).not.toMatch(/^Exercise 2 of 5/);
    // "Ow ow ow next one" through a health carrier: pain, and the workout pauses (found in review: not understood).
    const ow = await midSet();
    expect(spoken(await ow.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'ow ow ow next one') }))).toMatch(/Your workout is paused/);
    // "I popped out for a thirty minute walk" is a walk, never pain (found in a third review).
    const walked = await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'popped out for a thirty minute walk') });
    expect(spoken(walked)).not.toMatch(/doctor|physiotherapist/);
    // Found in review: pain said around a command, through a topic's slot, skipped the move.
    const sore = await midSet();
    const topic = await sore.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', "my back hurts i really don't wanna do this one can we skip it") });
    expect(spoken(topic)).toMatch(/Your workout is paused/);
    const idle = harness.conversation();
    expect(spoken(await idle.intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', "ugh okay i'm ready for the next") }))).toMatch(/Which one\?$/);
  });

  it('outside a workout, a level slot that took a day off sets the rest day, a step up steps up, and a yes asks the question again', async () => {
    const chat = harness.conversation();
    expect(spoken(await chat.intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'sundays as my day off') }))).toMatch(/Sunday/);
    expect(spoken(await chat.intent('MyRestDayIntent'))).toMatch(/Sunday/);
    // Denied, it is no rest day asked for (found in review).
    const denied = harness.conversation();
    expect(spoken(await denied.intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', "don't want mondays off") }))).not.toMatch(/Monday/);
    // "I want more of a challenge, bump me up a level": one level up, as "make it harder" does.
    const challenge = harness.conversation();
    expect(spoken(await challenge.intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'more of a challenge bump me up a level') }))).toMatch(/intermediate/i);
    expect(spoken(await challenge.intent('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', 'tone it down a bit') }))).toMatch(/beginner/i);
    const asked = harness.conversation();
    await asked.intent('WorkoutLengthIntent');
    expect(spoken(await asked.intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'huh yes') }))).toMatch(/Want to start it\?$/);
    expect(asked.attributes.offer).toEqual({ kind: 'startWorkout' });
  });
});

// Found in review (December 7): "chakkar" alone, a lap or a round as often as dizziness, got the urgent answer, closed the
// session and kept a warning sign for the day.
describe('en-IN "chakkar", a lap or a round', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it('is no dizziness unless it is said to be coming on', async () => {
    for (const words of ['I did 10 chakkar of the park', 'how many chakkar left']) {
      const heard = committedMatcher('en-IN').resolve(words);
      const chat = harness.conversation({ locale: 'en-IN' });
      await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'hiit') });
      const turn = await chat.intent(heard.intent, heard.slots);
      expect(spoken(turn), words).not.toMatch(/call one one two|Stop now/);
    }
  });
});
