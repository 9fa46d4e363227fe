import type { Slot } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTopic, topicAskedIn } from '../../lambda/content/catalogue';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { fatFromHereAsked } from '../../lambda/content/named';
import { LOCALES, type LocaleId } from '../../lambda/locales';
import { Conversation } from '../../scripts/sim/envelope';
import { committedMatcher } from '../support/committed-model';
import { type Harness, expectWellFormed, resolvedSlot, spoken, startHarness, unmatchedSlot } from '../support/skill-harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

describe('FAQs', () => {
  it.each(EN_US_CATALOGUE.faqs.map((faq) => [faq.intent, faq.id] as const))('%s answers from the catalogue and asks what else', async (intent, id) => {
    const turn = await harness.conversation().intent(intent);
    await expectWellFormed(turn);
    const faq = EN_US_CATALOGUE.faqs.find((entry) => entry.id === id)!;
    expect(spoken(turn)).toContain(faq.answer);
    expect(spoken(turn)).toMatch(/\?$/);
  });

  it('never promises spot reduction', async () => {
    const turn = await harness.conversation().intent('SpotReductionIntent');
    expect(spoken(turn)).toMatch(/No\. Spot reduction does not work\./);
  });

  // Found by a helper trying the console (December 6): "tell me more", to "Want to hear the best ways to burn
  // calories?", said "There's nothing to move on to" and asked again.
  it('"tell me more" to an offer of something to hear is a yes', async () => {
    const chat = harness.conversation();
    expect(spoken(await chat.intent('SpotReductionIntent'))).toMatch(/Want to hear the best ways to burn calories\?$/);
    const more = await chat.intent('AMAZON.MoreIntent');
    await expectWellFormed(more);
    expect(spoken(more)).not.toMatch(/nothing to move on to/);
    expect(spoken(more)).toMatch(/HIIT/);
    const howTo = harness.conversation();
    expect(spoken(await howTo.intent('TopicIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'walking') }))).toMatch(/Want to hear how to get started with walking\?$/);
    expect(spoken(await howTo.intent('AMAZON.MoreIntent'))).toMatch(/^Here's how to get started with walking\./);
  });

  // Found by a helper trying the console as an older British user (December 7): "next", to "Want the lifestyle and
  // recovery tips too?" after the diet tips, said "There's nothing to pick up" or "nothing to move on to".
  it('"next" to an offer of the next list, or of something to hear, goes on to it', async () => {
    const chat = harness.conversation();
    await chat.intent('DietTipsIntent');
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).toMatch(/Want the lifestyle and recovery tips too\?$/);
    const next = await chat.intent('AMAZON.NextIntent');
    await expectWellFormed(next);
    expect(spoken(next)).not.toMatch(/nothing to (move on to|pick up)/);
    expect(spoken(next)).toMatch(/Sleep|sleep/);
    // A question about health or erasing data still wants its yes or no.
    const deleting = harness.conversation();
    await deleting.intent('DeleteDataIntent');
    expect(spoken(await deleting.intent('AMAZON.NextIntent'))).toMatch(/^I need a clear yes or no/);
  });
});

describe('tips', () => {
  it('diet tips lead with the calorie deficit and chain on to lifestyle, avoid, then the plan', async () => {
    const chat = harness.conversation();
    const diet = await chat.intent('DietTipsIntent');
    await expectWellFormed(diet);
    expect(spoken(diet)).toContain(EN_US_CATALOGUE.dietKey);
    expect(spoken(diet)).toMatch(/Want the other 2\?$/);
    const dietRest = await chat.intent('AMAZON.YesIntent');
    await expectWellFormed(dietRest);
    const allDiet = spoken(diet) + spoken(dietRest);
    for (const tip of EN_US_CATALOGUE.dietTips) expect(allDiet).toContain(tip.text);
    expect(spoken(dietRest)).toMatch(/Want the lifestyle and recovery tips too\?$/);

    const lifestyle = await chat.intent('AMAZON.YesIntent');
    await expectWellFormed(lifestyle);
    const lifestyleRest = await chat.intent('AMAZON.YesIntent');
    await expectWellFormed(lifestyleRest);
    for (const tip of EN_US_CATALOGUE.lifestyleTips) expect(spoken(lifestyle) + spoken(lifestyleRest)).toContain(tip.text);
    expect(spoken(lifestyleRest)).toMatch(/Want to hear what to avoid\?$/);

    const avoid = await chat.intent('AMAZON.YesIntent');
    await expectWellFormed(avoid);
    const avoidRest = await chat.intent('AMAZON.YesIntent');
    await expectWellFormed(avoidRest);
    for (const tip of EN_US_CATALOGUE.avoid) expect(spoken(avoid) + spoken(avoidRest)).toContain(tip.text);
    expect(spoken(avoidRest)).toContain(EN_US_CATALOGUE.closingThought);

    const plan = await chat.intent('AMAZON.YesIntent');
    expect(spoken(plan)).toMatch(/^Here's your week\./);
  });

  it.each(['LifestyleTipsIntent', 'WhatToAvoidIntent'])('%s can be asked directly', async (intent) => {
    await expectWellFormed(await harness.conversation().intent(intent));
  });

  it('"no" to the rest of a list keeps the conversation open', async () => {
    const chat = harness.conversation();
    await chat.intent('DietTipsIntent');
    const no = await chat.intent('AMAZON.NoIntent');
    await expectWellFormed(no);
    expect(spoken(no)).toMatch(/^No problem\./);
  });
});

describe('how it works', () => {
  it("tells the article's opening truths and offers the plan", async () => {
    const turn = await harness.conversation().intent('HowItWorksIntent');
    await expectWellFormed(turn);
    for (const point of EN_US_CATALOGUE.whyItWorks) expect(spoken(turn)).toContain(point);
  });

  // Found by a helper trying the console (December 7): "I have back fat" was "I don't know that one yet".
  it('is the answer to back fat said as a topic; pain said with it is not', async () => {
    const asked = spoken(await harness.conversation().intent('HowItWorksIntent'));
    // Said as an aim or a care, through a log's or a health request's open slot, the same (found by a helper trying the
    // console: "Tell me what you did", and the pain answer).
    for (const [words, intent] of [
      ['I have back fat', 'TopicIntent'],
      ["I've got fat on my lower back", 'TopicIntent'],
      ['what about lower back fat', 'TopicIntent'],
      ['I just want to lose the fat on my back', 'LogActivityIntent'],
      ['I only care about my lower back', 'HealthConcernIntent'],
    ] as const) {
      const heard = committedMatcher('en-US').resolve(words);
      expect(heard.intent, words).toBe(intent);
      const turn = await harness.conversation().intent(intent, heard.slots);
      await expectWellFormed(turn);
      expect(spoken(turn), words).toBe(asked);
    }
    expect(spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'pain in my lower back fat') }))).not.toBe(asked);
  });

  // Found by a helper trying the console as a night-shift nurse (December 7): "I don't know that one yet".
  it('"is it alright to train after a night shift" is when to train; eating or sleep after one is not', () => {
    expect(topicAskedIn(EN_US_CATALOGUE, 'alright to train after a night shift')).toBe('workout-time');
    expect(topicAskedIn(EN_US_CATALOGUE, 'is it ok to work out after my shift')).toBe('workout-time');
    expect(topicAskedIn(EN_US_CATALOGUE, 'what should I eat after a night shift')).not.toBe('workout-time');
  });

  // Found by a helper trying the console as a Lucknow homemaker (December 7): "मुझे अभी नहीं पता", and "roti chawal" too.
  it('in Hindi and Hinglish, fat on the waist said as a topic is the same answer; rice with roti is the rice answer', async () => {
    const asked = spoken(await harness.conversation({ locale: 'hi-IN' }).intent('HowItWorksIntent'));
    for (const words of ['meri kamar pe bahut charbi hai', 'मेरी कमर पर बहुत चर्बी है']) {
      const heard = committedMatcher('hi-IN').resolve(words);
      expect(heard.intent, words).toBe('TopicIntent');
      expect(spoken(await harness.conversation({ locale: 'hi-IN' }).intent('TopicIntent', heard.slots)), words).toBe(asked);
    }
    const rice = committedMatcher('hi-IN').resolve('roti chawal kha sakti hoon kya');
    expect(spoken(await harness.conversation({ locale: 'hi-IN' }).intent('TopicIntent', rice.slots))).toMatch(/चावल खा सकते हैं/);
  });
});

describe('exercise list and calorie burners', () => {
  it('lists every exercise', async () => {
    const turn = await harness.conversation().intent('ExerciseListIntent');
    await expectWellFormed(turn);
    for (const exercise of EN_US_CATALOGUE.exercises) expect(spoken(turn)).toContain(exercise.name);
  });

  it('explains HIIT, cardio and walking as the whole-body calorie burn', async () => {
    const turn = await harness.conversation().intent('CalorieBurnersIntent');
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(/burning calories takes the fat off, from your whole body/);
    expect(spoken(turn)).toMatch(/1,000 to 2,000 extra steps/);
    expect(spoken(turn)).toMatch(/swimming/i);
  });
});

/** Said as written, it matches the topic question alone, word for word, and the skill answers with that topic. */
async function expectTopicAnswer(locale: LocaleId, said: string, topicId: string): Promise<void> {
  const [match, ...others] = committedMatcher(locale).literal(said);
  expect(others, 'one intent').toEqual([]);
  expect(match?.intent).toBe('TopicIntent');
  const turn = await harness.conversation({ locale }).intent('TopicIntent', match?.slots ?? {});
  await expectWellFormed(turn);
  expect(spoken(turn)).toContain(findTopic(LOCALES[locale].catalogue, topicId)!.answer);
}

/** Said as written, it matches one intent word for word; the skill's answer to what matched, checked well formed. */
async function askLiterally(said: string, locale: LocaleId = 'en-US'): Promise<string> {
  const [match, ...others] = committedMatcher(locale).literal(said);
  expect(others, 'one intent').toEqual([]);
  expect(match, said).toBeDefined();
  const turn = await harness.conversation({ locale }).intent(match!.intent, match!.slots);
  await expectWellFormed(turn);
  return spoken(turn);
}

// Found trying en-IN: "my weight is not reducing" was out of scope. A stall, said as people say it, is the plateau topic.
// Found by a helper trying the console as an office worker (December 7): "not something I can help with yet".
describe('years without exercise, told, is how to get started', () => {
  it.each(["I haven't worked out in years", "I haven't exercised in a long time"])('"%s"', async (said) => {
    // Heard as Alexa sends a phrase its slot's values do not hold: "I {concern}", the words the open slot took.
    const match = committedMatcher('en-US').resolve(said);
    expect(match.intent).toBe('HealthConcernIntent');
    const turn = await harness.conversation().intent(match.intent, match.slots ?? {});
    await expectWellFormed(turn);
    expect(spoken(turn)).toContain(findTopic(EN_US_CATALOGUE, 'getting-started')!.answer);
  });
});

describe('a stall said plainly reaches the plateau answer', () => {
  it.each([
    ['en-US', 'my weight is not going down'],
    ['en-US', "the scale won't budge"],
    ['en-US', "my weight isn't going down"],
    ['en-US', 'my weight loss is stuck'],
    ['en-US', 'my back fat is stuck'],
    ['en-IN', 'my weight is not reducing'],
    ['hi-IN', 'मेरा वजन कम नहीं हो रहा है'],
    ['hi-IN', 'wazan kam nahi ho raha'],
  ] as const)('%s "%s"', (locale: LocaleId, said) => expectTopicAnswer(locale, said, 'plateau'));

  it('never hears good news, or a pain that lasts, as a stall', async () => {
    expect(spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'going down') }))).toMatch(/^I don't know that one yet\./);
    // Found in review: "what is the weather in delhi today" was heard as a move the coach did not know.
    for (const said of ['the weather in delhi today', 'the time']) {
      const reply = spoken(await harness.conversation({ locale: 'en-IN' }).intent('TopicIntent', { exercise: unmatchedSlot('exercise', 'ExerciseName', said) }));
      expect(reply, said).toMatch(/^That's not something I can help with yet\./);
    }
    // Found in review: "stuck" no longer names the plateau ("I'm stuck at home"), but a weight that is stuck still does.
    const plateau = findTopic(EN_US_CATALOGUE, 'plateau')!.answer;
    for (const said of ['my weight loss is stuck', 'stuck at 180 pounds', 'stuck at the same weight for weeks']) {
      const reply = spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) }));
      expect(reply, said).toContain(plateau);
    }
    for (const said of ['stuck at home today', 'stuck on the bird dog']) {
      const reply = spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) }));
      expect(reply, said).not.toContain(plateau);
    }
    // "Do I have to eat less than I burn" is the calorie deficit, said the way people put it (found in a blind batch,
    // December 4: "I don't know that one yet").
    const deficit = findTopic(EN_US_CATALOGUE, 'calorie-deficit')!.answer.slice(0, 40);
    for (const said of ['eat less than I burn', 'eat fewer calories than I burn', 'burn more than I eat', 'burn more calories than I eat']) {
      const reply = spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) }));
      expect(reply, said).toContain(deficit);
    }
    // "Is it possible to lose fat only from my lower back" is spot reduction (tried as a user, December 5: "I don't know
    // that one yet"); "lose fat from my lower back", with no "only", is not asked that way.
    const spot = findTopic(EN_US_CATALOGUE, 'spot-reduction')!.answer.slice(0, 40);
    for (const said of ['lose fat only from my lower back', 'burn fat just from my back', 'lose weight only on my lower back', 'get rid of fat from only my back', 'lose fat off my back only']) {
      const reply = spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) }));
      expect(reply, said).toContain(spot);
    }
    // Found by trying the console as a user: "is rice bad for me" was "I don't know that one yet". Rice, bread and
    // potatoes are the carbs answer, heard through the model's own samples.
    const carbs = findTopic(EN_US_CATALOGUE, 'carbs')!.answer.slice(0, 40);
    // Sugar too, and eggs are the protein answer, which names them (both were "I don't know that one yet").
    const protein = findTopic(EN_US_CATALOGUE, 'protein')!.answer.slice(0, 40);
    for (const [said, answer] of [
      ...['is rice bad for me', 'can I eat rice', 'is bread bad', 'is white rice okay', 'is sugar bad', 'how much sugar can I have'].map((said) => [said, carbs] as const),
      ...['are eggs good for me', 'should I eat eggs'].map((said) => [said, protein] as const),
    ]) {
      const [heard, ...others] = committedMatcher('en-US').literal(said);
      expect(others, said).toEqual([]);
      expect(heard?.intent, said).toBe('TopicIntent');
      expect(spoken(await harness.conversation().intent('TopicIntent', heard!.slots)), said).toContain(answer);
    }
    // Time and weather inside a fitness question are not the clock or the forecast.
    for (const said of [
      'the best time to work out', 'how much time to rest between sets', 'walking in the rain', 'exercise in hot weather', 'music while I work out',
      'songs are good for running', 'train with music',
    ]) {
      const reply = spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) }));
      expect(reply, said).not.toMatch(/^That's not something I can help with yet\./);
    }
    const pain = await harness.conversation({ locale: 'hi-IN' }).intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'दर्द कम नहीं हो रहा') });
    expect(spoken(pain)).toMatch(/डॉक्टर|physio/);
  });
});

// Found in review: "what is the best time to work out" started a workout. It is a question, with its own answer.
describe('when to train is a question, never a start', () => {
  it.each([
    ['en-US', 'what is the best time to work out'],
    ['en-US', 'is it better to work out in the morning or evening'],
    ['en-GB', 'when is the best time to exercise'],
    ['hi-IN', 'workout का सही समय कब है'],
  ] as const)('%s "%s"', (locale: LocaleId, said) => expectTopicAnswer(locale, said, 'workout-time'));
});

// Found in the batch of 240: "how long should my rest period be" was "I don't know that one yet".
describe('rest between sets is a topic of its own, and says the rests the workout times', () => {
  it.each([
    ['en-US', 'how long should I rest between sets'],
    ['en-US', 'how long should my rest period be'],
    ['en-US', 'how much rest between sets'],
    ['en-US', 'what about rest time'],
    ['en-IN', 'how long should I rest between sets'],
    ['hi-IN', 'सेट के बीच कितना आराम करना चाहिए'],
    ['hi-IN', 'sets ke beech kitna aaram karun'],
    ['hi-IN', 'सेट के बीच आराम के बारे में बताओ'],
    // Found in review: said with कितनी देर.
    ['hi-IN', 'सेट के बीच कितनी देर आराम करना चाहिए'],
    ['hi-IN', 'set ke beech kitni der aaram'],
  ] as const)('%s "%s"', (locale: LocaleId, said) => expectTopicAnswer(locale, said, 'rest-between-sets'));

  it('never takes rest days for it: those get the answer about rest days', async () => {
    const [match] = committedMatcher('en-US').literal('how many rest days do I need');
    expect(match?.intent).toBe('TopicIntent');
    const turn = await harness.conversation().intent('TopicIntent', match?.slots ?? {});
    expect(spoken(turn)).toContain(findTopic(LOCALES['en-US'].catalogue, 'no-rest')!.answer);
    expect(spoken(turn)).not.toContain(findTopic(LOCALES['en-US'].catalogue, 'rest-between-sets')!.answer);
  });

  // Found in review: a topic slot before "करूँ" heard every Hindi command as a topic no one knows.
  it.each(['आज कौन सा workout करूँ', 'मैं क्या करूँ', 'रिमाइंडर बंद करें', 'फिर से शुरू करें'])('hi-IN "%s" is no topic', (said) => {
    // The open slot is what Alexa would fill: the lenient matcher hears it as the nearest sample does.
    expect(committedMatcher('hi-IN').resolve(said).intent).not.toBe('TopicIntent');
  });
});

// Found in a blind batch of 120 across every feature (December 2): "what is hiit" reached the fallback, and "can I spot
// reduce back fat" got "I don't know that one yet".
describe('"what is" an exercise, and spot reduction said as a verb', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it.each([
    ['what is hiit', /HIIT means short bursts/],
    // "Is HIIT safe" heard only that it burns a lot of calories (found by a helper trying the console as an older user,
    // December 5): its caution is said with it.
    ['is HIIT safe', /HIIT means short bursts.*Stop at once if you feel chest pain.*check with your doctor first/],
    ["what's cardio exactly", /cardio/i],
    ['what is the superman', /The superman strengthens your lower back/],
  ] as const)('"%s" is a question about the exercise, matched literally', async (said, answer) => {
    const [match, ...others] = committedMatcher('en-US').literal(said);
    expect(others, 'one intent').toEqual([]);
    expect(match?.intent).toBe('TopicIntent');
    const turn = await harness.conversation().intent('TopicIntent', match?.slots ?? {});
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(answer);
  });

  // Found in review: a pregnancy mentioned, HIIT's answer dropped the note to ask a doctor about it.
  it('"is HIIT safe" after a pregnancy is mentioned keeps the note of its own, within 30 seconds', async () => {
    const chat = harness.conversation();
    await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'pregnancy', 'pregnant') });
    const turn = await chat.intent('TopicIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'hiit', 'hiit') });
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(/Stop at once if you feel chest pain, dizziness or sharp pain\..*pregnancy/);
  });

  // Found trying it as a user: mid-workout, "what is a good morning" got "I don't know that one yet": "what is a good
  // {topic}" hears the exercise's own name cut in two.
  it.each(['morning', 'mornings'])('"what is a good %s" is the exercise, mid-workout too', async (said) => {
    expect(spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) }))).toMatch(/good morning/i);
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'strength') });
    const reply = spoken(await chat.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) }));
    expect(reply).not.toMatch(/I don't know that one yet/);
    expect(reply).toMatch(/good morning/i);
  });

  it.each(['spot reduce back fat', 'spot train'])('"can I %s" gets the answer on spot reduction', async (said) => {
    const turn = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) });
    expect(spoken(turn)).toContain(findTopic(LOCALES['en-US'].catalogue, 'spot-reduction')!.answer);
  });
});

describe('what an exercise burns, or whether it is enough, is a question about the exercise', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it.each(['how many calories does walking burn', 'is walking enough to lose back fat', 'how many calories do I burn doing walking'])('"%s" hears about walking, matched literally', async (said) => {
    const [match, ...others] = committedMatcher('en-US').literal(said);
    expect(others, 'one intent').toEqual([]);
    expect(match?.intent).toBe('TopicIntent');
    const turn = await harness.conversation().intent('TopicIntent', match?.slots ?? {});
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(/Walking burns fat/);
  });

  it('calories said with an exercise inside an open slot name the exercise, not the calorie deficit', async () => {
    const turn = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'calories does hiit burn') });
    expect(spoken(turn)).toMatch(/HIIT means short bursts/);
    // Calories eaten, not burned, stay the calorie deficit's, an exercise named or not.
    for (const said of ['calories really', 'calories should I eat on cardio days', 'calories in vs calories out with walking']) {
      const deficit = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) });
      expect(spoken(deficit), said).toContain(findTopic(EN_US_CATALOGUE, 'calorie-deficit')?.answer ?? 'missing');
    }
  });
});

// Found by a helper trying the console: answers that left a wrong belief standing.
describe('answers that say what the question needs to hear', () => {
  const ask = askLiterally;

  it('"will a slimming belt help": no, with why', async () => {
    for (const said of ['will a slimming belt help', 'do waist trainers work']) expect(await ask(said), said).toMatch(/No\. Belts, wraps, sauna suits/);
  });

  it('"is deadlift safe for my back": what it does, and its safety note', async () => {
    expect(await ask('is deadlift safe for my back')).toMatch(/Never round your lower back to reach lower\. Start light, and stop if you feel sharp pain\./);
  });

  // Found by a helper trying the console: "what is a good morning" said its injury warning twice.
  it('"what is a good morning": the warning once', async () => {
    const said = await ask('what is a good morning');
    expect(said.match(/injur/g)).toHaveLength(1);
  });

  it('"what is the best exercise for lower back fat": no exercise burns fat from one spot, then the moves', async () => {
    expect(await ask('what is the best exercise for lower back fat')).toMatch(/No exercise burns fat from one spot.*I can teach 7 strength moves/);
  });

  // Noticed at the last stops: the list left out the variations taught with steps of their own, the back extension
  // among them, which the article names in its week ("deadlifts, hip thrusts, back extensions, rows, good mornings").
  it('the exercise list names the variations taught on their own', async () => {
    const list = await ask('what exercises can you teach me');
    expect(list).toMatch(/And variations of them, like the back extension and the hip thrust\./);
    expect(list).toMatch(/the hip thrust/);
  });

  it('"can I eat only one meal a day": that eating too little costs muscle', async () => {
    expect(await ask('can I eat only one meal a day to lose fast')).toMatch(/a very low-calorie diet costs you muscle/);
  });

  // Found trying the console as an Indian user in English (December 5): "I am skipping food" was "not something I can
  // help with yet", and "should I skip dinner" was "I don't know that one yet".
  it('a meal or food skipped: what eating too little costs, or what fasting does', async () => {
    // What the words an open slot took say, as Alexa sends them.
    const heard = async (said: string) => {
      const match = committedMatcher('en-US').resolve(said);
      return spoken(await harness.conversation().intent(match.intent, match.slots ?? {}));
    };
    expect(await ask('is it bad to skip a meal')).toMatch(/Eating too little backfires/);
    for (const said of ['I am skipping food', "I've been skipping meals"]) expect(await heard(said), said).toMatch(/Eating too little backfires/);
    for (const said of ['should I skip dinner', 'is skipping dinner good for fat loss']) {
      expect(await ask(said), said).toMatch(/Fasting helps only if it leads you to eat fewer calories/);
    }
    // Found by a helper trying the console as a sceptic (December 5): a water fast got the water tip, a number of calories
    // far too low the deficit's definition, and ten pounds in a week "I don't know that one yet".
    for (const said of ['should I do a water fast', 'is a juice cleanse good', 'is 800 calories a day ok', 'can I eat 1000 calories a day']) {
      expect(await heard(said), said).toMatch(/^(Quick note: .*)?Eating too little backfires/);
    }
    expect(await heard('can I lose 10 pounds in a week')).toMatch(/Not as fat, no: what comes off that fast is mostly water.*Fat loss is slow/);
    // Found in review: a healthy pace heard "no", a bare number or 1,200 a day heard as too little, and water drunk fast
    // heard as a fast.
    expect(await heard('can I lose 2 pounds in a week')).not.toMatch(/Not as fat, no/);
    expect(await heard('can I lose 10 pounds in two weeks')).toMatch(/Not as fat, no/);
    for (const said of ['what about 500 calories', 'is 1200 calories a day ok', 'should I drink my water fast']) {
      expect(await heard(said), said).not.toMatch(/Eating too little backfires/);
    }
    // A statement denied is no statement of it (found in review: "Eating too little backfires").
    expect(await heard('I never skip lunch')).not.toMatch(/Fasting helps only/);
    expect(await heard('can I lose back fat in 2 weeks')).toMatch(/^(Quick note: .*)?Fat loss is slow/);
    // The goal said last is why, not what is asked (tried as a user at the last read: "I don't know that one yet").
    expect(await heard("I'm skipping dinner tonight to lose weight")).toMatch(/Fasting helps only if it leads you to eat fewer calories/);
    // Told, not asked: a name of more than one word is enough; "fasting" alone is not.
    expect(await heard("I've been skipping lunch every day")).toMatch(/Fasting helps only if it leads you to eat fewer calories/);
  });

  it('a diet asked about with a condition points to the doctor for the diet too', async () => {
    expect(await ask('I have diabetes what diet should I follow')).toMatch(/before you start or change your exercise or your diet/);
  });
});

// Found by a sceptic trying the console: "is swimming better than running" praised swimming, and the same question the
// other way round praised running. A comparison answers both, the same whichever is said first.
describe('a comparison of two moves answers both', () => {
  const ask = async (said: string, locale: LocaleId = 'en-US') => {
    expect(committedMatcher(locale).literal(said)[0]?.intent, said).toBe('TopicIntent');
    return askLiterally(said, locale);
  };

  it.each([
    ['is swimming better than running', /Both burn calories.*the one you'll keep doing\. Swimming .*Running /],
    ['is running better than swimming', /Both burn calories.*the one you'll keep doing\. Running .*Swimming /],
    ['walking or cycling which is better', /Both burn calories.*Walking .*Cycling/],
    ['which is better hiit or cardio', /Both burn calories.*HIIT .*Cardio /],
    ['deadlifts or rows which one is better', /Both strengthen your back.*no need to choose/],
    ['is walking better than the superman', /They do different jobs.*With the superman, you build the muscle.*With walking, you burn the calories/],
    ['should I do hiit or deadlifts', /They do different jobs.*With deadlifts, you build the muscle.*With HIIT, you burn the calories/],
  ])('"%s"', async (said, answer) => {
    const reply = await ask(said);
    expect(reply).toMatch(answer);
    expect(reply).not.toMatch(/especially good/);
  });

  it('never promises fat off the back from either', async () => {
    for (const said of ['is swimming better than running', 'deadlifts or rows which one is better']) expect(await ask(said)).toMatch(/your back included|neither burns the fat there/);
  });

  it('in Hindi too', async () => {
    expect(await ask('swimming या running कौन सा बेहतर है', 'hi-IN')).toMatch(/दोनों calorie जलाती हैं/);
  });
});

// Found by helpers trying the console: abs work named ("are crunches any good", "what about crunches", "are crunches
// better than planks", "crunches se pet kam hoga kya") got "I don't know that one yet", and a move named with the fat
// ("can I do crunches to lose back fat", "will the superman burn my back fat") or "can I actually spot reduce" too.
describe('abs work and a move named with the fat get the truth about spot reduction', () => {
  const ask = askLiterally;

  it.each(['are crunches any good', 'what about crunches', 'are crunches better than planks', 'do crunches work', 'are planks any good'])('"%s"', async (said) => {
    expect(await ask(said)).toMatch(/no move burns the fat over the muscle it works.*Planks are kinder to your back than crunches\./);
  });

  it.each(['can I do crunches to lose back fat', 'will the superman burn my back fat', 'can I actually spot reduce', 'will planks get rid of my back fat'])('"%s"', async (said) => {
    expect(await ask(said)).toMatch(/No\. Spot reduction does not work\./);
  });

  // Found by a helper trying the console as an Indian user (December 6): the article's central question was "I don't
  // know that one yet".
  it.each([
    ['en-IN', 'reduce only back fat by doing exercises'],
    ['en-US', 'these exercises get rid of my back fat'],
  ] as const)('%s "%s", heard as a topic', async (locale, said) => {
    const turn = await harness.conversation({ locale }).intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) });
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(/No\. Spot reduction does not work\./);
  });

  // Found by a helper trying the console (December 6): "I don't know that one yet", with "water" and "dumbbells" both named.
  it('"can I use water bottles instead of dumbbells" is the equipment answer', async () => {
    const turn = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'water bottles instead of dumbbells') });
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(/use filled water bottles or a backpack/);
    // Water bottles drunk are water (found in review: the equipment answer).
    const drunk = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'water bottles should I drink a day') });
    expect(spoken(drunk)).not.toMatch(/backpack/);
  });

  // Found by a helper trying the console mid-workout (December 6): "is this actually burning my back fat", heard through
  // a health carrier, got the pain answer and paused the workout, and every next after it asked whether it still hurt.
  it('mid-workout, fat asked of the workout is spot reduction, and the workout carries on', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'hiit') });
    await chat.intent('AMAZON.NextIntent');
    const at = chat.attributes.workout;
    const asked = await chat.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'actually burning my back fat') });
    await expectWellFormed(asked, { endsOnQuestion: false });
    expect(spoken(asked)).toMatch(/^No\. Spot reduction does not work\..*Say next to carry on with your workout\.$/);
    expect(chat.attributes.workout).toEqual(at);
    expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/^Round 1 of/);
    // Pain said with it is still pain.
    const hurt = await chat.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'burning pain in my knee') });
    expect(spoken(hurt)).toMatch(/^Stop now: with a sharp pain/);
  });

  it('in Hindi', async () => {
    for (const said of ['crunches se pet kam hoga kya', 'क्रंचेस से पेट कम होगा क्या']) expect(await ask(said, 'hi-IN'), said).toMatch(/कोई भी exercise उस मांसपेशी के ऊपर की चर्बी नहीं जलाती/);
  });
});

// Found by a helper trying the console as an Indian user: "I'm feeling very tired today" and "mujhe bahut thakan ho
// rahi hai" were heard as a health report that named nothing, and got "That's not something I can help with yet".
describe('tiredness gets the answer about an easy day; mid-workout, a pause', () => {
  const dayOff = (locale: LocaleId) => findTopic(LOCALES[locale].catalogue, 'day-off')!.answer;

  it.each([
    ['en-US', "I'm feeling very tired today"],
    ['en-US', "I'm exhausted today"],
    ['hi-IN', 'आज बहुत थकान है'],
    // It said goodbye, as the end of a workout (found by a helper trying the console).
    ['hi-IN', 'मैं थक गई हूँ'],
    ['hi-IN', 'main thak gaya hoon'],
  ] as const)('%s "%s"', (locale, said) => expectTopicAnswer(locale, said, 'day-off'));

  it('heard through the health intent, naming nothing wrong', async () => {
    for (const [locale, said] of [['en-US', 'tired today'], ['en-US', 'feeling tired'], ['hi-IN', 'bahut thakan']] as const) {
      const turn = await harness.conversation({ locale }).intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) });
      await expectWellFormed(turn);
      expect(spoken(turn), said).toContain(dayOff(locale));
    }
  });

  it('mid-workout, it pauses the workout and keeps the place', async () => {
    const heards: ReadonlyArray<{ intent: string; slots: Record<string, Slot> }> = [
      { intent: 'TopicIntent', slots: { topic: resolvedSlot('topic', 'TopicName', 'day-off', 'tired') } },
      { intent: 'HealthConcernIntent', slots: { concern: unmatchedSlot('concern', 'ConcernName', 'tired today') } },
      // Found in review: named inside a longer phrase, it answered about days off and said to carry on.
      { intent: 'TopicIntent', slots: { topic: unmatchedSlot('topic', 'TopicName', 'so tired today how much is left') } },
    ];
    for (const heard of heards) {
      const chat = harness.conversation();
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      const paused = await chat.intent(heard.intent, heard.slots);
      await expectWellFormed(paused, { endsOnQuestion: false });
      expect(spoken(paused), heard.intent).toMatch(/^Take a breather: I've paused it\./);
      expect(spoken(await chat.intent('AMAZON.ResumeIntent')), heard.intent).not.toMatch(/Today is a strength day/);
    }
  });
});

// Found by helpers trying the console as Indian and American users: these got "I don't know that one yet", the
// fallback, or another topic's answer ("where does your information come from" heard as what causes fat).
describe('carbs, keto, walking as cardio, and where the advice comes from', () => {
  it.each([
    ['en-US', 'how many carbs should I eat', 'carbs'],
    ['en-US', 'should I do keto', 'carbs'],
    ['en-US', 'what about keto diet', 'carbs'],
    ['en-US', 'does walking count as cardio', 'walking-cardio'],
    ['en-US', 'where does your information come from', 'sources'],
    ['en-IN', 'are carbs bad', 'carbs'],
    ['hi-IN', 'roti ya chawal kya better hai', 'carbs'],
    ['hi-IN', 'रोटी या चावल क्या बेहतर है', 'carbs'],
    ['hi-IN', 'kitne din mein result milega', 'results-time'],
    ['hi-IN', 'कितने दिन में रिज़ल्ट मिलेगा', 'results-time'],
    // Found by a helper trying the console as a warehouse worker (December 7): the fallback.
    ['en-US', 'what stretches are good for a stiff lower back', 'stretching'],
    ['en-US', 'give me a stretch for my back', 'stretching'],
    ['en-US', 'what stretches should I do', 'stretching'],
    // Found by a helper trying the console as an Indian user: dal asked about as protein got the fibre answer.
    ['en-IN', 'is dal enough protein', 'protein'],

    ['hi-IN', 'kya dal mein kaafi protein hai', 'protein'],
  ] as const)('%s "%s"', (locale, said, topicId) => expectTopicAnswer(locale, said, topicId));

  // Found trying the console (December 7): walking's answer said neither how fast nor how long.
  it.each([
    ['en-US', 'how fast should I walk'],
    ['en-US', 'how long should I walk for'],
    ['hi-IN', 'kitna chalna chahiye'],
    ['hi-IN', 'कितना चलना चाहिए'],
  ] as const)('%s "%s" says how fast and how long', async (locale, said) => {
    const [heard, ...others] = committedMatcher(locale).literal(said);
    expect(others).toEqual([]);
    expect(heard?.intent).toBe('TopicIntent');
    const turn = await harness.conversation({ locale }).intent(heard!.intent, heard!.slots);
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(locale === 'hi-IN' ? /10 से 20 मिनट तेज़ चलिए.*गा न सकें/ : /1,000 to 2,000 extra steps a day, 10 to 20 brisk minutes/);
  });

  // Noticed at the last stop: "how often should I deadlift" got the deadlift's description, which says nothing of how
  // often. How often a move is done is the plan's answer, as "how often should I do deadlifts" gets.
  it.each([
    ['how often should I deadlift', /Strength moves like deadlifts: three times a week/],
    ['how often should I swim', /One or two cardio days a week/],
    ['how often should I walk', /As often as you can: 1,000 extra steps a day, or 10 to 20 brisk minutes\./],
  ] as const)('"%s" says how often, from the plan', async (said, answer) => {
    const [heard, ...others] = committedMatcher('en-US').literal(said);
    expect(others).toEqual([]);
    expect(heard?.intent).toBe('WeeklyPlanIntent');
    const turn = await harness.conversation().intent(heard!.intent, heard!.slots);
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(answer);
  });

  // Found in review: "how often should I rest", its words in the move's slot, got "I don't know that one yet".
  it('"how often should I rest" is the rest day\'s answer', async () => {
    const heard = committedMatcher('en-US').resolve('how often should I rest');
    expect(heard.intent).toBe('WeeklyPlanIntent');
    const turn = await harness.conversation().intent(heard.intent, heard.slots);
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(/One rest day a week/);
  });

  it('a brisk walk, logged as the walking answer says, counts as the cardio session', async () => {
    expect(findTopic(EN_US_CATALOGUE, 'walking-cardio')!.answer).toMatch(/Log it as a brisk walk, and it counts as your cardio session\./);
    for (const [locale, said] of [['en-US', 'I went for a brisk walk'], ['hi-IN', 'maine tez sair ki']] as const) {
      const [match] = committedMatcher(locale).literal(said);
      expect(match?.intent, said).toBe('LogActivityIntent');
      expect(match?.slots.activity?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value?.id, said).toBe('cardio');
    }
  });

  // Found in review: broad names took health questions and other requests.
  it('never takes "sick and tired", "tired of cardio", or a health question about the advice', async () => {
    for (const said of ["I'm sick and tired of my back fat", "I'm tired of doing cardio"]) {
      expect(committedMatcher('en-US').literal(said).flatMap((match) => Object.values(match.slots).map((slot) => slot.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value?.id)), said).not.toContain('day-off');
    }
    for (const said of ['is all this safe during pregnancy', 'is your advice safe for my knees']) {
      expect(committedMatcher('en-US').resolve(said).intent, said).toBe('HealthConcernIntent');
    }
  });

  it('never says keto or cutting carbs is needed, and the sources answer is no medical advice', () => {
    expect(findTopic(EN_US_CATALOGUE, 'carbs')!.answer).toMatch(/you don't need keto to lose fat: a calorie deficit is what does it/);
    expect(findTopic(EN_US_CATALOGUE, 'sources')!.answer).toMatch(/not medical advice.*doctor or physiotherapist/);
  });
});

// Found by a helper trying the console as a pregnant user: after "I'm pregnant", "what about the superman" and "how do I
// do a glute bridge" heard only what the move is good for, and its steps.
describe('a move asked about or taught after a caution is told says to ask a doctor first', () => {
  it('in English and in Hindi, until a doctor is said to have okayed it', async () => {
    for (const [locale, note] of [['en-US', /Since you mentioned a pregnancy, ask your doctor before you try it\./], ['hi-IN', /इसे करने से पहले डॉक्टर से पूछ लीजिए\./]] as const) {
      const chat = harness.conversation({ locale });
      await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'pregnancy') });
      const about = await chat.intent('TopicIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
      await expectWellFormed(about);
      expect(spoken(about), locale).toMatch(note);
      const taught = await chat.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'glute-bridge') });
      await expectWellFormed(taught);
      expect(spoken(taught), locale).toMatch(note);
    }
    // Told in an earlier session, and no okay since: a move asked about in a later one says it too (found in review).
    const device = harness.device();
    await new Conversation({ handler: harness.handler, device }).intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'asthma') });
    const later = await new Conversation({ handler: harness.handler, device }).intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'deadlift') });
    expect(spoken(later)).toMatch(/ask them before you try it\./);
    // Nothing told, nothing added.
    const plain = await harness.conversation().intent('TopicIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'superman') });
    expect(spoken(plain)).not.toMatch(/ask your doctor before you try it/);
  });
});

// Found by a helper trying the console as a sceptic: each reached "I don't know that one yet", or "didn't get that".
describe('a question no name answers is read for what it asks', () => {
  it.each([
    ['can i lose back fat in 2 weeks', 'results-time'],
    ['this stuff actually', 'results-time'],
    ['weight will i lose', 'results-time'],
    ["isn't it working", 'plateau'],
    ['doing back exercises really get rid of back fat', 'spot-reduction'],
    ['always hungry', 'protein'],
    ['this at home', 'home-workout'],
    ['rest', 'rest-between-sets'],
    // Found in a second review: lost when the patterns became whole phrases.
    ['hungry', 'protein'],
    ['is it not working', 'plateau'],
    ['these workouts at home', 'home-workout'],
  ] as const)('"%s" → %s', async (said, id) => {
    for (const locale of ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-CA'] as const) {
      const turn = await harness.conversation({ locale }).intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) });
      await expectWellFormed(turn);
      expect(spoken(turn), locale).toContain(findTopic(LOCALES[locale].catalogue, id)!.answer.slice(0, 40));
    }
  });

  it('heard through the health intent: "does this plan actually work"', async () => {
    const turn = await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'this plan actually') });
    expect(spoken(turn)).toContain(findTopic(EN_US_CATALOGUE, 'results-time')!.answer.slice(0, 40));
  });

  it('heard through the health intent: "I\'m stressed all the time, does that matter"', async () => {
    const turn = await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'stressed all the time') });
    expect(spoken(turn)).toContain(findTopic(EN_US_CATALOGUE, 'stress')!.answer.slice(0, 40));
  });

  it('heard through a log: "I\'ve been doing this a month and nothing\'s changed" is the plateau, never a log', async () => {
    for (const said of ["doing this a month and nothing's changed", "working out for weeks and i'm not losing anything"]) {
      const turn = await harness.conversation().intent('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', said) });
      expect(spoken(turn), said).toContain(findTopic(EN_US_CATALOGUE, 'plateau')!.answer.slice(0, 40));
    }
    expect(topicAskedIn(EN_US_CATALOGUE, 'did my workout and nothing hurt', 'log')).toBeUndefined();
    expect(topicAskedIn(EN_US_CATALOGUE, 'stressed all the time', 'log')).toBeUndefined();
  });

  // Found by a helper trying the console as an older Indian user: "roz kitna chalna chahiye" was no topic it knew.
  it('hi-IN "roz kitna chalna chahiye" is about walking more', async () => {
    const turn = await harness.conversation({ locale: 'hi-IN' }).intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'chalna') });
    expect(spoken(turn)).toMatch(/1,000 से 2,000 कदम/);
  });

  it('every topic a pattern names is one each English locale answers', () => {
    for (const locale of ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-CA'] as const) {
      for (const { topic } of LOCALES[locale].catalogue.askedIn ?? []) expect(findTopic(LOCALES[locale].catalogue, topic), `${locale} ${topic}`).toBeDefined();
    }
  });
});

// Found in review: the first patterns were loose enough to answer reports and other questions with a topic.
describe('a report or another question is never read as a question no name answers', () => {
  it.each([
    'my legs stopped working',
    'legs are not working',
    'slipped at home',
    'hungry and shaky',
    'due in two weeks',
    'this work my glutes',
    'which muscles does it work',
    'how many days should i rest',
    'how much weight can i lift',
    'the timer isn\'t working',
    'what muscles are targeted',
    'target my glutes',
    'protein at home',
  ])('"%s"', (said) => {
    for (const locale of ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-CA'] as const) expect(topicAskedIn(LOCALES[locale].catalogue, said), locale).toBeUndefined();
  });

  it('mid-workout, a report heard through the health intent pauses or stops it, never a topic and "carry on"', async () => {
    for (const said of ['my legs stopped working', 'slipped at home', 'hungry and shaky']) {
      const chat = harness.conversation();
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      const turn = await chat.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) });
      expect(spoken(turn), said).not.toMatch(/Stalls are normal|no gym needed|Protein builds/);
    }
  });

  it('"I\'m tired", the topic slot taking "tired", is the day-off answer, and mid-workout a pause', async () => {
    const dayOff = findTopic(EN_US_CATALOGUE, 'day-off')!.answer;
    expect(spoken(await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'tired') }))).toContain(dayOff);
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    expect(spoken(await chat.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'tired') }))).toMatch(/^Take a breather: I've paused it\./);
  });
});

// Found in a blind batch (December 4): the week, or the day's workout, asked of in words a topic's slot took got "I
// don't know that one yet".
describe('the week and the day\'s workout asked of through a topic\'s slot', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it.each([
    ['sessions have i got under my belt this week', /this week/i],
    ['am i on track this week', /this week/i],
    ["time do i need to set aside for today's workout", /takes about \d+ minutes/],
    ['how many minutes is my workout', /takes about \d+ minutes/],
  ])('"%s"', async (said, answer) => {
    const turn = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) });
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(answer);
    expect(spoken(turn)).not.toMatch(/don't know that one/);
  });
});

// Found by a helper trying the console (December 5): "what's the best exercise to burn lower back fat", heard word for
// word as a topic, got "I don't know that one yet". It asks for the moves, as "what's the best exercise for back fat" does.
describe('the best exercise for back fat, asked through the topic question, gets the moves', () => {
  it.each([
    ["what's the best exercise to burn lower back fat", 'en-US'],
    ['what are the best exercises to lose lower back fat', 'en-US'],
    ["what's the best exercise to burn lower back fat", 'en-IN'],
  ] as const)('"%s" (%s)', async (said, locale) => {
    // Word for word around the topic's slot, which takes what follows "what's the" whole.
    const heard = committedMatcher(locale).resolve(said);
    expect(heard).toMatchObject({ intent: 'TopicIntent', match: 'exact' });
    const turn = await harness.conversation({ locale }).intent(heard.intent, heard.slots);
    await expectWellFormed(turn);
    const answer = spoken(turn);
    expect(answer).toMatch(/No exercise burns fat from one spot/);
    expect(answer).not.toMatch(/don't know that one/);
  });
});

describe('the best exercise for back fat, asked in Hindi, gets the moves', () => {
  it.each(['kamar ki charbi ke liye sabse accha exercise kaun sa hai', 'कमर की चर्बी के लिए सबसे अच्छी exercise कौन सी है', 'peeth ki charbi ke liye best exercise'])('"%s"', async (said) => {
    expect(await askLiterally(said, 'hi-IN')).toMatch(/कोई exercise सिर्फ़ कमर की चर्बी नहीं घटाती/);
  });
});

// Found by a helper trying the console as an Indian user (December 5): "i am vegetarian how do i get protein", heard
// through "I am {concern}", was out of scope. A question about a topic the concern slot took is that topic's.
describe('a question about a topic heard through a health carrier gets the topic', () => {
  it.each([
    ['en-IN', 'i am vegetarian how do i get protein', /dal, paneer/],
    ['en-IN', 'i am vegetarian what should i eat for protein', /dal, paneer/],
    // A condition said with it keeps the doctor's answer.
    ['en-IN', 'i am diabetic is sugar bad', /check with your doctor/],
  ] as const)('%s "%s"', async (locale, said, answer) => {
    const heard = committedMatcher(locale).resolve(said);
    expect(heard.intent).toBe('HealthConcernIntent');
    const turn = await harness.conversation({ locale }).intent(heard.intent, heard.slots);
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(answer);
  });
});

// Found by a helper trying the console (December 5): "is sugar bad" opened "Carbs aren't the enemy", "is rice at night
// bad" and "can I eat roti at night" got portions or fibre advice that never said whether they could. A thing a topic
// answers for, asked about by its own name, gets the direct answer first.
describe('a thing asked about by its name gets the direct answer first', () => {
  it.each([
    ['en-US', 'carbs', 'sugar', /^Sugar is fine in small amounts, but cutting back on added sugar makes a calorie deficit easier\. Carbs aren't the enemy/],
    ['en-US', 'carbs', 'carbs at night', /^Carbs at night don't add fat by themselves: what counts is how much you eat in the whole day\./],
    ['en-IN', 'portions', 'rice', /^Rice is fine, at dinner too, in a sensible portion\. Eat only what you need/],
    ['en-IN', 'portions', 'ghee', /^A little ghee is fine\. Eat only what you need.*keep ghee and oil to a spoonful/],
    ['en-IN', 'fiber', 'roti', /^Roti is fine, at night too: what matters is how many\. Fibre keeps you full/],
    ['hi-IN', 'fiber', 'roti', /^रोटी खा सकते हैं, रात को भी: ध्यान इस पर रखिए कि कितनी\. Fiber से/],
    ['hi-IN', 'portions', 'chawal', /^चावल खा सकते हैं, रात को भी, बस सही मात्रा में\. उतना ही खाइए/],
    // Said inside more words the slot took.
    ['hi-IN', 'fiber', 'raat ko roti', /^रोटी खा सकते हैं, रात को भी/],
    ['hi-IN', 'junk-food', 'cheeni band', /^थोड़ी चीनी चल जाती है/],
    ['en-IN', 'portions', 'rice at night', /^Rice is fine, at dinner too/],
    // The topic's own name keeps its answer as it was.
    ['en-US', 'carbs', 'carbs', /^Carbs aren't the enemy/],
  ] as const)('%s %s said as "%s"', async (locale, id, said, answer) => {
    const turn = await harness.conversation({ locale }).intent('TopicIntent', { topic: resolvedSlot('topic', 'TopicName', id, said) });
    await expectWellFormed(turn);
    expect(spoken(turn).replace(/^(Quick note|एक ज़रूरी बात)[^.]*\. /, '')).toMatch(answer);
  });
});

// Found by a helper trying the console as an Indian user (December 5): "does drinking warm water with lemon burn fat"
// got the hydration answer, and "should I drink jeera water for fat loss" the weight-loss one; neither said that no
// drink burns fat.
describe('a drink said to burn fat hears that none does, first', () => {
  it.each([
    ['en-IN', 'does drinking warm water with lemon burn fat', /^No drink burns fat by itself\./],
    ['en-IN', 'should i drink jeera water for fat loss', /^No drink burns fat by itself\./],
    ['en-US', 'is lemon water good for weight loss', /^No drink burns fat by itself\./],
    ['en-US', 'does green tea burn fat', /^No tea burns fat by itself, green tea included\. Tea and coffee are fine\./],
    ['hi-IN', 'kya neembu pani se charbi ghatti hai', /^कोई भी पेय अपने आप चर्बी नहीं जलाता\./],
  ] as const)('%s "%s"', async (locale, said, answer) => {
    const heard = committedMatcher(locale).resolve(said);
    expect(heard.intent).toBe('TopicIntent');
    const turn = await harness.conversation({ locale }).intent(heard.intent, heard.slots);
    await expectWellFormed(turn);
    expect(spoken(turn).replace(/^(Quick note|एक ज़रूरी बात)[^.]*\. /, '')).toMatch(answer);
  });
});

// Found by a helper trying the console (December 5): "I'm vegetarian, how do I get enough protein" got eggs and chicken.
describe('protein asked about as a vegetarian names vegetarian foods only', () => {
  it.each([
    ['en-IN', 'protein', "i'm vegetarian how do i get enough protein", /^As a vegetarian, you can get plenty: dal, paneer, curd, sprouts, soya and milk\./],
    ['en-US', 'protein', 'vegetarian protein', /^As a vegetarian, you can get plenty: beans, lentils, tofu, Greek yogurt and milk/],
    ['hi-IN', 'protein', 'shakahari protein', /^शाकाहारी खाने से भी protein पूरा मिल सकता है/],
  ] as const)('%s %s said as "%s"', async (locale, id, said, answer) => {
    const turn = await harness.conversation({ locale }).intent('TopicIntent', { topic: resolvedSlot('topic', 'TopicName', id, said) });
    await expectWellFormed(turn);
    const told = spoken(turn).replace(/^(Quick note|एक ज़रूरी बात)[^.]*\. /, '');
    expect(told).toMatch(answer);
    expect(told).not.toMatch(/chicken|fish|अंडे/);
  });

  // Found by a helper trying the console in Indian English (December 7): "what about vegetarian protein" was heard as
  // protein alone (the lenient matcher), and named chicken.
  it.each([
    ['en-IN', 'what about vegetarian protein'],
    ['en-IN', 'tell me about veg protein'],
    ['en-US', 'what about vegetarian protein'],
  ] as const)('%s "%s", by literal matching, names vegetarian foods only', async (locale, said) => {
    const [heard, ...others] = committedMatcher(locale).literal(said);
    expect(others).toEqual([]);
    expect(heard?.intent).toBe('TopicIntent');
    const turn = await harness.conversation({ locale }).intent(heard!.intent, heard!.slots);
    expect(spoken(turn)).toMatch(/As a vegetarian, you can get plenty/);
    expect(spoken(turn)).not.toMatch(/chicken|fish/);
  });

  it('heard through "I am {concern}" too', async () => {
    const heard = committedMatcher('en-IN').resolve('i am vegetarian how do i get protein');
    const turn = await harness.conversation({ locale: 'en-IN' }).intent(heard.intent, heard.slots);
    expect(spoken(turn)).toMatch(/As a vegetarian, you can get plenty/);
  });
});

// Found by a helper trying the console (December 5): Hinglish and Hindi questions about a drink, and "roti at night" in
// en-IN, reached the fallback or "I don't know that one yet".
describe('drinks and roti asked about in Hindi and Indian English', () => {
  it.each([
    ['hi-IN', 'jeera pani peene se fat kam hoga', /^कोई भी पेय अपने आप चर्बी नहीं जलाता\./],
    ['hi-IN', 'ग्रीन टी से चर्बी कम होती है क्या', /^कोई भी चाय अपने आप चर्बी नहीं जलाती, ग्रीन टी भी नहीं\./],
    ['hi-IN', 'green tea peene se pet kam hoga kya', /^कोई भी चाय अपने आप चर्बी नहीं जलाती, ग्रीन टी भी नहीं\./],
    ['en-IN', 'is roti at night okay', /^Roti is fine, at night too: what matters is how many\./],
    ['en-IN', 'how many rotis should i eat', /^Eat only what you need/],
  ] as const)('%s "%s"', async (locale, said, answer) => {
    const heard = committedMatcher(locale).resolve(said);
    expect(heard).toMatchObject({ intent: 'TopicIntent', match: 'exact' });
    const turn = await harness.conversation({ locale }).intent(heard.intent, heard.slots);
    await expectWellFormed(turn);
    expect(spoken(turn).replace(/^(Quick note|एक ज़रूरी बात)[^.]*\. /, '')).toMatch(answer);
  });
});

// Found by a helper trying the console as Indian users (December 5): jaggery, a late dinner and a walk after meals got
// "I don't know that one yet", the sugar answer that never named jaggery, or walking in general.
describe('jaggery, a late dinner and a walk after meals', () => {
  it.each([
    ['en-IN', 'is jaggery better than sugar', /^Jaggery is still sugar:/],
    ['en-US', 'is it ok to eat a late dinner', /^A late dinner doesn't add fat by itself/],
    ['en-IN', 'should I walk after dinner', /^A short walk after a meal is a good habit/],
    ['hi-IN', 'gud kha sakte hai', /^गुड़ भी चीनी ही है:/],
    ['hi-IN', 'raat ko late khana kha sakte hai', /^देर से खाना अपने आप चर्बी नहीं बढ़ाता/],
    // Found by a helper trying the console as a new user (December 5): the strength tip ("weight"), and the calorie
    // deficit's definition for the burners the skill itself offers.
    ['en-US', 'how much weight can I lose in a month', /^Fat loss is slow/],
    ['en-US', 'what are the best ways to burn calories', /HIIT/],
    // Found by a helper trying the console as a woman of 45 (December 5): "I don't know that one yet".
    ['en-US', 'is it menopause', /^Around menopause, changing hormones/],
    ['en-US', 'does menopause make it harder', /^Around menopause, changing hormones/],
  ] as const)('%s "%s"', async (locale, said, answer) => {
    const heard = committedMatcher(locale).resolve(said);
    expect(heard.intent, said).toBe('TopicIntent');
    const turn = await harness.conversation({ locale }).intent(heard.intent, heard.slots);
    await expectWellFormed(turn);
    expect(spoken(turn).replace(/^(Quick note|एक ज़रूरी बात)[^.]*\. /, '')).toMatch(answer);
  });
});

// Found by helpers trying the console (December 6): diet said alone, and "only" or "alone" of back fat, were "I don't know
// that one yet"; "do I need to diet to lose back fat" was how long results take.
describe('diet named, and back fat alone', () => {
  it.each([
    ['en-US', 'do I have to diet', /^The key to losing fat is a calorie deficit/],
    ['en-US', 'what about diet', /^The key to losing fat is a calorie deficit/],
    ['en-US', 'tell me about dieting', /^The key to losing fat is a calorie deficit/],
    ['en-US', 'do I need to diet to lose back fat', /^The key to losing fat is a calorie deficit/],
    ['en-IN', 'what is the diet for reducing back fat', /^The key to losing fat is a calorie deficit/],
    ['en-IN', 'can I reduce only back fat', /^No\b/],
    ['en-IN', 'is it possible to reduce back fat alone', /^No\b/],
  ] as const)('%s "%s"', async (locale, said, answer) => {
    expect(await answerTo(locale, said)).toMatch(new RegExp(`^(Quick note: [^.]*\\. )?${answer.source.slice(1)}`));
  });

  // Found in review: "only" or "alone" said of the means, not the place, was told "No. Spot reduction does not work."
  it.each(['how long will it take to lose back fat if I only walk', 'is running alone enough to lose back fat', 'can I lose back fat in only two weeks'])('"%s" is no spot reduction', (said) => {
    expect(fatFromHereAsked(said)).not.toBe('spot');
  });
});

// Found by a helper trying the console as an older British user (December 6): "I'm absolutely knackered" was "I don't
// know that one yet", and "that's a bit much for me" asked which level.
it('a topic said with how much is the topic; "a bit much" is too hard', async () => {
  const knackered = await harness.conversation({ locale: 'en-GB' }).intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'absolutely knackered') });
  expect(spoken(knackered)).toMatch(/A day off now and then is fine/);
  const much = await harness.conversation({ locale: 'en-GB' }).intent('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', 'a bit much for me') });
  expect(spoken(much)).toMatch(/^No problem, I'll remember that\./);
});

// Found by a helper trying the console (December 6): "how do I start cardio" told what cardio is, then asked "Want to
// hear how to get started with cardio?", the question just asked.
it.each([
  ['how do I start cardio', /^Here's how to get started with cardio\./],
  ['how do I get started with cardio', /^Here's how to get started with cardio\./],
  ['how do I start walking', /^Here's how to get started with walking\./],
])('"%s" starts the how-to at once', async (said, answer) => {
  const heard = await answerTo('en-US', said);
  expect(heard.replace(/^Quick note: [^.]*\. /, '')).toMatch(answer);
  expect(heard).not.toMatch(/Want to hear how to get started/);
});

// Found by a helper trying the console as an Indian user (December 5): "I don't know that one yet".
it('"how much did I do today", heard as a topic, tells the day', async () => {
  expect(await answerTo('en-IN', 'how much did I do today')).toMatch(/^(Quick note: [^.]*\. )?Nothing logged for today\./);
});

// Found by helpers trying the console (December 5): "how many calories did I burn" got the calorie deficit's definition.
it('calories burned, asked of the day or the week, is said not to be counted, then what was logged', async () => {
  expect(await answerTo('en-US', 'how many calories did I burn today')).toMatch(/^(Quick note: [^.]*\. )?I don't count calories burned: that depends on your body and how hard you work\. Nothing logged for today\./);
  expect(await answerTo('en-IN', 'how many calories I burned')).toMatch(/I don't count calories burned.*this week/i);
  // What a move burns stays a question about the move, and the deficit a question about eating.
  expect(await answerTo('en-US', 'how many calories should I eat')).not.toMatch(/I don't count/);
});

/** What was said, as the committed model hears it exactly, answered through the handler: the answer, well formed. */
async function answerTo(locale: LocaleId, said: string): Promise<string> {
  const heard = committedMatcher(locale).resolve(said);
  expect(heard.match, said).toBe('exact');
  const reply = await harness.conversation({ locale }).intent(heard.intent, heard.slots);
  await expectWellFormed(reply);
  return spoken(reply);
}

// Found by a helper trying the console as an Indian user (December 5): "is this workout ok for women" and "I am
// overweight, 100 kg, can I start" were "That's not something I can help with yet", and Hindi "महिलाओं के लिए ठीक है
// क्या" was "I don't know that one yet". Who can start, and how, opening with what was asked.
describe('who the plan is for', () => {
  it.each([
    ['en-IN', 'is this workout ok for women', /^Quick note: .*Yes\. It works the same for women and men: .*Start easy\. Pick the beginner level/],
    ['en-IN', 'I am overweight, 100 kg, can I start', /Yes, you can start at any size, .*Start easy\. .*check with your doctor first\./],
    ['en-US', 'I am overweight can I do these exercises', /Yes, you can start at any size, .*check with your doctor first\./],
    // Found by a helper trying the console as a first-timer (December 6): "I don't know that one yet", or "not something I
    // can help with".
    ['en-US', "I'm like 80 pounds overweight, is it safe for me to start", /Yes, you can start at any size, .*check with your doctor first\./],
    ['en-US', 'I weigh 260 pounds, is this safe for me', /Yes, you can start at any size, .*check with your doctor first\./],
    ['en-US', "is it safe for me to start, I'm pretty overweight", /Yes, you can start at any size, .*check with your doctor first\./],
    ['hi-IN', 'महिलाओं के लिए ठीक है क्या', /हाँ\. यह महिलाओं और पुरुषों, दोनों के लिए एक जैसा है: .*आराम से शुरू कीजिए\./],
  ] as const)('%s "%s"', async (locale, said, answer) => {
    expect(await answerTo(locale, said)).toMatch(answer);
  });
});

// Found by a helper trying the console in Indian English (December 6): sugar in chai was heard as blood sugar, and got the
// answer for a medical condition. Blood sugar itself still gets a doctor, or the urgent answer.
describe('sugar in a drink is the drink\'s answer', () => {
  it.each([
    ['en-IN', 'I drink 4 cups of chai daily with sugar, is it ok', /Tea and coffee are fine\. It's the sugar/],
    ['en-US', 'I take sugar in my tea is it ok', /Tea and coffee are fine\. It's the sugar/],
    ['en-IN', 'I have sugar problem can I do hiit', /check with your doctor/],
    // Found in review: a condition named beside the drink got the tea answer, and the doctor's question was lost.
    ['en-IN', 'I am diabetic and I drink chai with sugar, is it ok', /check with your doctor/],
  ] as const)('%s "%s"', async (locale, said, answer) => {
    expect(await answerTo(locale, said)).toMatch(answer);
  });
});

// Found by a helper trying the console as a 20-year-old in a hurry (December 6): each was "I don't know that one yet", or
// fat burners only "ask your pharmacist", with a word about heart medicines.
describe('fast fixes asked about: twice a day, meals skipped, a date to lose weight by, fat burners', () => {
  it.each([
    ['en-US', 'can I do the workout twice a day', /^(Quick note: .*)?Rest is part of training\./],
    ['en-US', 'is it ok to work out twice a day', /^(Quick note: .*)?Rest is part of training\./],
    ['en-US', 'can I just do double the rounds', /^(Quick note: .*)?Rest is part of training\./],
    ['en-US', "I'm just gonna not eat dinner for a few weeks", /^(Quick note: .*)?Eating too little backfires\./],
    ['en-US', "what's the least I can eat and still be healthy", /^(Quick note: .*)?Eating too little backfires\./],
    ['en-US', 'can I lose 10 pounds by spring break', /^(Quick note: .*)?Fat loss is slow/],
    ['en-US', 'do fat burners work', /^(Quick note: .*)?Nothing you take burns fat off your back\. .*Ask your doctor or pharmacist/],
    // Found by a helper trying the console as a truck driver on nights (December 6): "I don't know that one yet".
    ['en-US', 'can I work out at 2 am', /^(Quick note: .*)?The best time to work out is the time you can stick to\./],
    ['en-US', 'can I train at 3 in the morning', /^(Quick note: .*)?The best time to work out is the time you can stick to\./],
  ] as const)('%s "%s"', async (locale, said, answer) => {
    expect(await answerTo(locale, said)).toMatch(answer);
  });

});

// Found by a helper trying the console as a truck driver (December 6): sitting asked about with the back named was the
// pain answer, and every workout that day asked whether it still hurt. Pain said with it is still pain.
describe('sitting all day, asked about, is the everyday movement answer', () => {
  it.each([
    ['en-US', 'I sit all day driving, is that bad for my back', /Move a little all through the day/],
    ['en-US', 'I sit at a desk all day does that affect my back fat', /Move a little all through the day/],
    ['en-US', 'I sit all day and my back hurts', /Don't train through pain/],
    ['en-US', 'my back aches because I sit all day, is that bad', /Don't train through pain/],
    // Found in review: anything else named with it was told to move more.
    ['en-US', 'I sit all day and feel faint, is that bad for my back', /Stop now/],
    ['en-US', 'I sit all day and have sciatica, is that bad for my back', /doctor or physiotherapi/],
    ['en-US', 'I sit all day and get spasms, is that bad for my back', /Don't train through pain/],
    // Found in a second review: the part asked about named no concern ("bad for my heart" recorded a heart condition).
    ['en-US', 'I sit all day, is that bad for my heart', /Move a little all through the day/],
  ] as const)('%s "%s"', async (locale, said, answer) => {
    expect(await answerTo(locale, said)).toMatch(answer);
  });

  it('leaves no trace of pain: the next workout starts with no question about it', async () => {
    const chat = harness.conversation();
    const heard = committedMatcher('en-US').resolve('I sit all day driving, is that bad for my back');
    expect(heard.intent).toBe('HealthConcernIntent');
    await chat.intent(heard.intent, heard.slots ?? {});
    expect(spoken(await chat.intent('StartWorkoutIntent'))).not.toMatch(/Before we start/);
  });
});

// Found by a helper trying the console (December 5): each of these, heard as a topic, was "I don't know that one yet";
// "knock it down a level" (en-GB), heard as a level, asked which level.
describe('settings and the week asked in words a topic or a level slot takes', () => {
  it.each([
    ['en-US', "I'm not a beginner, put me on advanced", /^Got it: advanced\./],
    ['en-US', 'can I rest on friday instead', /^Done\. Friday is your rest day now\. This week, Friday's strength workout moves to Sunday/],
    ['en-US', 'how many minutes have I walked this week', /^(This week|Nothing logged yet this week|No walks or steps logged yet this week)/],
    ['en-US', 'what are my settings', /^You're at beginner level\. Sunday is your rest day\. To change them, say: make it harder, or: make Saturday my rest day\./],
    ['en-GB', 'knock it down a level', /^You're already at beginner, the gentlest level\./],
    // Found by helpers trying the console (December 6): "Which one?"
    ['en-GB', "that's too much for me, go back down a level", /^You're already at beginner, the gentlest level\./],
    ['en-IN', 'give me easy one', /^You're already at beginner, the gentlest level\./],
    // Found in review: "go down" and "back down" alone stepped the level down.
    ['en-IN', 'I want my weight to go down', /^(?!Got it|You're already)/],
    ['en-US', 'I want my belly to go down', /^(?!Got it|You're already)/],
    ['en-US', 'go back down please', /^You're already at beginner, the gentlest level\./],
    // Found by a helper trying the console in Indian English (December 6): the fallback, the week, and spot reduction.
    ['en-IN', 'make my level as intermediate', /^Got it: intermediate\./],
    ['en-IN', 'how was my progress this month', /^(This month|Nothing logged (yet )?this month)/],
    ['en-IN', 'show me this month progress', /^(This month|Nothing logged (yet )?this month)/],
  ] as const)('%s "%s"', async (locale, said, answer) => {
    expect(await answerTo(locale, said)).toMatch(answer);
  });

  // Found by a helper trying the console (December 5, second round): with Saturday the rest day, "make Saturday my rest
  // day" was the example of a change.
  it('the example of a rest day to choose is never the one there is', async () => {
    const chat = harness.conversation();
    await chat.intent('SetRestDayIntent', { day: resolvedSlot('day', 'AMAZON.DayOfWeek', 'saturday') });
    const match = committedMatcher('en-US').resolve('what are my settings');
    expect(spoken(await chat.intent(match.intent, match.slots ?? {}))).toMatch(/Saturday is your rest day\. To change them, say: make it harder, or: make Friday my rest day\./);
  });
});

// Found by a helper trying the console as an Indian user (December 5): the skill's main question with English words in
// it, steps a day, and how often a week, asked in Hindi, reached "I don't know that one yet", weekly progress, or the
// fallback.
describe('Hindi questions with English words in them', () => {
  it.each([
    ['lower back ki fat kaise kam kare', 'HowItWorksIntent', /चर्बी/],
    ['roz kitne kadam chalu', 'TopicIntent', /1,000 से 2,000 कदम/],
    ['kitne steps chahiye ek din me', 'TopicIntent', /1,000 से 2,000 कदम/],
    ['das hazaar kadam chalna zaroori hai', 'TopicIntent', /1,000 से 2,000 कदम/],
    ['हफ़्ते में कितनी बार करना है', 'WeeklyPlanIntent', /strength/],
    ['dahi kha sakte hai', 'TopicIntent', /दही अच्छा है: इसमें protein है/],
    ['fal kha sakte hai', 'TopicIntent', /फल खाइए: इसका fiber पेट भरा रखता है, /],
  ] as const)('"%s"', async (said, intent, answer) => {
    const matches = committedMatcher('hi-IN').literal(said);
    expect(matches.map((match) => match.intent), said).toEqual([intent]);
    const reply = await harness.conversation({ locale: 'hi-IN' }).intent(intent, matches[0]?.slots ?? {});
    await expectWellFormed(reply);
    expect(spoken(reply)).toMatch(answer);
    expect(spoken(reply)).not.toMatch(/मुझे अभी नहीं पता|नहीं आती/);
  });
});

// Found by a helper trying the console as an Indian user (December 5): "is roti better than rice", the two foods taken
// apart by the comparison's slots, was "I don't know that one yet"; "roti or rice at night" answered of roti alone.
describe('two foods asked of together', () => {
  it.each(['is roti better than rice', 'roti or rice at night which is better'])('en-IN "%s" answers both', async (said) => {
    const heard = committedMatcher('en-IN').resolve(said);
    const reply = await harness.conversation({ locale: 'en-IN' }).intent(heard.intent, heard.slots);
    await expectWellFormed(reply);
    expect(spoken(reply)).toMatch(/Both are fine, at night too: what matters is how much\./);
  });

  // Found by a helper trying the console as an Indian user (December 5): the belly-fat answer, with no word on the drink.
  it('en-IN "does lemon honey warm water burn belly fat" says no drink burns fat', async () => {
    expect(await answerTo('en-IN', 'does lemon honey warm water burn belly fat')).toMatch(/No drink burns fat by itself/);
  });

  it('two moves compared stay a comparison', async () => {
    const heard = committedMatcher('en-US').resolve('is swimming better than running');
    expect(spoken(await harness.conversation().intent(heard.intent, heard.slots))).not.toMatch(/I don't know/);
  });
});

// Found by a helper trying the console (December 6): "is this actually working" and "am I making progress" were "not
// something I can help with", "how do I know if it's working" was "I don't know that one yet", and "I am 45, is it too
// late to lose back fat" was "No. Spot reduction does not work".
describe('whether it is working, asked', () => {
  const health = (said: string) => ({ concern: unmatchedSlot('concern', 'ConcernName', said) });
  it('is how soon results show; "am I making progress" is the week so far, mid-workout with where it is', async () => {
    for (const [intent, slots] of [
      ['HealthConcernIntent', health('actually working')],
      ['HealthConcernIntent', health('even working')],
      ['TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', "know if it's working") }],
    ] as const) {
      const reply = await harness.conversation().intent(intent, slots);
      await expectWellFormed(reply);
      expect(spoken(reply)).toMatch(/(^|\. )Fat loss is slow/);
    }
    expect(spoken(await harness.conversation().intent('HealthConcernIntent', health('making progress')))).toMatch(/this week/i);
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    const during = await chat.intent('HealthConcernIntent', health('making progress'));
    expect(spoken(during)).toMatch(/Say next to carry on/);
    expect(chat.attributes.workout).toBeDefined();
    // Not "working" alone ("I'm working"), nor a part of the body ("my back isn't working right").
    expect(spoken(await harness.conversation().intent('HealthConcernIntent', health('working')))).not.toMatch(/(^|\. )Fat loss is slow/);
    expect(spoken(await harness.conversation().intent('HealthConcernIntent', health("my back isn't working right")))).not.toMatch(/(^|\. )Fat loss is slow/);
    // A stall said is the plateau's answer (found in review: "I don't know that one yet").
    for (const said of ["i don't think it's working", 'not making any progress']) {
      expect(spoken(await harness.conversation().intent('HealthConcernIntent', health(said))), said).toMatch(/Stalls are normal/);
    }
    // Not working out, or at a job, is no stall (found in a second review).
    for (const said of ['not working out today', 'not working today']) {
      expect(spoken(await harness.conversation().intent('HealthConcernIntent', health(said))), said).not.toMatch(/Stalls are normal/);
    }
  });

  it('"too late" at an age is the age\'s answer; with pain, the pain\'s', async () => {
    const late = await harness.conversation().intent('HealthConcernIntent', health('45 is it too late to lose back fat'));
    expect(spoken(late)).toMatch(/(^|\. )Moving more helps at any age/);
    const hurt = await harness.conversation().intent('HealthConcernIntent', health('45 and my back hurts is it too late'));
    expect(spoken(hurt)).toMatch(/pain/);
  });
});

// Found by a helper trying the console as a night-shift nurse (December 6): "Sorry, I didn't get that".
it('"I work nights, can I do it at 3am" is the best time to work out', async () => {
  const reply = await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'work nights can i do it at 3am') });
  await expectWellFormed(reply);
  expect(spoken(reply)).toMatch(/The best time to work out is the time you can stick to/);
  // Sleep or food asked by someone who works nights is that answer (found in review).
  const sleep = await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'work nights how much sleep do i need') });
  expect(spoken(sleep)).not.toMatch(/The best time to work out/);
});

// Found by a helper trying the console as a 63-year-old with arthritic knees (December 7): "what should I do about my
// knees" got "I don't know that one yet". A part of the body asked about alone is trouble there: the safe answer.
describe('a part of the body asked about alone', () => {
  it.each(['what should I do about my knees', 'what about my shoulder'])('"%s" is for a doctor, never "I don\'t know that one yet", and no pain kept', async (said) => {
    const spokenTopic = said.replace(/^what should I do about |^what about /, '');
    const chat = harness.conversation();
    const turn = await chat.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', spokenTopic) });
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(/doctor/);
    expect(spoken(turn)).not.toMatch(/I don't know that one yet|train through pain/);
    // A question, not a report (found in review: the pain answer, and the next workout asked whether it still hurt).
    expect(spoken(await chat.intent('StartWorkoutIntent'))).not.toMatch(/hurt/);
    // Mid-workout, the workout goes on.
    const running = harness.conversation();
    await running.intent('StartWorkoutIntent');
    await running.intent('AMAZON.NextIntent');
    expect(spoken(await running.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', spokenTopic) }))).not.toMatch(/paused/);
    expect(running.attributes.workout).toBeDefined();
  });

  it('"what about my back" stays the skill\'s own subject, never pain', async () => {
    const turn = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'my back') });
    expect(spoken(turn)).not.toMatch(/train through pain/);
  });
});

// Found by helpers trying the console as a tired parent and in Indian English (December 7): "I'm skipping today, too
// tired" got "I don't know that one yet", "today I want to skip workout" was asked what was done, and "I am feeling lazy
// today" reached the answer by the lenient matcher alone.
describe('a day skipped, said as people say it', () => {
  it.each([
    ['en-US', "I'm skipping today", 'TopicIntent', { topic: resolvedSlot('topic', 'TopicName', 'day-off', 'skipping today') }],
    ['en-US', "I'm skipping today too tired", 'TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'skipping today too tired') }],
    ['en-IN', 'today I want to skip workout', 'LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'want to skip workout') }],
    ['en-US', "I'm feeling lazy", 'TopicIntent', { topic: resolvedSlot('topic', 'TopicName', 'day-off', 'feeling lazy') }],
  ] as const)('%s "%s" is a day off', async (locale, _said, intent, slots) => {
    const turn = await harness.conversation({ locale }).intent(intent, slots);
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(/A day off now and then is fine\./);
  });
});

// Found by a helper trying the console in Indian English (December 7): "can I exercise after dinner" was out of scope,
// and the empty-stomach and best-time questions reached nothing, or the lenient matcher alone.
describe('when to train, asked of meals', () => {
  it.each([
    ['can I exercise after dinner', /^Leave a couple of hours after a big meal before a hard workout/],
    ['workout after food is ok or not', /^Leave a couple of hours after a big meal/],
    ['can I do workout on empty stomach', /^An empty stomach is fine if you feel well, but it burns no extra fat/],
    ['what is the best time to workout', /^The best time to work out is the time you can stick to\./],
  ] as const)('en-IN "%s"', async (said, answer) => {
    const [heard, ...others] = committedMatcher('en-IN').literal(said);
    expect(others).toEqual([]);
    expect(heard?.intent).toBe('TopicIntent');
    const turn = await harness.conversation({ locale: 'en-IN' }).intent(heard!.intent, heard!.slots);
    await expectWellFormed(turn);
    expect(spoken(turn).replace(/^Quick note: [^.]*\. /, '')).toMatch(answer);
  });
});

// Found by a helper trying the console as an older British user (December 7): "what are my rest days" got the answer
// about training without rest.
it('"what are my rest days" says the user\'s own rest day', async () => {
  const [heard, ...others] = committedMatcher('en-GB').literal('what are my rest days');
  expect(others).toEqual([]);
  const turn = await harness.conversation({ locale: 'en-GB' }).intent(heard!.intent, heard!.slots);
  await expectWellFormed(turn);
  expect(spoken(turn)).toMatch(/Sunday/);
  expect(spoken(turn)).not.toMatch(/no rest days leads to tiredness/);
});

// Found by helpers trying the console (December 7): "are supermans good for back fat" and "does the superman burn back
// fat" told the superman's benefits alone, heard as a yes. A strength move asked about says no move burns fat off the
// back by itself, within about 30 seconds, the notice included.
it.each([
  ['are supermans good for back fat', /No move burns fat off your back by itself/],
  ['does the superman burn back fat', /No move burns fat off your back by itself/],
  ['will deadlifts get rid of my back fat', /^(Quick note: [^.]*\. )?No\./],
] as const)('"%s" never promises fat off the back', async (said, answer) => {
  const heard = committedMatcher('en-US').resolve(said);
  const first = await harness.conversation().intent(heard.intent, heard.slots ?? {});
  await expectWellFormed(first);
  expect(spoken(first)).toMatch(answer);
});
