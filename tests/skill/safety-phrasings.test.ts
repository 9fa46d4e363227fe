import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HI_IN } from '../../lambda/content/hi-IN';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { namedConcern, namedInside, urgentSaid } from '../../lambda/content/named';
import { Conversation } from '../../scripts/sim/envelope';
import { committedMatcher } from '../support/committed-model';
import { type Harness, expectWellFormed, resolvedSlot, spoken, startHarness, unmatchedSlot } from '../support/skill-harness';
import { LOCALES, type LocaleId } from '../../lambda/locales';

/**
 * Issue 10's promise: pain, injury, medical conditions, medicines and "is this medical advice" never reach the
 * fallback. Each phrasing is written as people say it, matched literally against the committed en-US model (what a
 * model build surely understands), then sent through the real skill as Alexa would send what matched.
 */
const matcher = committedMatcher('en-US');

const PHRASINGS = [
  // Pain and injury.
  'it hurts',
  'I have a sharp pain in my back',
  'my back is killing me',
  // Found trying a workout as a user: a degree said before the pain.
  'my back is a bit sore',
  'my knee hurts when I squat',
  'I have sciatica',
  'I have a slipped disc',
  'I hurt my back',
  'this hurts my back',
  'skip this one, it hurts my knee',
  // Medical conditions.
  "I'm pregnant",
  'I have diabetes',
  'I have heart disease',
  'I have high blood pressure',
  'I just had surgery',
  // Medicines, and what this coach is.
  "I'm on medication",
  'is this medical advice',
  // Found by a blind set of health phrasings (scripts/sim/nlu-eval/en-US.safety.json): a concern said alone, with the
  // move that hurt (the skill's own or another), an age, an eating disorder.
  'pain',
  'ankle pain',
  'feeling kind of dizzy',
  'my knee hurts when I do the bridges',
  'my neck hurts during the planks',
  'burpees hurt my knee',
  'I think I sprained my wrist doing the plank',
  'am I too old for this',
  "I'm seventy two is this safe for me",
  "I've struggled with an eating disorder",
  // Found by a blind batch of 150 health phrasings (December 2): a cry of pain, an injury said plainly, an age said alone.
  'ow',
  'ouch that hurt',
  'I think I hurt myself',
  'this exercise hurts',
  'my back just tweaked',
  'something popped in my shoulder doing rows',
  'my fingers are tingling',
  "I'm 68",
  'I have asthma is jumping jacks ok',
  'do I need to go to the doctor for this',
  "I don't feel right",
  "my heart's pounding out of my chest",
  // Found by a helper trying the console as an Indian user: pain asked as a question reached the fallback.
  'my knee hurts which exercises can I do',
  'my back hurts what can I do',
  'I have knee pain what exercises can I do',
  'what exercises can I do with a bad knee',
  // Found by a helper trying the console mid-workout (December 3): out of scope, and "next" went on with the workout.
  'my left arm feels numb',
  'my left hand is numb',
  "my arm's gone numb",
  'pins and needles in my arm',
  "everything's spinning",
  'my back just went',
  "my knees aren't great",
  // Found by a helper trying the console for safety (December 5): under way now, not a condition had before.
  "I'm having chest pain",
  "I'm having a heart attack",
  "I think I'm having a heart attack",
  // Found by a helper trying the console as a 60-year-old (December 6): an old injury reached the fallback.
  'I hurt my back a few years ago',
  'I hurt my back years ago is it ok for me to do these exercises',
  'I threw my back out last year',
  'my back goes out sometimes',
] as const;

/** What every safety answer says: see someone who can examine you; nothing here is a prescription. */
const POINTS_TO_CARE = /doctor|physio/i;

describe('every safety phrasing gets the safety answer', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  /** What was said, as the committed model hears it, in a workout past its warm-up. */
  async function saidMidWorkout(said: string) {
    const heard = matcher.resolve(said);
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    return chat.intent(heard.intent, heard.slots ?? {});
  }

  it.each(PHRASINGS)('"%s"', async (phrasing) => {
    const matches = matcher.literal(phrasing);
    expect(
      matches.map((match) => match.intent),
      'matched literally by one intent',
    ).toEqual(['HealthConcernIntent']);
    const turn = await harness.conversation().intent('HealthConcernIntent', matches[0]?.slots ?? {});
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(POINTS_TO_CARE);
    expect(spoken(turn)).not.toMatch(/didn't catch|not something I can help/i);
  });

  it('an old injury names the part; what is more than a part ("my heart gives out sometimes") is answered as itself', async () => {
    // "Is it safe for me", the slot taking "me": a doctor's answer (found by a helper trying the console: out of scope).
    for (const said of ['me', 'someone like me']) {
      expect(spoken(await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) })), said).toMatch(/doctor/);
    }
    // Nothing recognised there, and no part of the body: a doctor's answer (found in a second review).
    for (const part of ['my vision', 'my breathing']) {
      const reply = spoken(await harness.conversation().intent('HealthConcernIntent', { injured: unmatchedSlot('injured', 'ConcernName', part) }));
      expect(reply, part).toMatch(/doctor/);
      expect(reply, part).not.toMatch(/injury like that/);
    }
    for (const said of ['my heart gives out sometimes', 'I injured my heart last year']) {
      const [heard] = matcher.literal(said);
      const reply = spoken(await harness.conversation().intent(heard!.intent, heard!.slots));
      expect(reply, said).toMatch(/doctor/);
      expect(reply, said).not.toMatch(/injury like that/);
    }
    expect(spoken(await harness.conversation().intent('HealthConcernIntent', matcher.literal('my knee gives out sometimes')[0]!.slots))).toMatch(/injury like that/);
  });

  it('an age, said as a number or in words, gets the answer about starting safely at any age', async () => {
    // Found by trying the console as a user: "is it too late for me" was "I don't know that one yet".
    for (const phrasing of ["I'm seventy two is this safe for me", 'am I too old for this', 'should someone my age be lifting weights', 'is it too late for me', 'is it too late to start']) {
      const [match, ...others] = matcher.literal(phrasing);
      expect(match?.intent, phrasing).toBe('HealthConcernIntent');
      expect(others, phrasing).toEqual([]);
      const turn = await harness.conversation().intent('HealthConcernIntent', match?.slots ?? {});
      expect(spoken(turn), phrasing).toContain(EN_US_CATALOGUE.safety.age);
    }
  });

  it('an age said inside a question an open slot took whole gets the answer about age, not the topic or "I don\'t know"', async () => {
    // "I'm 65, is it okay to do these exercises" and "I'm over 60, is hiit safe" once reached the topic intent whole:
    // the first heard "I don't know that one yet", the second the HIIT answer.
    for (const [intent, slot, type, said] of [
      ['TopicIntent', 'topic', 'TopicName', '65 is it okay to do these exercises'],
      ['TopicIntent', 'topic', 'TopicName', 'over 60 is hiit safe'],
      ['TopicIntent', 'topic', 'TopicName', 'hiit safe for a 70 year old'],
      ['TopicIntent', 'topic', 'TopicName', 'losing back fat at 55'],
      ['HealthConcernIntent', 'concern', 'ConcernName', '60 year old'],
      ['HealthConcernIntent', 'concern', 'ConcernName', 'seventy years old'],
      // Found by a helper trying the console as an older user (December 5): "I'm 62 and haven't exercised in years" was
      // "I don't know that one yet", and "is it safe for seniors" "not something I can help with".
      ['TopicIntent', 'topic', 'TopicName', "62 and haven't exercised in years"],
      ['HealthConcernIntent', 'concern', 'ConcernName', 'seniors'],
    ] as const) {
      const turn = await harness.conversation().intent(intent, { [slot]: unmatchedSlot(slot, type, said) });
      expect(spoken(turn), said).toContain(EN_US_CATALOGUE.safety.age);
    }
    // A number that is no age stays what it was: an amount, a count, a time.
    for (const said of ['10000 steps a day', 'over 100 squats', '30 minutes of walking at 6']) {
      const turn = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) });
      expect(spoken(turn), said).not.toContain(EN_US_CATALOGUE.safety.age);
    }
  });

  it('a symptom heard whole by an open slot gets its kind of safe answer, never a topic, "I don\'t know" or out of scope', async () => {
    // Found by sending a blind set of health phrasings through the skill (`npm run nlu:eval`, what is heard): each got a
    // topic's answer, "I don't know that one yet", or "That's not something I can help with".
    for (const [intent, slot, type, said, answer] of [
      ['TopicIntent', 'topic', 'TopicName', 'is it normal for my knees to click when I squat', EN_US_CATALOGUE.painBeforeTraining],
      ['TopicIntent', 'topic', 'TopicName', 'is it normal for my arms to go tingly during planks', EN_US_CATALOGUE.safety.nerve],
      ['TopicIntent', 'topic', 'TopicName', "I'm all sweaty and clammy and my jaw aches", EN_US_CATALOGUE.urgent.answer],
      ['TopicIntent', 'topic', 'TopicName', "can I trust your advice over my doctor's", EN_US_CATALOGUE.safety['medical-advice']],
      ['TopicIntent', 'topic', 'TopicName', 'how do I know when I should go to the ER', EN_US_CATALOGUE.safety['medical-advice']],
      ['HealthConcernIntent', 'concern', 'ConcernName', 'stitch', EN_US_CATALOGUE.painBeforeTraining],
      ['HealthConcernIntent', 'concern', 'ConcernName', 'while expecting', EN_US_CATALOGUE.safety.pregnancy],
      ['HealthConcernIntent', 'concern', 'ConcernName', 'microdiscectomy last year is it safe to do bird dogs', EN_US_CATALOGUE.safety.condition],
      ['HealthConcernIntent', 'concern', 'ConcernName', 'going cold and prickly', EN_US_CATALOGUE.safety.nerve],
      ['HealthConcernIntent', 'concern', 'ConcernName', 'a sore groin', EN_US_CATALOGUE.painBeforeTraining],
    ] as const) {
      const turn = await harness.conversation().intent(intent, { [slot]: unmatchedSlot(slot, type, said) });
      await expectWellFormed(turn);
      expect(spoken(turn), said).toContain(answer);
    }
    // The same words where nothing is wrong (found in review: "on my side", "a hand towel" and "my biceps popping" got
    // the pain answer, and "what should I be expecting" the pregnancy answer).
    for (const [intent, slot, type] of [['TopicIntent', 'topic', 'TopicName'], ['HealthConcernIntent', 'concern', 'ConcernName']] as const) {
      for (const said of [
        'what results should I be expecting',
        'which side do I start the side plank on',
        'what should I do with my hands in a plank',
        'a question on the side',
        'a hand towel',
        'how do I get my biceps popping',
        'my wife is expecting',
        'clammy when I am nervous',
      ]) {
        const turn = await harness.conversation().intent(intent, { [slot]: unmatchedSlot(slot, type, said) });
        expect(spoken(turn), `${intent}: ${said}`).not.toMatch(/physio|pregnan|your doctor|see a doctor|Stop now/i);
      }
    }
  });

  it('feeling unwell (a fever, a cold, nausea) gets the answer to rest today, a period its own, and a condition or an age said plainly theirs; neither is a rest period or a cold shower', async () => {
    for (const [said, kind] of [
      ['I feel a bit sick', 'unwell'],
      ['should I work out with a fever', 'unwell'],
      ['I have a cold should I still work out', 'unwell'],
      ['I have the flu', 'unwell'],
      ['I feel nauseous', 'unwell'],
      ['can I work out on my period', 'period'],
      ['is it safe to exercise during my period', 'period'],
      ['I have period cramps', 'period'],
      // Found in a blind batch of 150: said plainly, these were questions about a topic no one knows.
      ["I'm not feeling well today", 'unwell'],
      ["I'm hungover", 'unwell'],
      ["I'm getting old", 'age'],
      ['I have afib can I do cardio', 'condition'],
      ['I have pcos and I can\'t lose weight', 'condition'],
      ['I have low blood pressure and I get dizzy standing up', 'condition'],
    ] as const) {
      const [match] = matcher.literal(said);
      expect(match?.intent, said).toBe('HealthConcernIntent');
      const turn = await harness.conversation().intent('HealthConcernIntent', match?.slots ?? {});
      await expectWellFormed(turn);
      expect(spoken(turn), said).toContain(EN_US_CATALOGUE.safety[kind]);
    }
    // "I am having periods, can I do workout", the slot taking "having periods": the period's answer, not a condition's
    // (found by a helper trying the console in Indian English).
    for (const said of ['having periods', 'having my period']) {
      const turn = await harness.conversation({ locale: 'en-IN' }).intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said), move: unmatchedSlot('move', 'MoveName', 'workout') });
      expect(spoken(turn), said).toContain(EN_US_CATALOGUE.safety.period);
    }
    for (const said of ['how long should my rest period be', 'is a cold shower good after a workout', "I'm sick of this"]) {
      const turn = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) });
      expect(spoken(turn), said).not.toMatch(/unwell|your period/);
    }
    // "Sick of this", heard through a health carrier ("I'm {concern}") mid-workout, is no report: the workout goes on.
    const fedUp = harness.conversation();
    await fedUp.intent('StartWorkoutIntent');
    await fedUp.intent('AMAZON.NextIntent');
    for (const said of ['sick of this', 'sick and tired of planks']) {
      const turn = await fedUp.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) });
      expect(spoken(turn), said).not.toContain(EN_US_CATALOGUE.safety.unwell);
      expect(spoken(turn), said).not.toMatch(/Your workout is paused/);
    }
    // Found in review: "the best exercises for back pain" was the list of moves for back fat; then, with a concern slot
    // in that carrier, "the best exercises for my lower back" was the pain answer. Pain or a condition is the safe
    // answer; a place, or its fat, the moves.
    for (const [said, answer] of [
      ['what are the best exercises for back pain', /doctor or a physiotherapist/],
      ['which stretches help with sciatica', /doctor|physiotherapist|physio/],
      ['what are the best exercises for my lower back', /^No exercise burns fat from one spot.*I can teach/],
      ['what is the best exercise for belly fat', /^No exercise burns fat from one spot.*I can teach/],
      ['what are the best exercises for my core', /^No exercise burns fat from one spot.*I can teach/],
    ] as const) {
      const resolved = matcher.resolve(said);
      expect(resolved.intent, said).toBe('HealthConcernIntent');
      const reply = spoken(await harness.conversation().intent('HealthConcernIntent', resolved.slots));
      expect(reply, said).toMatch(answer);
      if (!String(answer).includes('doctor')) expect(reply, said).not.toMatch(/doctor|physiotherapist|That's not something/);
    }
    // Tried as a user in Australian English: "I'm feeling crook" was out of scope.
    for (const said of ["I'm feeling crook", "I'm a bit crook today should I still train"]) {
      const [match] = committedMatcher('en-AU').literal(said);
      expect(match?.intent, said).toBe('HealthConcernIntent');
      const turn = await harness.conversation({ locale: 'en-AU' }).intent('HealthConcernIntent', match?.slots ?? {});
      expect(spoken(turn), said).toMatch(/If you're unwell/);
    }
    // A crook back, though, is back pain (found in review: it once became feeling unwell).
    for (const said of ["my back's a bit crook", "I've got a crook back"]) {
      const resolved = committedMatcher('en-AU').resolve(said);
      const turn = await harness.conversation({ locale: 'en-AU' }).intent(resolved.intent, resolved.slots);
      expect(spoken(turn), said).toMatch(/^(Quick note: [^.]*\. )?Don't train through pain/);
    }
    // Mid-workout, feeling sick pauses the workout, as pain does.
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const [sick] = matcher.literal('I feel sick');
    const paused = await chat.intent('HealthConcernIntent', sick?.slots ?? {});
    expect(spoken(paused)).toContain(EN_US_CATALOGUE.safety.unwell);
    expect(spoken(paused)).toMatch(/paused/);
  });

  it('a move named with the pain, taught here or not, changes nothing in the answer: stop, and see someone', async () => {
    const [taught] = matcher.literal('my knee hurts when I do the bridges');
    const [other] = matcher.literal('my neck hurts during the planks');
    expect(taught?.slots.move?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id).toBe('glute-bridge');
    expect(other?.slots.move?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id).toBe('plank');
    for (const match of [taught, other]) {
      expect(spoken(await harness.conversation().intent('HealthConcernIntent', match?.slots ?? {}))).toContain(EN_US_CATALOGUE.painBeforeTraining);
    }
  });

  it('an open slot that took words naming nothing wrong is no health report: mid-workout, the workout goes on', async () => {
    // "wait, I'm not ready", "I lost count during the squats", "okay so I'm ready": heard through a health carrier's open
    // slot, they once got the pain answer, which paused the workout.
    for (const said of ['not ready', 'lost count', 'ready', 'a question']) {
      const chat = harness.conversation();
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      const turn = await chat.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) });
      expect(spoken(turn), said).not.toMatch(POINTS_TO_CARE);
      expect(spoken(turn), said).not.toMatch(/Your workout is paused/);
      expect(spoken(turn), said).toMatch(/In your workout, you can say next/);
    }
    // A part of the body, or pain, in what the slot took is still a report ("my elbow is killing me").
    const elbow = await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'elbow') });
    expect(spoken(elbow)).toMatch(POINTS_TO_CARE);
    // Found by a helper trying the console mid-workout (December 6): "my hand hurts" was "That's not something I can help
    // with yet… If anything hurts, stop, and say it hurts", and the workout ran on. Every part of the body is a report.
    for (const said of ['my hand', 'my hands', 'my thumb', 'my biceps', 'my quads', 'my abs', 'my butt', 'my lats', 'my shoulder blade', 'my collarbone', 'my palm', 'mere haath']) {
      const chat = harness.conversation();
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      const turn = await chat.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) });
      expect(spoken(turn), said).toMatch(POINTS_TO_CARE);
      expect(spoken(turn), said).toMatch(/Your workout is paused/);
    }
    // "I'm on my side" leaves "my side" alone too: no report (found in review: it paused the side plank).
    const side = harness.conversation();
    await side.intent('StartWorkoutIntent');
    expect(spoken(await side.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'my side') }))).not.toMatch(/paused/);
    // Tried as a user: "I think I pulled something" left the slot "something", and "my back's been killing me" left
    // "back's": both got "That's not something I can help with yet". What was hurt, said vaguely, is still a report.
    for (const said of ['something', 'myself', "back's", "knee's", 'a muscle', 'pop', 'a twinge']) {
      expect(spoken(await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) })), said).toMatch(POINTS_TO_CARE);
    }
  });

  it('a part of the body named as what a move trains ("is this a chest exercise") is no report; said any other way, it is', async () => {
    const ask = (said: string) => harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) });
    for (const said of ['a chest exercise', 'good chest workouts', 'back exercises', 'leg day']) {
      const turn = await ask(said);
      expect(spoken(turn), said).toMatch(/^That's not something I can help with yet\./);
    }
    for (const said of ['my chest', 'my chest when I exercise', 'chest tightness during the workout', 'my chest doing chest exercises', 'chest workout and now my chest feels heavy']) {
      expect(spoken(await ask(said)), said).toContain(EN_US_CATALOGUE.urgent.answer);
    }
    // The slot holds no carrier: "I injured {concern}" gives "my knee on leg day", whose injury was in the carrier.
    for (const said of ['my back exercises hurt', 'my knee on leg day', 'my back during back exercises', 'my knee is swelling after leg day']) expect(spoken(await ask(said)), said).toMatch(POINTS_TO_CARE);
  });

  it('a part of the body named with its fat is still a report: the pain is often in the carrier, which the slot never holds', async () => {
    // "I have a pain in my back fat", "my lower back fat hurts", "there's a lump in my back fat" (found in review: a
    // version that took "back fat" for the skill's aim answered them "That's not something I can help with yet").
    const ask = (said: string) => harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) });
    for (const said of ['my back fat', 'lower back fat', 'my belly fat', 'back rolls']) expect(spoken(await ask(said)), said).toMatch(POINTS_TO_CARE);
    // What the skill is for, asked plainly, is never a health request.
    expect(matcher.literal('what exercises target lower back fat').map((match) => match.intent)).toEqual(['ExerciseListIntent']);
  });

  it('pain named with an age or a medicine gets the pain answer, which says to stop', async () => {
    for (const said of ["I'm older and I have a sharp pain in my back", 'sharp pain in my back and I took tylenol', 'at my age my back hurts']) {
      const turn = await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) });
      expect(spoken(turn), said).toMatch(/train through pain|Stop the move that hurts/);
      expect(spoken(turn), said).not.toContain(EN_US_CATALOGUE.safety.age);
    }
  });

  it('workout words after "wait", "hold on" or "stop", and body parts named without pain, are no health report', async () => {
    for (const phrasing of ['wait go back', 'hold on go back', "wait what's a glute bridge", 'wait one second', 'stop stop', 'stop the timer', 'give me a sec I need water']) {
      expect(matcher.literal(phrasing).map((match) => match.intent), phrasing).not.toContain('HealthConcernIntent');
    }
    const lowBack = await harness.conversation().intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'low back workout') });
    const fat = await harness.conversation().intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'low back fat') });
    for (const turn of [lowBack, fat]) {
      for (const answer of [...Object.values(EN_US_CATALOGUE.safety), EN_US_CATALOGUE.painBeforeTraining]) expect(spoken(turn)).not.toContain(answer);
    }
  });

  it('a number no one gives as their age is not one', async () => {
    const turn = await harness.conversation().intent('HealthConcernIntent', { age: '1' });
    expect(spoken(turn)).not.toContain(EN_US_CATALOGUE.safety.age);
    expect(spoken(turn)).not.toMatch(POINTS_TO_CARE);
  });

  it('a racing heart or a blackout said with the move gets the urgent answer', async () => {
    // Found in a blind batch of 150: "my heart's pounding out of my chest" reached the fallback.
    for (const phrasing of ['my heart is racing after the burpees', 'I blacked out', "my heart's pounding out of my chest"]) {
      const matches = matcher.literal(phrasing);
      expect(matches.map((match) => match.intent), phrasing).toEqual(['HealthConcernIntent']);
      expect(spoken(await harness.conversation().intent('HealthConcernIntent', matches[0]?.slots ?? {})), phrasing).toContain(EN_US_CATALOGUE.urgent.answer);
    }
  });

  // Found by a helper trying the console: the pounding heart and the burn of a hard round are its effort, answered as
  // such, with the signs that are a reason to stop.
  it('a heart pounding after burpees, or a burn, is the effort of a hard round in a workout', async () => {
    for (const phrasing of ["my heart's pounding after the burpees", "I'm out of breath", 'my glutes are burning is that ok']) {
      const matches = matcher.literal(phrasing);
      expect(matches.map((match) => match.intent), phrasing).toEqual(['HealthConcernIntent']);
      const chat = harness.conversation();
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      const reply = spoken(await chat.intent('HealthConcernIntent', matches[0]?.slots ?? {}));
      expect(reply, phrasing).toContain(EN_US_CATALOGUE.safety.effort);
      expect(reply, phrasing).not.toContain(EN_US_CATALOGUE.urgent.answer);
    }
  });

  // Found by a helper trying the console (December 3, fourth round): mid-workout, these got "say next to carry on" or
  // "not something I can help with", or a heart racing was taken for a heart condition.
  it.each([
    ['en-US', "I'm gonna hurl", 'urgent'],
    ['en-US', 'I feel really weak all of a sudden', 'urgent'],
    ['en-US', 'my heart is going crazy', 'urgent'],
    ['en-AU', "I'm gonna chuck", 'urgent'],
    ['en-GB', 'ooh that twinges a bit', 'paused'],
    ['en-GB', 'I tweaked it', 'paused'],
    ['en-AU', "I'm rooted", 'effort'],
  ] as const)('%s mid-workout: "%s" gets the %s answer', async (locale, said, expected) => {
    const matches = committedMatcher(locale).literal(said);
    expect(matches.map((match) => match.intent), said).toEqual(['HealthConcernIntent']);
    const chat = harness.conversation({ locale });
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const reply = spoken(await chat.intent('HealthConcernIntent', matches[0]?.slots ?? {}));
    if (expected === 'urgent') expect(reply).toMatch(/^Stop now, and sit or lie down to rest\./);
    if (expected === 'paused') expect(reply).toMatch(/Your workout is paused, and your place saved\./);
    if (expected === 'effort') expect(reply).toContain(EN_US_CATALOGUE.safety.effort);
    expect(reply).not.toMatch(/not something I can help with|I don't know that one/);
  });

  // Found trying it as a user: "I'm really sore from yesterday" paused the workout with the pain answer, which opens
  // "stop the move that hurts", and "I'm so stiff" was not understood at all.
  // Found by helpers trying the console mid-workout (December 5 and 6): "my legs are shaking" got "If you're unwell,
  // with a fever, a cold or an upset stomach…", and Hindi "mere pair kaanp rahe hain" was "I don't know that one yet".
  // Shaking muscles are tired muscles; shaky all over with sweat or dizziness is the sign to stop and eat. Both are said.
  it('shaking mid-workout gets the answer for tired muscles and for low sugar, and the workout waits on next; never a fever or a cold', async () => {
    for (const [locale, said, tired] of [
      ['en-US', 'my legs are shaking', /tired/],
      ['en-US', "I'm shaking", /tired/],
      ['en-US', 'my arms are shaky', /tired/],
      ['hi-IN', 'mere pair kaanp rahe hain', /थक/],
      ['hi-IN', 'हाथ काँप रहे हैं', /थक/],
    ] as const) {
      const heard = committedMatcher(locale).resolve(said);
      const chat = harness.conversation({ locale });
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      const turn = await chat.intent(heard.intent, heard.slots);
      await expectWellFormed(turn, { endsOnQuestion: false });
      expect(spoken(turn), `${locale}: ${said}`).toMatch(tired);
      expect(spoken(turn), `${locale}: ${said}`).not.toMatch(/fever|बुखार/);
      // The workout waits on the user's next, as for a burn: a pause asked "do you still feel unwell?" of tired legs, and
      // "what should I do" then said to rest for the day (found in review).
      expect((chat.attributes.workout as { hurt?: string } | undefined)?.hurt, `${locale}: ${said}`).toBeUndefined();
      expect(spoken(await chat.intent('AMAZON.NextIntent')), `${locale}: ${said}`).not.toMatch(/unwell|तबीयत/);
    }
    // With no workout under way, the same two readings.
    expect(spoken(await harness.conversation().intent('HealthConcernIntent', matcher.resolve('my legs are shaking').slots))).toMatch(/tired.*shaky all over/);
  });

  it('soreness from an earlier workout, said mid-workout, is normal: go gently, and the workout goes on; a sore back still pauses it', async () => {
    const soreness = EN_US_CATALOGUE.concerns.find((concern) => concern.id === 'soreness')!;
    for (const phrasing of ["I'm really sore from yesterday", "I'm so stiff", 'my muscles are sore']) {
      const matches = matcher.literal(phrasing);
      expect(matches.map((match) => match.intent), phrasing).toEqual(['HealthConcernIntent']);
      const chat = harness.conversation();
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      const turn = await chat.intent('HealthConcernIntent', matches[0]?.slots ?? {});
      expect(spoken(turn), phrasing).toContain(soreness.inWorkout);
      expect(spoken(turn), phrasing).not.toMatch(/paused/);
      expect(spoken(await chat.intent('AMAZON.NextIntent')), phrasing).not.toMatch(/still hurt/);
    }
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    expect(spoken(await chat.intent('HealthConcernIntent', matcher.literal('my back is sore')[0]?.slots ?? {}))).toMatch(/paused/);
    // Found in review: a pain named with the soreness is the pain ("I'm sore from yesterday and my knee hurts").
    for (const said of ["I'm sore from yesterday and my knee hurts", "I'm still sore in my knee", 'my shoulder is still sore']) {
      expect(namedConcern(EN_US_CATALOGUE, said), said).not.toBe('soreness');
      const mid = harness.conversation();
      await mid.intent('StartWorkoutIntent');
      const turn = await mid.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) });
      expect(spoken(turn), said).toMatch(/paused/);
    }
    expect(namedConcern(HI_IN.catalogue, 'मेरा घुटना अकड़ गया')).not.toBe('soreness');
    const hindi = harness.conversation({ locale: 'hi-IN' });
    await hindi.intent('StartWorkoutIntent');
    const sore = await hindi.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'soreness', 'कल से बदन दर्द') });
    expect(spoken(sore)).toContain(HI_IN.catalogue.concerns.find((concern) => concern.id === 'soreness')!.inWorkout);
    // With no workout under way, the pain answer, which tells normal soreness apart from pain that needs a doctor.
    expect(spoken(await harness.conversation().intent('HealthConcernIntent', matcher.literal("I'm so stiff")[0]?.slots ?? {}))).toContain('Mild soreness a day after training is normal');
  });

  // Found in review: with no workout under way, being out of breath or a pounding heart ("while I rest") is the warning
  // sign it was; a burn is still the effort answer; and effort never outranks pain, nor hides inside a fat-loss question.
  // Found by a helper trying the console: "not really pain, just tight" after "does it still hurt?" was heard as a level
  // change. Tightness is no reason to stop: mid-workout it gets how to ease into it, and to "does it still hurt?" it is a no.
  it('tightness mid-workout: ease into it, and the workout goes on; to "does it still hurt?", a no', async () => {
    for (const [locale, said] of [['en-US', 'not really pain just tight'], ['en-US', 'it just feels a bit tight'], ['hi-IN', 'dard nahi bas thodi jakdan hai']] as const) {
      const [match] = committedMatcher(locale).literal(said);
      expect(match?.slots.concern?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value?.id, said).toBe('tightness');
      const chat = harness.conversation({ locale });
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      const eased = await chat.intent('HealthConcernIntent', match!.slots);
      await expectWellFormed(eased, { endsOnQuestion: false });
      expect(spoken(eased), said).not.toMatch(/paused|रुका/i);
    }
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'back-pain') });
    const asked = spoken(await chat.intent('AMAZON.ResumeIntent'));
    expect(asked).toMatch(/still hurt/);
    const [tight] = matcher.literal('not really pain just tight');
    const goes = await chat.intent('HealthConcernIntent', tight!.slots);
    expect(spoken(goes)).toMatch(/^A tight feeling is common\./);
    expect(spoken(goes)).not.toMatch(/stop here for today/i);
  });

  it('with no workout under way, out of breath or a pounding heart is a warning sign; burning pain is pain', async () => {
    for (const phrasing of ['my heart is pounding', "I'm out of breath"]) {
      const matches = matcher.literal(phrasing);
      expect(spoken(await harness.conversation().intent('HealthConcernIntent', matches[0]?.slots ?? {})), phrasing).toContain(EN_US_CATALOGUE.urgent.answer);
    }
    expect(namedConcern(EN_US_CATALOGUE, 'a burning pain in my knee')).not.toBe('effort');
    expect(namedConcern(EN_US_CATALOGUE, 'my knee hurts and my legs are burning')).toBe('knee-pain');
    expect(namedInside(EN_US_CATALOGUE, 'tips for fat burning')?.kind).not.toBe('concern');
    expect(namedInside(EN_US_CATALOGUE, 'is it weird to work out at night')?.kind).not.toBe('concern');
  });

  // Found trying the console as a user (December 5): "I get short of breath when I exercise", said at rest, was told to
  // "stop now, and sit or lie down", and the session ended. A warning sign that comes with training is a reason to see
  // a doctor before training again, and every workout asks for their okay until it is given; being out of breath when
  // running is the effort unless it does not ease. Felt now, or said mid-workout, it stays the warning sign it is.
  it('a warning sign that comes on when exercising, told at rest: see a doctor before training again, and the session goes on', async () => {
    for (const [phrasing, caution] of [
      ['I get short of breath when I exercise', true],
      ['I get chest pain when I work out', true],
      ['I get dizzy when I run', true],
      ['I get out of breath when I run', false],
    ] as const) {
      const [match, ...others] = matcher.literal(phrasing);
      expect(match?.intent, phrasing).toBe('HealthConcernIntent');
      expect(others, phrasing).toEqual([]);
      const chat = harness.conversation();
      const told = await chat.intent('HealthConcernIntent', match!.slots);
      await expectWellFormed(told);
      expect(spoken(told), phrasing).toContain(EN_US_CATALOGUE.urgent.habitual);
      expect(spoken(told), phrasing).not.toContain(EN_US_CATALOGUE.urgent.answer);
      expect(told.response.response.shouldEndSession, phrasing).toBe(false);
      const workout = spoken(await chat.intent('StartWorkoutIntent'));
      if (caution) expect(workout, phrasing).toMatch(/Has your doctor said this kind of exercise is okay for you\?/);
      else expect(workout, phrasing).not.toMatch(/doctor/);
    }
    // Felt now, at rest or mid-workout, it is the warning sign.
    const [now] = matcher.literal("I'm short of breath");
    expect(spoken(await harness.conversation().intent('HealthConcernIntent', now!.slots))).toContain(EN_US_CATALOGUE.urgent.answer);
    const [habit] = matcher.literal('I get dizzy when I exercise');
    const stopped = await saidMidWorkout('I get dizzy when I exercise');
    expect(habit?.slots.habit, 'heard as a habit').toBeDefined();
    expect(spoken(stopped)).toContain(EN_US_CATALOGUE.urgent.answer);
    // In Hindi too.
    const [hindi] = committedMatcher('hi-IN').literal('exercise करते समय मेरी साँस फूलती है');
    expect(hindi?.intent).toBe('HealthConcernIntent');
    const hindiChat = harness.conversation({ locale: 'hi-IN' });
    const told = await hindiChat.intent('HealthConcernIntent', hindi!.slots);
    expect(spoken(told)).toContain(HI_IN.catalogue.urgent.habitual);
    expect(told.response.response.shouldEndSession).toBe(false);
    // Out of breath is the effort's, and asks nothing before a workout; dizziness waits for the doctor's okay, in Hindi too.
    expect(spoken(await hindiChat.intent('StartWorkoutIntent'))).not.toContain(HI_IN.messages['workout.askCleared.question'] as string);
    const [dizzy] = committedMatcher('hi-IN').literal('दौड़ते समय मुझे चक्कर आता है');
    const dizzyChat = harness.conversation({ locale: 'hi-IN' });
    expect(spoken(await dizzyChat.intent('HealthConcernIntent', dizzy!.slots))).toContain(HI_IN.catalogue.urgent.habitual);
    expect(spoken(await dizzyChat.intent('StartWorkoutIntent'))).toContain(HI_IN.messages['workout.askCleared.question'] as string);
  });

  // Found by a helper trying the console for safety (December 5): "I'm not dizzy" mid-workout (heard as a topic) got the
  // urgent answer and stopped the workout for the day; "I'm not pregnant" paused it for a pregnancy.
  it('a concern said only where it is denied is not reported', async () => {
    for (const said of ['not dizzy', 'not pregnant']) {
      const chat = harness.conversation();
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      const turn = await chat.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', said) });
      expect(spoken(turn), said).not.toContain(EN_US_CATALOGUE.urgent.answer);
      expect(spoken(turn), said).not.toMatch(/paused|stopped your workout|midwife/i);
      expect(turn.response.response.shouldEndSession, said).not.toBe(true);
    }
    expect(namedConcern(EN_US_CATALOGUE, "I don't have back pain")).toBeUndefined();
    // A denial that answers something else, before a clause of its own, denies nothing (found in review: each lost the
    // urgent answer).
    expect(namedConcern(EN_US_CATALOGUE, 'no but my chest hurts')).toBe('chest-pain');
    expect(namedConcern(EN_US_CATALOGUE, 'not really my chest hurts')).toBe('chest-pain');
    expect(namedConcern(HI_IN.catalogue, 'नहीं मुझे चक्कर आ रहा है')).toBe('dizziness');
    expect(namedConcern(HI_IN.catalogue, 'nahi mujhe chakkar aa raha hai')).toBe('dizziness');
    // Only "make myself …" is done to oneself; "I found myself dizzy" says dizziness.
    expect(namedConcern(EN_US_CATALOGUE, 'I found myself dizzy after squats')).toBe('dizziness');
    expect(namedConcern(EN_US_CATALOGUE, 'I make myself throw up after eating')).toBe('eating-disorder');
    // Confused about something is no warning sign; "pinching my shoulder blades" is a cue for the rows.
    expect(namedConcern(EN_US_CATALOGUE, 'I really feel confused about this move')).toBeUndefined();
    expect(namedInside(EN_US_CATALOGUE, 'should I be pinching my shoulder blades together')?.kind).not.toBe('concern');
    expect(namedConcern(EN_US_CATALOGUE, "it's pinching in my lower back")).toBe('lower-back-pain');
    expect(namedConcern(EN_US_CATALOGUE, 'my back pain is not going away')).toBe('back-pain');
    expect(namedConcern(EN_US_CATALOGUE, 'I can not breathe')).toBe('breathlessness');
  });

  // Found by a helper trying the console for safety (December 5): each of these, matched word for word, was "That's not
  // something I can help with yet", a level change, a question about a condition, or (making oneself sick) the urgent answer.
  it('red flags said loosely get their answer; making oneself sick is the eating-disorder answer, not an emergency', async () => {
    const answerOf = async (said: string, midWorkout = false) => {
      // A carrier said word for word, with the words it holds open in its slot (what Alexa sends of a custom slot).
      const match = matcher.resolve(said);
      expect(match.intent, said).not.toBe('AMAZON.FallbackIntent');
      const chat = harness.conversation();
      if (midWorkout) {
        await chat.intent('StartWorkoutIntent');
        await chat.intent('AMAZON.NextIntent');
        await chat.intent('AMAZON.NextIntent');
      }
      return chat.intent(match.intent, match.slots ?? {});
    };
    for (const said of ["I feel like I'm going to collapse", 'I feel confused', 'I fell off the step and hit my head', 'I think my sugar is dropping']) {
      const turn = await answerOf(said);
      expect(spoken(turn), said).toContain(EN_US_CATALOGUE.urgent.answer);
    }
    // Pain in the arm, the jaw or the chest with a sweat can be the heart (found trying the console as an Indian user in
    // English, December 5: "my left arm is hurting and I'm sweating" was "not something I can help with yet").
    for (const said of ["my left arm is hurting and I'm sweating", "my arm hurts and I'm sweating a lot", "I'm sweating and my jaw hurts", 'my chest feels tight and I feel sick']) {
      const turn = await answerOf(said);
      expect(spoken(turn), said).toContain(EN_US_CATALOGUE.urgent.answer);
      expect(matcher.literal(said).map((match) => match.intent), said).toEqual(['HealthConcernIntent']);
    }
    // A racing heart with a dizzy or faint feeling (found by a helper trying the console in Indian English, December 7:
    // "my heart is beating very fast and I feel giddy" reached the fallback, though each half alone was urgent).
    const enIn = committedMatcher('en-IN');
    for (const said of ['my heart is beating very fast and I feel giddy', 'my heart is racing and I feel dizzy']) {
      const [heard, ...others] = enIn.literal(said);
      expect(others, said).toEqual([]);
      expect(heard?.intent, said).toBe('HealthConcernIntent');
      const turn = await harness.conversation({ locale: 'en-IN' }).intent(heard!.intent, heard!.slots);
      expect(spoken(turn), said).toMatch(/^Stop now, and sit or lie down to rest\..*call one one two/);
    }
    // Found in review: "{sweating} and I feel dizzy" kept only what came before it, and "I skipped breakfast and I feel
    // dizzy" was out of scope, "I'm fasting and I feel dizzy" the fasting day's answer. The feeling said is the report.
    // Found in a second review: with the feeling alone in the slot, "my heart is racing and I feel strange" lost the heart.
    for (const said of ['I skipped breakfast and I feel dizzy', "I'm fasting and I feel dizzy", "I'm on a diet and I feel faint", 'my heart is racing and I feel strange', "I'm intermediate and I feel dizzy"]) {
      expect(spoken(await answerOf(said)), said).toContain(EN_US_CATALOGUE.urgent.answer);
    }
    // Found by a helper trying the console mid-HIIT (December 5): "I'm seeing stars" was "I don't know that one yet. Say
    // next to carry on", the others out of scope.
    for (const said of ["I'm seeing stars", "I'm seeing spots", "everything's going black"]) {
      expect(spoken(await answerOf(said, true)), said).toMatch(/don't wait: call nine one one.*I've stopped your workout/);
    }
    // Found in review: stars to look at, spots on the skin, tunnel vision as a figure of speech, and arms or shoulders sore
    // with a sweat (what a workout brings) each ended the session as urgent.
    for (const said of ['I want to see stars tonight', 'I see spots on my skin after my workout', 'I have tunnel vision about losing fat', "my arms are sore and I'm sweating a lot", "my shoulders hurt and I'm sweating"]) {
      expect(spoken(await answerOf(said, true)), said).not.toContain(EN_US_CATALOGUE.urgent.answer);
    }
    // A sharp pain said with pain in an arm is the sharp pain, which stops the workout for today (found in review: the
    // arm's longer name won, and it only paused).
    expect(spoken(await answerOf('I have pain in my arm and a sharp pain in my back', true))).toMatch(/with a sharp pain, we stop for today/);
    // Found in a second review: pain said with soreness or tightness was "carry on", and an arm "killing me" with a sweat
    // no longer the heart's warning sign; a move not taught, asked about for a part, paused the workout for pain.
    expect(namedConcern(EN_US_CATALOGUE, "I'm sore and in a lot of pain")).toBe('pain');
    expect(namedConcern(EN_US_CATALOGUE, "it's tight and it's hurting")).toBe('pain');
    expect(spoken(await answerOf("my arm is killing me and I'm sweating", true))).toContain(EN_US_CATALOGUE.urgent.answer);
    expect(spoken(await answerOf('is the plank okay for my back', true))).not.toMatch(/paused/);
    // Found by a helper trying the console as someone after knee surgery (December 5): the fallback. A part alone asks
    // about the move, whose answer says when to ask a doctor; a problem named is its safe answer. Mid-workout, a part
    // alone never pauses for pain (found in review).
    for (const said of ['is the deadlift alright for my knees', 'is swimming safe for my knees']) {
      expect(matcher.literal(said).map((match) => match.intent), said).toEqual(['HealthConcernIntent']);
    }
    expect(spoken(await answerOf('is the deadlift alright for my knees'))).toMatch(/deadlift/i);
    // With trouble there, a doctor or a physiotherapist first (found by a helper trying the console as a woman of 63 with a
    // bad knee, December 6: only the move's benefits).
    for (const said of ['is the deadlift alright for my knees', 'is swimming safe for my knees']) {
      expect(spoken(await answerOf(said)), said).toMatch(/With any trouble in your knees, check with a doctor or a physiotherapist before you try it\./);
    }
    // HIIT keeps its heart warning beside the part's note (found in review: it was cut to its first sentence).
    expect(spoken(await answerOf('is hiit alright for my knees'))).toMatch(/If you have a heart condition or have been inactive, check with your doctor first\..*With any trouble in your knees/);
    expect(spoken(await answerOf('is the superman okay for my back', true))).not.toMatch(/paused/);
    expect(spoken(await answerOf('is the deadlift alright for my bad knees'))).toMatch(/doctor or a physiotherapist/);
    // A sweat is what a workout brings: with pain elsewhere it is the pain's answer, and mid-workout a pause.
    const legs = await answerOf("my knee hurts and I'm sweating", true);
    expect(spoken(legs)).not.toContain(EN_US_CATALOGUE.urgent.answer);
    expect(spoken(legs)).toMatch(/Your workout is paused, and your place saved/);
    // Happening now, not had before: "I'm having a heart attack" got the condition's answer, and mid-workout a yes to
    // "has your doctor said it's okay?" went on with deadlifts.
    for (const said of ["I'm having a heart attack", "I think I'm having a stroke", "I'm having an asthma attack"]) {
      expect(spoken(await answerOf(said)), said).toContain(EN_US_CATALOGUE.urgent.answer);
      const stopped = await answerOf(said, true);
      expect(spoken(stopped), said).toMatch(/don't wait: call nine one one.*I've stopped your workout/);
      expect(stopped.response.response.shouldEndSession, said).toBe(true);
    }
    expect(spoken(await answerOf('I had a heart attack last year can I exercise'))).toContain(EN_US_CATALOGUE.safety.condition);
    expect(spoken(await answerOf('I lost control of my bladder'))).toContain(EN_US_CATALOGUE.safety.nerve);
    expect(spoken(await answerOf("I'm in agony"))).toContain(EN_US_CATALOGUE.painBeforeTraining);
    expect(spoken(await answerOf("I'm in agony", true))).toMatch(/with a sharp pain, we stop for today/);
    const sick = await answerOf('I make myself throw up after eating');
    expect(spoken(sick)).toContain(EN_US_CATALOGUE.concerns.find((concern) => concern.id === 'eating-disorder')!.answer!);
    expect(spoken(sick)).not.toContain(EN_US_CATALOGUE.urgent.answer);
    expect(sick.response.response.shouldEndSession).toBe(false);
    // Found by a helper trying the console as an Indian user (December 5): throwing up asked about as a way to lose
    // weight got the urgent answer, the day flagged; laxatives got the plan for fat loss. Reported, it stays urgent.
    const disorder = EN_US_CATALOGUE.concerns.find((concern) => concern.id === 'eating-disorder')!.answer!;
    for (const said of ['should I throw up after eating', 'is it ok to vomit after eating to lose weight', 'can I take laxatives to lose weight']) {
      const asked = await answerOf(said);
      expect(spoken(asked), said).toContain(disorder);
      expect(asked.response.response.shouldEndSession, said).toBe(false);
    }
    for (const said of ['I threw up after eating', 'I need to throw up', "I'm going to throw up", 'I keep vomiting']) expect(spoken(await answerOf(said)), said).toContain(EN_US_CATALOGUE.urgent.answer);
    expect(namedConcern(EN_US_CATALOGUE, 'can I vomit to lose weight')).toBe('eating-disorder');
    expect(namedConcern(EN_US_CATALOGUE, 'I vomited after eating')).toBe('warning-signs');
    expect(namedConcern(HI_IN.catalogue, 'ulti karke weight kam')).toBe('eating-disorder');
    expect(namedConcern(HI_IN.catalogue, 'khud ko ulti karati')).toBe('eating-disorder');
    expect(namedConcern(HI_IN.catalogue, 'laxative')).toBe('eating-disorder');
    // Found in review: only throwing up is asked about as a means, and only before a meal word or a weight to lose; a
    // warning sign said with "to get up" or "apne ko" is what it says, and throwing up after a set or a run is urgent.
    const urgentIds = EN_US_CATALOGUE.urgent.concernIds;
    for (const said of ["i'm too dizzy to get up", "i'm too lightheaded to get off the floor", 'too breathless to get up', 'i puke after every set', 'i always throw up after i run', 'i want to throw up after every rep', 'is it bad to vomit after a hard workout', "I'm throwing up after dinner", "I'm vomiting after lunch", 'I keep puking after meals', 'vomiting after food']) {
      expect(urgentIds, said).toContain(namedConcern(EN_US_CATALOGUE, said));
    }
    expect(namedConcern(EN_US_CATALOGUE, 'lose weight by throwing up')).toBe('eating-disorder');
    expect(urgentSaid(EN_US_CATALOGUE, 'i want to throw up to lose weight')).toBeUndefined();
    for (const said of ['apne ko chakkar aa raha hai', 'khud ko chakkar sa lag raha hai', 'ulti karke aayi hoon kamzori lag rahi hai', 'ulti karke aayi hoon pet dard hai']) {
      expect(HI_IN.catalogue.urgent.concernIds.concat('feeling-unwell', 'weakness'), said).not.toContain('eating-disorder');
      expect(namedConcern(HI_IN.catalogue, said), said).not.toBe('eating-disorder');
      expect(namedConcern(HI_IN.catalogue, said), said).toBeDefined();
    }
    expect(HI_IN.catalogue.urgent.concernIds).toContain(namedConcern(HI_IN.catalogue, 'apne ko chakkar aa raha hai'));
    // A particle between "ulti" and its "nahi" still denies it (found in review).
    for (const said of ['ulti to nahi aayi', 'उल्टी तो नहीं आई', 'ulti bilkul nahi aa rahi', 'ulti toh nahi hui bas thakan hai']) expect(namedConcern(HI_IN.catalogue, said), said).not.toBe('warning-signs');
    // Vomiting that will not stop is a warning sign, its "nahi" no denial.
    for (const said of ['ulti band nahi ho rahi hai', 'ulti nahi ruk rahi', 'उल्टी नहीं रुक रही', 'ulti na ruke to kya karu']) expect(namedConcern(HI_IN.catalogue, said), said).toBe('warning-signs');
    // Vomiting denied after it, or "ulti" as the other way round, is no warning sign, on any path.
    for (const said of ['ulti nahi aa rahi hai', 'मुझे उल्टी नहीं आ रही है', 'बिना उल्टी के', 'ulti side kaise karu', 'उल्टी ओर से कैसे करूँ', 'ulti disha wala superman', 'उल्टी गिनती के साथ workout शुरू करो']) {
      expect(namedConcern(HI_IN.catalogue, said), said).not.toBe('warning-signs');
      expect(urgentSaid(HI_IN.catalogue, said), said).toBeUndefined();
    }
    // A move alone in the health slot ("deadlifts hurt") is the safe answer, never what the move works, at rest or in
    // a lesson; nothing is logged (found in review).
    const hurt = harness.conversation();
    expect(spoken(await hurt.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'deadlifts') }))).toMatch(/doctor or a physiotherapist|doctor or physiotherapist/);
    expect(hurt.attributes.lastLog).toBeUndefined();
    const lesson = harness.conversation();
    await lesson.intent('ExerciseHowToIntent', { exercise: resolvedSlot('exercise', 'ExerciseName', 'deadlift', 'deadlifts') });
    expect(spoken(await lesson.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'deadlifts') }))).not.toMatch(/Deadlifts work|Ready for step/);
    // "Mujhe ulti aa rahi hai" leaves the slot "mujhe ulti": vomiting, urgent (it was "I can't help with that").
    for (const said of ['mujhe ulti', 'ulti', 'उल्टी']) expect(namedConcern(HI_IN.catalogue, said), said).toBe('warning-signs');
    // Confused about something is no warning sign.
    expect(spoken(await answerOf("I'm confused about my level"))).not.toContain(EN_US_CATALOGUE.urgent.answer);
    // Mid-workout, pinching pauses it for pain, and a crack stops it for the day.
    expect(spoken(await answerOf("it's pinching in my lower back", true))).toMatch(/Your workout is paused, and your place saved/);
    expect(spoken(await answerOf('I heard a crack in my back', true))).toMatch(/with a sharp pain, we stop for today/);
  });

  // Found by helpers trying the console in Indian English (December 6): each reached the fallback, mid-workout too, and
  // the workout went on.
  it('en-IN: pain said in Hinglish is the pain answer, and mid-workout a pause', async () => {
    const matcher = committedMatcher('en-IN');
    for (const said of ['it is paining in my lower back little bit', 'meri kamar mein dard hai', 'back mein pain ho raha hai', 'kamar dard', 'mere ghutne mein dard hai']) {
      const [match, ...others] = matcher.literal(said);
      expect(others, said).toEqual([]);
      expect(match?.intent, said).toBe('HealthConcernIntent');
      const chat = harness.conversation({ locale: 'en-IN' });
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      expect(spoken(await chat.intent(match!.intent, match!.slots ?? {})), said).toMatch(/Your workout is paused/);
    }
    // An aim said the same way is no pain (found in review: "Don't train through pain", and mid-workout a pause).
    // Something wrong said the same way is still pain (found in a second review: a strain was the fat-loss answer).
    const strain = await harness.conversation({ locale: 'en-IN' }).intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'kamar mein khichav kam karna') });
    expect(spoken(strain)).not.toMatch(/Here is what really works/);
    for (const said of ['kamar ki charbi kam karni', 'pet kam karna', 'kamar patli karni']) {
      const reply = await harness.conversation({ locale: 'en-IN' }).intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) });
      expect(spoken(reply), said).not.toMatch(/pain/i);
    }
  });

  // Found by a helper trying the console (December 6): "I felt something pop in my back" was pain in general, and "next",
  // then "no", went back to the deadlifts; "it hurts like a 3 out of 10" was out of scope, and "not too bad, maybe a 3
  // out of 10", to "does it still hurt?", asked which level.
  it('a pop, a snap or a tear stops the day; pain scored out of ten is pain, and to "does it still hurt?" a yes', async () => {
    const matcher = committedMatcher('en-US');
    const midWorkout = async () => {
      const chat = harness.conversation();
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      await chat.intent('AMAZON.NextIntent');
      return chat;
    };
    const say = (chat: Conversation, said: string) => {
      const [match, ...others] = matcher.literal(said);
      expect(others, said).toEqual([]);
      expect(match, said).toBeDefined();
      return chat.intent(match!.intent, match!.slots ?? {});
    };
    for (const said of ['I felt something pop in my back', 'something popped in my knee', 'I felt a tear in my back', 'something snapped in my shoulder']) {
      expect(spoken(await say(await midWorkout(), said)), said).toMatch(/with a sharp pain, we stop for today/);
    }
    // A click or a twinge is no tear: the pain answer, the workout paused.
    expect(spoken(await say(await midWorkout(), 'I felt a twinge in my back'))).toMatch(/Your workout is paused/);
    const scored = await midWorkout();
    const told = await scored.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'like a 3 out of 10') });
    await expectWellFormed(told, { endsOnQuestion: false });
    expect(spoken(told)).toMatch(/Stop the move that hurts.*Your workout is paused/);
    expect(spoken(await scored.intent('AMAZON.NextIntent'))).toMatch(/^Before we go on/);
    const still = await scored.intent('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', "it's not too bad maybe a 3 out of 10") });
    expect(spoken(still)).not.toMatch(/Which one\?/);
    expect(scored.attributes.workout).toBeUndefined();
    // How hard a workout was, scored, is no pain.
    const rated = await harness.conversation().intent('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', 'that was an 8 out of 10') });
    expect(spoken(rated)).not.toMatch(/Stop the move that hurts/);
    // Found in review: feeling good scored paused the workout; "not too bad, a 3 out of 10" with nothing asked did too;
    // "zero out of ten" to "does it still hurt?" asked which level.
    const notGreat = await midWorkout();
    expect(spoken(await notGreat.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'not great maybe a 6 out of 10') }))).toMatch(/paused/);
    const great = await midWorkout();
    expect(spoken(await great.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'great 9 out of 10') }))).not.toMatch(/Stop the move that hurts|paused/);
    const notBad = await midWorkout();
    expect(spoken(await notBad.intent('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', 'not too bad maybe a 3 out of 10') }))).not.toMatch(/Stop the move that hurts|paused/);
    const zero = await midWorkout();
    await zero.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'like a 3 out of 10') });
    await zero.intent('AMAZON.NextIntent');
    const gone = await zero.intent('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', 'zero out of 10') });
    expect(spoken(gone)).toMatch(/^Good\. Go gently/);
  });

  // Found by a helper trying the console as an Indian user (December 5): "I can't help with that" for vomiting; a water
  // fast got the water tip, or the fallback.
  // Found by a helper trying the console as a 60-year-old (December 7): "it's not too bad, just a little twinge", to
  // "does it still hurt?", asked which level (the level's open slot took it).
  it('pain said through another intent\'s open slot, to "does it still hurt?", is a yes; denied, or better, it is not', async () => {
    const asked = async () => {
      const chat = harness.conversation();
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'pain') });
      expect(spoken(await chat.intent('AMAZON.NextIntent'))).toMatch(/does it still hurt\?/);
      return chat;
    };
    for (const [intent, slot, type, said] of [
      ['ChangeLevelIntent', 'direction', 'LevelDirection', "it's not too bad just a little twinge"],
      ['TopicIntent', 'topic', 'TopicName', "not sure I think it's a bit sore"],
      ['SetLevelIntent', 'level', 'LevelName', 'a bit achy still'],
    ] as const) {
      const chat = await asked();
      const answer = await chat.intent(intent, { [slot]: unmatchedSlot(slot, type, said) });
      await expectWellFormed(answer, { endsOnQuestion: false });
      expect(spoken(answer), said).toMatch(/^Then let's stop for today\./);
      expect(chat.attributes.workout, said).toBeUndefined();
    }
    // A warning sign said there keeps its own, urgent answer (found in review: "let's stop for today" alone).
    for (const [intent, slot, type, said] of [
      ['TopicIntent', 'topic', 'TopicName', 'the pain in my chest'],
      ['ChangeLevelIntent', 'direction', 'LevelDirection', 'making me dizzy'],
    ] as const) {
      const chat = await asked();
      expect(spoken(await chat.intent(intent, { [slot]: unmatchedSlot(slot, type, said) })), said).toMatch(/call nine one one/);
    }
    // Before a workout, the same: "my back hurts", "start my workout", then pain said, rests; a warning sign is urgent.
    const before = harness.conversation();
    await before.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'pain') });
    expect(spoken(await before.intent('StartWorkoutIntent'))).toMatch(/Does it still hurt\?/);
    expect(spoken(await before.intent('TopicIntent', { topic: unmatchedSlot('topic', 'TopicName', 'the pain in my chest') }))).toMatch(/call nine one one/);
    for (const said of ["it doesn't hurt anymore", 'no pain at all now']) {
      const chat = await asked();
      expect(spoken(await chat.intent('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', said) })), said).not.toMatch(/^Then let's stop for today/);
    }
  });

  // Found by a helper trying the console as a tired office worker (December 7): "my lower back is a little stiff" got
  // the answer for pain (the slot took "my lower back", and "stiff" was lost), mid-workout it paused the workout, and the
  // next day's workout asked first whether it still bothered them.
  it('stiffness told is a tight feeling, not pain: its own answer, and a workout goes on', async () => {
    const english = committedMatcher('en-US');
    const stiffness = EN_US_CATALOGUE.concerns.find((concern) => concern.id === 'tightness')!;
    for (const said of ['my lower back is a little stiff', 'my back is stiff', 'my back feels tight', 'my lower back is really stiff', 'my back is stiff this morning', 'my back is kinda tight']) {
      const [match, ...others] = english.literal(said);
      expect(others.map((other) => other.intent), said).toEqual([]);
      expect(match?.intent, said).toBe('HealthConcernIntent');
      const device = harness.device();
      const told = await new Conversation({ handler: harness.handler, device }).intent(match!.intent, match!.slots);
      await expectWellFormed(told);
      expect(spoken(told), said).toContain(stiffness.answer);
      const chat = new Conversation({ handler: harness.handler, device: harness.device() });
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      const mid = await chat.intent(match!.intent, match!.slots);
      expect(spoken(mid), said).toMatch(new RegExp(`^${stiffness.inWorkout!.replace(/[.?]/g, '\\$&')}`));
      expect(chat.attributes.workout, said).toBeDefined();
      expect(spoken(await chat.intent('AMAZON.NextIntent')), said).not.toMatch(/still hurt/);
    }
    // In the chest, tight is the warning sign still.
    for (const said of ['my chest feels tight', 'my chest is tight']) {
      const [match] = english.literal(said);
      expect(spoken(await harness.conversation().intent(match!.intent, match!.slots)), said).toContain(EN_US_CATALOGUE.urgent.answer);
    }
    // A condition or an injury named there keeps its own answer and caution; tight breathing is breathlessness (found in
    // review: "my heart feels tight" mid-HIIT was "a tight feeling is common", and round 2 began).
    const stiffAt = (part: string) => ({ stiffPart: unmatchedSlot('stiffPart', 'ConcernName', part) });
    const heart = harness.conversation();
    await heart.intent('StartWorkoutIntent');
    await heart.intent('AMAZON.NextIntent');
    expect(spoken(await heart.intent('HealthConcernIntent', { stiffPart: resolvedSlot('stiffPart', 'ConcernName', 'heart-condition') }))).not.toMatch(/tight feeling|Stiffness/);
    expect(spoken(await heart.intent('AMAZON.NextIntent'))).toMatch(/doctor/);
    for (const part of ['my breathing', 'my lungs', 'my throat']) {
      expect(spoken(await harness.conversation().intent('HealthConcernIntent', stiffAt(part))), part).not.toMatch(/tight feeling|Stiffness/);
    }
    expect(spoken(await harness.conversation().intent('HealthConcernIntent', stiffAt('my lower back')))).toContain(stiffness.answer);
  });

  // Found by a helper trying the console as a tired office worker (December 7): "it's fine" to "is it still bothering
  // you?" was "Sorry, I didn't get that" (heard as "it's {direction}"), and "I'm fine", paused for pain, got the rest
  // day's plan (heard as "I'm {topic}"), "it's fine" there "not something I can help with".
  it('"it\'s fine", "I\'m okay", through another intent\'s open slot, to the pain questions or the pause for pain, is a no', async () => {
    const fine = [
      ['ChangeLevelIntent', 'direction', 'LevelDirection', "it's fine"],
      ['TopicIntent', 'topic', 'TopicName', 'fine'],
      ['SetLevelIntent', 'level', 'LevelName', 'okay'],
    ] as const;
    const paused = async () => {
      const chat = harness.conversation();
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'pain') });
      return chat;
    };
    for (const [intent, slot, type, said] of fine) {
      // Paused for pain, nothing asked: the workout goes on, gently, as "no, it's fine now" does.
      const chat = await paused();
      const answer = await chat.intent(intent, { [slot]: unmatchedSlot(slot, type, said) });
      await expectWellFormed(answer, { endsOnQuestion: false });
      expect(spoken(answer), said).toMatch(/^Good\. Go gently/);
      // To "does it still hurt?", the same.
      const asked = await paused();
      expect(spoken(await asked.intent('AMAZON.NextIntent'))).toMatch(/does it still hurt\?/);
      expect(spoken(await asked.intent(intent, { [slot]: unmatchedSlot(slot, type, said) })), said).toMatch(/^Good\. Go gently/);
      // Asked before the next workout starts ("does it still hurt?"), the no: the workout starts, as it does on "no".
      const device = harness.device();
      const before = new Conversation({ handler: harness.handler, device });
      await before.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'pain') });
      const start = await before.intent('StartWorkoutIntent');
      expect(spoken(start)).toMatch(/Does it still hurt\?/);
      const no = new Conversation({ handler: harness.handler, device: harness.device() });
      await no.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'pain') });
      await no.intent('StartWorkoutIntent');
      const expected = spoken(await no.intent('AMAZON.NoIntent'));
      expect(spoken(await before.intent(intent, { [slot]: unmatchedSlot(slot, type, said) })), said).toBe(expected);
    }
    // "Better" alone, paused with nothing asked, is still asked about; pain said is still pain.
    const better = await paused();
    expect(spoken(await better.intent('ChangeLevelIntent', { direction: unmatchedSlot('direction', 'LevelDirection', 'better') }))).toMatch(/still hurt/);
  });

  it('Hindi: "mujhe ulti aa rahi hai" is urgent; a water fast or one meal a day is eating too little', async () => {
    const hindi = committedMatcher('hi-IN');
    for (const said of ['mujhe ulti aa rahi hai', 'ulti aa rahi hai', 'mujhe ulti ho rahi hai']) {
      const match = hindi.resolve(said);
      expect(match.intent, said).toBe('HealthConcernIntent');
      const answer = await harness.conversation({ locale: 'hi-IN' }).intent(match.intent, match.slots ?? {});
      expect(spoken(answer), said).toContain(LOCALES['hi-IN'].catalogue.urgent.answer);
    }
    for (const said of ['kya main sirf paani peeke rahu 3 din', 'water fast karu kya', 'ek waqt khana khaungi bas']) {
      expect(namedInside(HI_IN.catalogue, said)?.id, said).toBe('eating-too-little');
    }
  });

  // Found by a helper trying the console as a diabetic Indian user (December 5): "my sugar is low" was heard through "my
  // {concern} is low", the slot taking "sugar", and got the answer for diabetes.
  it('en-IN: "my sugar is low" is urgent, and "my blood pressure is low" the answer for low blood pressure', async () => {
    const india = committedMatcher('en-IN');
    const low = india.resolve('my sugar is low');
    expect(low.intent).toBe('HealthConcernIntent');
    expect(spoken(await harness.conversation({ locale: 'en-IN' }).intent(low.intent, low.slots ?? {}))).toContain(LOCALES['en-IN'].catalogue.urgent.answer);
    const pressure = india.resolve('my blood pressure is low');
    expect(spoken(await harness.conversation({ locale: 'en-IN' }).intent(pressure.intent, pressure.slots ?? {}))).not.toContain(LOCALES['en-IN'].catalogue.urgent.answer);
  });

  // Tried as a user (December 5): "mujhe heart attack aa raha hai" got the condition's answer, "check with your doctor",
  // as "I'm having a heart attack" once did in English. Coming on now is the warning sign; had before, the condition.
  it('Hindi: a heart attack, a stroke or asthma coming on now is urgent; one had before is a condition', async () => {
    const hindi = committedMatcher('hi-IN');
    const urgent = LOCALES['hi-IN'].catalogue.urgent.answer;
    for (const said of ['mujhe heart attack aa raha hai', 'mujhe lagta hai heart attack aa raha hai', 'मुझे हार्ट अटैक आ रहा है']) {
      const [match, ...others] = hindi.literal(said);
      expect(others.map((other) => other.intent), said).toEqual([]);
      expect(match?.intent, said).toBe('HealthConcernIntent');
      const turn = await harness.conversation({ locale: 'hi-IN' }).intent(match!.intent, match!.slots);
      expect(spoken(turn), said).toContain(urgent);
    }
    // Names the slot's values do not hold, as Alexa sends them (the words the open slot took).
    for (const said of ['लगता है दिल का दौरा पड़ रहा है', 'mujhe asthma ka attack aa raha hai', 'mujhe dama ka daura pad raha hai']) {
      const match = hindi.resolve(said);
      expect(match.slots.now?.value, said).toBeDefined();
      const turn = await harness.conversation({ locale: 'hi-IN' }).intent(match.intent, match.slots);
      expect(spoken(turn), said).toContain(urgent);
    }
    // Dizziness coming on now is urgent as before; a heart attack had before is a condition.
    const [dizzy] = hindi.literal('mujhe chakkar aa raha hai');
    expect(spoken(await harness.conversation({ locale: 'hi-IN' }).intent(dizzy!.intent, dizzy!.slots))).toContain(urgent);
    const had = await harness.conversation({ locale: 'hi-IN' }).intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'heart attack aaya tha') });
    expect(spoken(had)).not.toContain(urgent);
    // Found by a helper trying the console as an Indian user (December 5): warning signs in everyday words were the pain
    // answer or the fallback. A racing heart, darkness before the eyes, arm pain with sweating, sweating with nausea.
    for (const said of ['dil bahut tez dhadak raha hai', 'aankhon ke aage andhera aa raha hai', 'left haath mein dard aur pasina aa raha hai', 'bahut pasina aa raha hai aur ji machla raha hai']) {
      const match = hindi.resolve(said);
      expect(match.match, said).toBe('exact');
      const turn = await harness.conversation({ locale: 'hi-IN' }).intent(match.intent, match.slots);
      expect(spoken(turn), said).toContain(urgent);
    }
    // Nausea keeps the answer for feeling unwell (found in review: a new carrier took "जी" alone, out of scope).
    const sick = hindi.resolve('जी मिचला रहा है');
    expect(spoken(await harness.conversation({ locale: 'hi-IN' }).intent(sick.intent, sick.slots))).toMatch(/तबीयत/);
    // Pain in a leg with sweating is no warning sign.
    const leg = await harness.conversation({ locale: 'hi-IN' }).intent('HealthConcernIntent', { now: unmatchedSlot('now', 'ConcernName', 'pair mein dard aur pasina') });
    expect(spoken(leg)).not.toContain(urgent);
    // Found in review: "दौरा" inside "दौरान" (during), getting fit, and the breast stroke were heard as coming on now.
    for (const said of ['workout के दौरान पसीना आ रहा है', 'mujhe fit hone mein maza aa raha hai', 'breast stroke mein maza aa raha hai']) {
      const match = hindi.resolve(said);
      const turn = await harness.conversation({ locale: 'hi-IN' }).intent(match.intent, match.slots);
      expect(spoken(turn), said).not.toContain(urgent);
    }
  });

  // Found by a helper trying the console for safety (December 5): "my doctor told me not to exercise" got "I'm a fitness
  // coach, not a doctor", and "start my workout" then went straight into deadlifts.
  it('what a doctor said to do is followed: the answer says so, and every workout waits for their okay', async () => {
    for (const said of ['my doctor told me not to exercise', 'my physio said no heavy lifting', 'my doctor said to rest for six weeks']) {
      const [match, ...others] = matcher.literal(said);
      expect(match?.intent, said).toBe('HealthConcernIntent');
      expect(others, said).toEqual([]);
      const chat = harness.conversation();
      const told = spoken(await chat.intent('HealthConcernIntent', match!.slots));
      expect(told, said).toMatch(/follow what your doctor or physiotherapist told you/);
      expect(spoken(await chat.intent('StartWorkoutIntent')), said).toBe('Before we start: you mentioned what your doctor told you. Has your doctor said this kind of exercise is okay for you?');
    }
    // In Hindi too (found by a helper trying the console as an Indian user, December 5: the answer about medical advice,
    // or the fallback, and "workout shuru karo" then started the workout).
    const hindi = committedMatcher('hi-IN');
    for (const said of ['mera doctor bola exercise mat karo', 'doctor ne exercise ke liye mana kiya hai', 'डॉक्टर ने कसरत करने से मना किया है', 'doctor ne bola hai aaram karo']) {
      const [match, ...others] = hindi.literal(said);
      expect(others.map((other) => other.intent), said).toEqual([]);
      expect(match?.slots.advisor?.value, said).toBeDefined();
      const chat = harness.conversation({ locale: 'hi-IN' });
      expect(spoken(await chat.intent(match!.intent, match!.slots)), said).toMatch(/तो वही कीजिए जो डॉक्टर या फ़िज़ियोथेरेपिस्ट ने बताया है/);
      expect(spoken(await chat.intent('StartWorkoutIntent')), said).toMatch(/^शुरू करने से पहले: आपने डॉक्टर की बताई बात के बारे में बताया था\./);
    }
    // "Is this medical advice" is still the answer about what this coach is.
    expect(spoken(await harness.conversation().intent('HealthConcernIntent', matcher.literal('is this medical advice')[0]!.slots))).toContain('not medical advice');
  });

  // Found by a helper trying the console for safety (December 5): a warning sign told as a habit or as gone by, heard
  // through "I get {concern}", ended the session with "stop now"; going without food and losing the baby weight
  // started a workout; losing back fat and "a pain in the neck" got the pain answer.
  it('a symptom told as a habit or gone by, starving, a new baby, back fat and a figure of speech each get their answer', async () => {
    const said = (intent: string, slot: string, type: string, words: string) => harness.conversation().intent(intent, { [slot]: unmatchedSlot(slot, type, words) });
    // Found trying it as a user: "ugh I get kinda dizzy when I run is that bad" left "I get" in the slot, and was urgent.
    for (const words of ['winded going up the stairs', 'i get out of breath easily', 'dizzy sometimes when i lift heavy', "dizzy last week but i'm fine now can i work out", 'ugh i get kinda dizzy when i run']) {
      const turn = await said('HealthConcernIntent', 'concern', 'ConcernName', words);
      expect(spoken(turn), words).toContain(EN_US_CATALOGUE.urgent.habitual);
      expect(turn.response.response.shouldEndSession, words).toBe(false);
    }
    // Felt now, it stays urgent: "my chest when I exercise" as a pain in it.
    expect(spoken(await said('HealthConcernIntent', 'concern', 'ConcernName', 'my chest when I exercise'))).toContain(EN_US_CATALOGUE.urgent.answer);
    const fasting = spoken(await said('StartWorkoutIntent', 'session', 'SessionName', 'fast for a week to lose my back fat'));
    expect(fasting).toMatch(/Eating too little backfires/);
    expect(fasting).not.toMatch(/warm-up|Today is a/);
    expect(spoken(await said('StartWorkoutIntent', 'session', 'SessionName', 'lose my baby weight'))).toContain(afterBirth('en-US'));
    expect(spoken(await said('HealthConcernIntent', 'concern', 'ConcernName', 'lost weight but my back fat is still there'))).not.toMatch(/pain/i);
    expect(spoken(await said('HealthConcernIntent', 'concern', 'ConcernName', 'a pain in the neck'))).not.toMatch(/pain/i);
  });

  // Found by a helper trying the console: "my legs feel numb after deadlifts" got the pain answer, ending "mild soreness
  // a day after training is normal", in English and in Hindi.
  it('numbness gets its own answer: stop, see a doctor or physiotherapist, and the signs to get help today', async () => {
    for (const phrasing of ['my leg feels numb', "I can't feel my legs"]) {
      const matches = matcher.literal(phrasing);
      const reply = spoken(await harness.conversation().intent('HealthConcernIntent', matches[0]?.slots ?? {}));
      expect(reply, phrasing).toContain(EN_US_CATALOGUE.safety.nerve);
      expect(reply, phrasing).not.toMatch(/soreness/);
    }
    const hindi = spoken(await harness.conversation({ locale: 'hi-IN' }).intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'numbness') }));
    expect(hindi).toMatch(/सुन्नपन, झुनझुनी या कमज़ोरी हो, तो रुक जाइए/);
    // Mid-workout it stops the workout for today, as a warning sign does (found by a helper: after "does it still
    // hurt?" a "no" went back to the workout, though the answer says to see someone before exercising again).
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const stopped = await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'numbness') });
    expect(spoken(stopped)).toMatch(/I've stopped your workout\. Please don't go back to it today\.$/);
    expect(stopped.sessionEnded).toBe(true);
  });

  // Found by a helper trying the console: the warning-sign answer ended "What else would you like?".
  it('a warning sign with nothing under way gets the urgent answer and nothing cheerful after it; the session ends', async () => {
    const turn = await harness.conversation().intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'chest-pain') });
    await expectWellFormed(turn, { endsOnQuestion: false });
    expect(spoken(turn)).toBe(EN_US_CATALOGUE.urgent.answer);
    expect(turn.sessionEnded).toBe(true);
  });

  // Tried as a user: chest pain mid-workout got the urgent answer, then "Say, resume my workout, only when it feels right".
  it('a warning sign mid-workout stops the workout for today, never invites a return to it', async () => {
    for (const locale of ['en-US', 'hi-IN'] as const) {
      const chat = harness.conversation({ locale });
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      const turn = await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'chest-pain', 'chest pain') });
      await expectWellFormed(turn);
      expect(spoken(turn), locale).toContain(LOCALES[locale].catalogue.urgent.answer);
      expect(spoken(turn), locale).not.toMatch(/resume|जारी रखो/);
      expect(turn.response.response.shouldEndSession, locale).toBe(true);
    }
  });

  // Found by a helper trying the console (December 5): "is this a replacement for physiotherapy" was "not something I
  // can help with", and "does this replace physio" never said no.
  it('whether the coach replaces a physiotherapist or a doctor: no, follow them', async () => {
    for (const [locale, said] of [
      ['en-GB', 'is this a replacement for physiotherapy'],
      ['en-GB', 'does this replace physio'],
      ['en-US', 'can this replace physical therapy'],
    ] as const) {
      const heard = committedMatcher(locale).resolve(said);
      const reply = spoken(await harness.conversation({ locale }).intent(heard.intent, heard.slots ?? {}));
      expect(reply, said).toMatch(/I don't replace either/);
      expect(reply, said).toMatch(POINTS_TO_CARE);
    }
  });

  // Found by a helper trying the console mid-workout (December 5): "it hurts a little", "kinda hurts" and "this is sore"
  // got "That's not something I can help with yet", the carrier's pain out of the skill's sight and the slot holding
  // only "a little", "kinda" or "this"; "room is spinning" and "feel kinda lightheaded" reached the fallback.
  it('pain said with only a degree in the slot ("it hurts a little") pauses with the pain answer; dizziness said loosely is urgent', async () => {
    for (const said of ['it hurts a little', 'this hurts a little', 'kinda hurts']) {
      expect(matcher.resolve(said).intent, said).toBe('HealthConcernIntent');
      const reply = spoken(await saidMidWorkout(said));
      expect(reply, said).toMatch(/Your workout is paused, and your place saved\./);
      expect(reply, said).not.toMatch(/not something I can help with/);
    }
    // "This is sore": soreness, whose answer says to go gently, and to stop for sharp pain.
    expect(matcher.literal('this is sore').map((match) => match.intent)).toEqual(['HealthConcernIntent']);
    expect(spoken(await saidMidWorkout('this is sore'))).toMatch(/Go gently/);
    // A pronoun or "much" alone in the slot is no degree of pain (found in review: these paused the workout for pain).
    for (const said of ['I can feel it in my glutes', "it's a bit much"]) {
      expect(spoken(await saidMidWorkout(said)), said).not.toMatch(/Stop the move that hurts/);
    }
    // Said loosely, the others are heard too: soreness, tightness and back pain each get their own answer.
    for (const [said, concern] of [['bit sore', 'soreness'], ["back's playing up", 'back-pain']] as const) {
      const [match, ...others] = matcher.literal(said);
      expect(others, said).toEqual([]);
      expect(match?.slots.concern?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value?.id, said).toBe(concern);
    }
    // Tightness, as the model hears it ("my {stiffPart} is tight"), its own answer, the workout going on.
    expect(spoken(await saidMidWorkout('my back is tight'))).toMatch(/^A tight feeling is common\./);
    for (const said of ['room is spinning', "head's spinning", 'feel kinda lightheaded']) {
      const [match, ...others] = matcher.literal(said);
      expect(others, said).toEqual([]);
      expect(match?.intent, said).toBe('HealthConcernIntent');
      expect(spoken(await harness.conversation().intent('HealthConcernIntent', match?.slots ?? {})), said).toContain(EN_US_CATALOGUE.urgent.answer);
    }
  });

  // Found by a helper trying the console mid-workout (December 5): "should I breathe out on the way up" got the urgent
  // answer, the workout was stopped for the day, and "resume" was refused.
  it('how to breathe, asked mid-workout or not, is the breathing cue and the workout goes on; trouble breathing stays urgent', async () => {
    for (const asked of ['how should I breathe', 'should I breathe out on the way up', 'how do I breathe during this']) {
      // As the model hears them: the topic's slot holds the words after "should I" or "how do I".
      const heard = matcher.resolve(asked);
      expect(heard.intent, asked).toBe('TopicIntent');
      const chat = harness.conversation();
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      const turn = await chat.intent('TopicIntent', heard.slots ?? {});
      expect(spoken(turn), asked).toMatch(/Breathe out as you lift.*Say next to carry on with your workout\.$/);
      expect(spoken(turn), asked).not.toContain(EN_US_CATALOGUE.urgent.answer);
      expect(turn.response.response.shouldEndSession, asked).not.toBe(true);
      expect(spoken(await chat.intent('AMAZON.NextIntent')), asked).not.toMatch(/warning sign|no workout today/);
    }
    const alone = matcher.resolve('how should I breathe');
    expect(alone.intent).toBe('TopicIntent');
    const told = await harness.conversation().intent('TopicIntent', alone.slots ?? {});
    await expectWellFormed(told);
    expect(spoken(told)).toMatch(/Breathe out as you lift/);
    // And in Hindi: "मेरी साँस फूल रही है", its topic slot without the है, got "I don't know that one yet".
    const hindi = committedMatcher('hi-IN').resolve('मेरी साँस फूल रही है');
    expect(spoken(await harness.conversation({ locale: 'hi-IN' }).intent(hindi.intent, hindi.slots ?? {}))).toContain(LOCALES['hi-IN'].catalogue.urgent.answer);
    // Found in review: a check that looked only for words of trouble took these for technique, and the workout went on.
    for (const said of ["I'm not able to breathe", "I'm finding it tough to breathe", 'it hurts when I breathe']) {
      const reply = spoken(await saidMidWorkout(said));
      expect(reply, said).not.toMatch(/Breathe out as you lift/);
      expect(reply, said).toMatch(/Stop|doctor|physio/);
    }
    // A condition named with it is the condition's answer (found in review: the technique, and the condition unheard).
    const condition = matcher.resolve('I have high blood pressure should I hold my breath');
    expect(spoken(await harness.conversation().intent(condition.intent, condition.slots ?? {}))).toMatch(/check with your doctor/i);
    for (const struggle of ["I can't breathe", 'is it normal that it is hard to breathe', 'I can barely breathe']) {
      const heard = matcher.resolve(struggle);
      const turn = await harness.conversation().intent(heard.intent, heard.slots ?? {});
      expect(spoken(turn), struggle).toContain(EN_US_CATALOGUE.urgent.answer);
    }
  });

  // Found by a helper trying the console: after "I feel dizzy" stopped the workout ("please don't go back to it
  // today"), opening the skill again and "let's do HIIT" started HIIT with no word of it.
  it('after a warning sign, no workout starts that day, on any device', async () => {
    const device = harness.device();
    const chat = new Conversation({ handler: harness.handler, device });
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    await chat.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'dizziness', 'dizzy') });
    for (const [intent, slots] of [
      ['StartWorkoutIntent', {}],
      ['StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'hiit') }],
      ['StartWorkoutIntent', { date: '2026-11-27' }],
    ] as const) {
      const again = await new Conversation({ handler: harness.handler, device: { ...device, deviceId: `${device.deviceId}-kitchen` } }).intent(intent, slots);
      await expectWellFormed(again);
      expect(spoken(again)).toMatch(/^You told me about a warning sign a little while ago, so no workout today\./);
      expect(spoken(again)).toMatch(/doctor/);
      expect(again.response.response.shouldEndSession).toBe(true);
    }
    // Outside a workout, the warning sign is remembered too.
    const other = harness.device();
    await new Conversation({ handler: harness.handler, device: other }).intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'chest-pain', 'chest pain') });
    expect(spoken(await new Conversation({ handler: harness.handler, device: other }).intent('StartWorkoutIntent'))).toMatch(/^You told me about a warning sign a little while ago/);
    // A pain that is no warning sign pauses, and the workout can go on.
    const sore = new Conversation({ handler: harness.handler, device: harness.device() });
    await sore.intent('StartWorkoutIntent');
    await sore.intent('HealthConcernIntent', { concern: resolvedSlot('concern', 'ConcernName', 'back-pain', 'my back hurts') });
    expect(spoken(await sore.intent('StartWorkoutIntent'))).not.toMatch(/warning sign/);
  });

  it('anything not understood says how to report pain, in a workout above all', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    expect(spoken(await chat.intent('AMAZON.FallbackIntent'))).toMatch(/If anything hurts, stop, and say it hurts\./);
    expect(matcher.literal('it hurts').map((match) => match.intent)).toEqual(['HealthConcernIntent']);
    // Outside a workout, and while a move is taught, too: most ways of describing a symptom are not in any model.
    expect(spoken(await harness.conversation().intent('AMAZON.FallbackIntent'))).toMatch(/If something hurts, say it hurts\./);
    const learning = harness.conversation();
    await learning.intent('ExerciseHowToIntent', { exercise: 'superman' });
    expect(spoken(await learning.intent('AMAZON.FallbackIntent'))).toMatch(/If something hurts, stop, and say it hurts\./);
  });

  it('a pain report mid-workout pauses the workout and keeps its place', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const [match] = matcher.literal('my back is killing me');
    const turn = await chat.intent('HealthConcernIntent', match?.slots ?? {});
    expect(spoken(turn)).toMatch(POINTS_TO_CARE);
    expect(spoken(turn)).toMatch(/Your workout is paused/);
    // Its place kept: resuming picks up the exercise it was on.
    expect(spoken(await chat.intent('AMAZON.ResumeIntent'))).toBe('Before we go on: does it still hurt?');
    expect(spoken(await chat.intent('AMAZON.NoIntent'))).toMatch(/^Good\. .*Let's go on with your HIIT workout/);
  });

  // Found by a helper trying the console as an Indian user (December 5): "I fell down" mid-workout was not understood,
  // and the next "next" went on. The words the open slot took name a fall; "I fell asleep" is none.
  it('a fall told mid-workout pauses it with the safe answer', async () => {
    for (const [locale, said] of [['en-IN', 'I fell down'], ['en-US', 'I tripped and fell']] as const) {
      const chat = harness.conversation({ locale });
      await chat.intent('StartWorkoutIntent');
      await chat.intent('AMAZON.NextIntent');
      const heard = committedMatcher(locale).resolve(said);
      expect(heard.intent, said).toBe('HealthConcernIntent');
      const reply = spoken(await chat.intent(heard.intent, heard.slots));
      expect(reply, said).toMatch(POINTS_TO_CARE);
      expect(reply, said).toMatch(/Your workout is paused/);
    }
  });

  // Tried as a user: said the everyday way, these reached the answer for what is not understood, and the workout went on.
  it.each([
    ['en-US', 'felt something pop in my back'],
    ['en-US', 'my back went into spasm'],
    ['hi-IN', 'uff kamar dukh rahi hai'],
    ['hi-IN', 'पीठ में बहुत दर्द है'],
    // Found by a helper trying the console as an Indian user: pain asked as a question reached the fallback.
    ['hi-IN', 'घुटने में दर्द है तो कौन सी exercise करूँ'],
    ['hi-IN', 'ghutno ke liye kaunsi exercise achhi hai'],
  ] as const)('%s "%s" mid-workout pauses it with the safe answer', async (locale, said) => {
    const chat = harness.conversation({ locale });
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const [match] = committedMatcher(locale).literal(said);
    expect(match?.intent, said).toBe('HealthConcernIntent');
    const reply = spoken(await chat.intent('HealthConcernIntent', match?.slots ?? {}));
    expect(reply, said).toMatch(locale === 'hi-IN' ? /डॉक्टर|physiotherapist|फ़िज़ियोथेरेपिस्ट/ : POINTS_TO_CARE);
    expect(reply, said).not.toMatch(/That's not something|मदद नहीं कर सकती/);
  });
});

// Found by a helper trying the console as an Indian user (December 5): after a delivery or a C-section, asked the ways
// these are, got "That's not something I can help with yet", "I don't know that one yet", the fallback, or "what did
// you do?", never the answer that points to the doctor or midwife.
describe('after a delivery, however it is asked', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it.each([
    ['en-IN', 'I delivered 2 months ago can I do these exercises'],
    ['en-IN', 'I had a normal delivery 6 weeks ago'],
    ['en-US', 'I gave birth in March'],
    ['hi-IN', 'C-section ke baad kab shuru karu'],
    ['hi-IN', 'सिजेरियन के बाद कब से एक्सरसाइज़ कर सकते हैं'],
    ['hi-IN', 'डिलीवरी के बाद कमर की चर्बी'],
    ['hi-IN', 'meri delivery hue 2 mahine hue hai'],
    ['hi-IN', 'bachcha hone ke baad pet aur kamar badh gayi'],
    // Found by a helper trying the console as an Indian user (December 5): the fallback, and "pet se" (pregnant) the pain answer.
    ['hi-IN', 'teen mahine pehle delivery hui hai'],
    ['hi-IN', 'main pet se hoon kya main exercise kar sakti hoon'],
    // Found in review: the slot takes "pet se" alone.
    ['hi-IN', 'main pet se hoon'],
    ['hi-IN', 'मैं पेट से हूँ'],
  ] as const)('%s "%s" gets the answer for after a birth', async (locale, said) => {
    const heard = committedMatcher(locale).resolve(said);
    expect(heard.match, said).toBe('exact');
    const reply = spoken(await harness.conversation({ locale }).intent(heard.intent, heard.slots));
    expect(reply, said).toContain(afterBirth(locale));
  });
});

/** The answer for after a birth: the concern's own where it has one (en-US, since December 6), else pregnancy's. */
function afterBirth(locale: keyof typeof LOCALES): string {
  const { catalogue } = LOCALES[locale];
  return catalogue.concerns.find((concern) => concern.id === 'postpartum')?.answer ?? catalogue.safety.pregnancy;
}

/**
 * A pain report or a condition said inside another request's open slot ("start a workout for my bad knee", "I hurt my
 * back lifting") reaches that request's intent with a slot entity resolution could not match. It still gets the safe
 * answer, never a workout or an exercise's steps.
 */
const INSIDE_OTHER_REQUESTS = [
  ['StartWorkoutIntent', 'session', 'SessionName', 'workout for my bad knee'],
  ['StartWorkoutIntent', 'session', 'SessionName', 'stretching for my sciatica'],
  ['ExerciseHowToIntent', 'exercise', 'ExerciseName', 'a plank when my back hurts'],
  ['AllStepsIntent', 'exercise', 'ExerciseName', 'deadlifts with a slipped disc'],
  ['LogActivityIntent', 'activity', 'ActivityName', 'hurt my back lifting'],
  ['LogYesterdayIntent', 'activity', 'ActivityName', 'pulled a muscle'],
  ['TopicIntent', 'topic', 'TopicName', 'squats with my knee pain'],
  ['SetLevelIntent', 'level', 'LevelName', 'a beginner with a bad back'],
  ['ChangeLevelIntent', 'direction', 'LevelDirection', 'easier because my knee hurts'],
] as const;

describe('a pain report or condition inside another request gets the safe answer', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it.each(INSIDE_OTHER_REQUESTS)('%s, its %s slot (%s) holding "%s"', async (intent, slot, type, said) => {
    const turn = await harness.conversation().intent(intent, { [slot]: unmatchedSlot(slot, type, said) });
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(POINTS_TO_CARE);
    expect(spoken(turn)).not.toMatch(/Here's how to do|Step 1|I'll pace you|Tell me what you did|Got it:|Which one\?/);
  });

  it('hears pain said with an amount ("thirty minutes of cardio and now my chest hurts"): the urgent answer, nothing logged', async () => {
    const chat = harness.conversation();
    const turn = await chat.intent('LogActivityIntent', { activity: unmatchedSlot('activity', 'ActivityName', 'did cardio and now my chest hurts'), duration: 'PT30M' });
    expect(spoken(turn)).toContain(EN_US_CATALOGUE.urgent.answer);
    expect(spoken(await chat.intent('WeeklyProgressIntent', { date: '2026-11-24' }))).toMatch(/^Nothing logged/);
  });

  // Words that describe a workout, deny pain, or name a product are not a report: no safe answer for these.
  it.each([
    ['StartWorkoutIntent', 'session', 'SessionName', 'workout that gets me out of breath'],
    ['StartWorkoutIntent', 'session', 'SessionName', 'killing workout'],
    ['StartWorkoutIntent', 'session', 'SessionName', 'workout for tight hips'],
    ['StartWorkoutIntent', 'session', 'SessionName', 'pain free workout'],
    ['StartWorkoutIntent', 'session', 'SessionName', 'fat burner workout'],
    ['StartWorkoutIntent', 'session', 'SessionName', 'doctor approved workout'],
    ['ExerciseHowToIntent', 'exercise', 'ExerciseName', 'deadlifts without hurting my back'],
    ['AllStepsIntent', 'exercise', 'ExerciseName', 'the stretch for tight hips'],
    ['LogActivityIntent', 'activity', 'ActivityName', 'did a workout that left me out of breath'],
  ] as const)('%s, its %s slot (%s) holding "%s", is no pain report', async (intent, slot, type, said) => {
    const turn = await harness.conversation().intent(intent, { [slot]: unmatchedSlot(slot, type, said) });
    // A paced workout block runs longer than an answer; its pacing is checked in the guided-workout tests.
    await expectWellFormed(turn, { endsOnQuestion: false, maxSeconds: 300 });
    for (const answer of Object.values(EN_US_CATALOGUE.safety)) expect(spoken(turn)).not.toContain(answer);
    expect(spoken(turn)).not.toContain(EN_US_CATALOGUE.urgent.answer);
  });

  // Before any move, "stop the move that hurts" reads oddly: asked to train with pain, the answer is not to start on it.
  it.each([
    ['StartWorkoutIntent', 'session', 'SessionName', 'workout for my bad knee'],
    ['ExerciseHowToIntent', 'exercise', 'ExerciseName', 'a plank when my back hurts'],
    ['SetLevelIntent', 'level', 'LevelName', 'a beginner with a bad back'],
    ['ChangeLevelIntent', 'direction', 'LevelDirection', 'easier because my knee hurts'],
  ] as const)('asked to train with pain (%s, "%s"), the answer is worded for before training', async (intent, slot, type, said) => {
    const turn = await harness.conversation().intent(intent, { [slot]: unmatchedSlot(slot, type, said) });
    expect(spoken(turn)).toContain(EN_US_CATALOGUE.painBeforeTraining);
    expect(spoken(turn)).not.toContain(EN_US_CATALOGUE.safety.pain);
  });

  it('an urgent sign, an injury or a condition said with a request to train keeps its own answer', async () => {
    const urgent = await harness.conversation().intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'workout even though my chest hurts') });
    expect(spoken(urgent)).toContain(EN_US_CATALOGUE.urgent.answer);
    const injury = await harness.conversation().intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'stretching for my sciatica') });
    expect(spoken(injury)).toContain(EN_US_CATALOGUE.safety.injury);
    const condition = await harness.conversation().intent('SetLevelIntent', { level: unmatchedSlot('level', 'LevelName', 'a beginner with my diabetes') });
    expect(spoken(condition)).toContain(EN_US_CATALOGUE.safety.condition);
  });

  it('asked to train while sore, the answer keeps soreness apart from pain that needs a doctor', async () => {
    const turn = await harness.conversation().intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'workout even though my legs are sore from yesterday') });
    expect(spoken(turn)).toContain(EN_US_CATALOGUE.painBeforeTraining);
    expect(EN_US_CATALOGUE.painBeforeTraining).toMatch(/If it is sharp, lasts, or comes with numbness or tingling, see a doctor or a physiotherapist/);
    expect(EN_US_CATALOGUE.painBeforeTraining).toMatch(/Mild soreness a day after training is normal/);
  });

  it('pain said with nothing under way ("my back is sore", "make it a bit easier my back is sore") is answered as before any move', async () => {
    const turn = await harness.conversation().intent('HealthConcernIntent', { concern: 'knee pain' });
    expect(spoken(turn)).toContain(EN_US_CATALOGUE.painBeforeTraining);
    expect(spoken(turn)).not.toMatch(/Stop the move that hurts/);
  });

  it('pain said while learning a move is answered for someone mid-move: stop the move that hurts', async () => {
    const chat = harness.conversation();
    await chat.intent('ExerciseHowToIntent', { exercise: 'superman' });
    const turn = await chat.intent('HealthConcernIntent', { concern: 'back pain' });
    expect(spoken(turn)).toContain(EN_US_CATALOGUE.safety.pain);
  });

  it('mid-workout, "start a workout for my bad knee" pauses the one under way and keeps its place', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const turn = await chat.intent('StartWorkoutIntent', { session: unmatchedSlot('session', 'SessionName', 'workout for my bad knee') });
    expect(spoken(turn)).toMatch(POINTS_TO_CARE);
    expect(spoken(turn)).toMatch(/Your workout is paused/);
    expect(spoken(await chat.intent('AMAZON.ResumeIntent'))).toBe('Before we go on: does it still hurt?');
    expect(spoken(await chat.intent('AMAZON.NoIntent'))).toMatch(/^Good\. .*Let's go on with your HIIT workout/);
  });
});

// Found in review: a move answered in place of a health question, and everyday speech heard as one.
describe('a health question with a move is never answered about the move, and everyday speech is no report', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());
  const ask = async (said: string) => {
    const heard = matcher.resolve(said);
    const turn = await harness.conversation().intent(heard.intent, heard.slots);
    await expectWellFormed(turn);
    return spoken(turn);
  };

  it.each(['is it bad if it hurts during the deadlifts', 'I have a pacemaker is hiit safe'])('"%s" gets a safe answer, not the move', async (said) => {
    const answer = await ask(said);
    expect(answer).toMatch(POINTS_TO_CARE);
    expect(answer).not.toMatch(/Want to hear how to/);
  });

  // Found by a helper trying the console as a Chennai teacher (December 7): a fast kept for a festival or a weekday,
  // asked about with a workout, was a condition to check with a doctor, and the next workout waited for their okay.
  it.each([
    ['en-IN', 'I am fasting on monday, can I do workout', /On a fasting day, light training is fine if you feel well/],
    ['en-US', "I'm fasting tomorrow can I still do HIIT", /On a fasting day, light training is fine if you feel well/],
    ['hi-IN', 'मैं उपवास पर हूँ, क्या workout कर सकती हूँ', /उपवास के दिन हल्की कसरत ठीक है/],
  ] as const)('%s "%s" is when to train on a fasting day, and no workout waits on a doctor', async (locale, said, answer) => {
    const heard = committedMatcher(locale).resolve(said);
    expect(heard.intent).toBe('HealthConcernIntent');
    const chat = harness.conversation({ locale });
    const turn = await chat.intent(heard.intent, heard.slots);
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(answer);
    expect(spoken(await chat.intent('StartWorkoutIntent'))).not.toMatch(/doctor|डॉक्टर/);
  });

  // Found in review: a fast of days on end, one to lose weight, or one kept by someone still growing is no fasting day's
  // light training.
  it.each(['I am fasting for 5 days can I exercise', 'I am fasting to lose weight', "I'm 15 and fasting for navratri, can I do workout"])('"%s" is not the fasting day\'s answer', async (said) => {
    const heard = committedMatcher('en-IN').resolve(said);
    const turn = await harness.conversation({ locale: 'en-IN' }).intent(heard.intent, heard.slots);
    expect(spoken(turn)).not.toMatch(/On a fasting day/);
  });

  // Found in a second review: a fast of days on end was the medical condition again, and the next workout waited for a
  // doctor's okay. It is the fasting answer: no special power over fat, and never eating too little.
  it.each(["I'm fasting for 9 days for navratri, can I do workout", 'I am fasting for 5 days can I exercise'])('"%s" is the fasting answer, no condition kept', async (said) => {
    const heard = committedMatcher('en-IN').resolve(said);
    const chat = harness.conversation({ locale: 'en-IN' });
    const turn = await chat.intent(heard.intent, heard.slots);
    expect(spoken(turn)).toMatch(/Fasting helps only if it leads you to eat fewer calories overall/);
    expect(spoken(await chat.intent('StartWorkoutIntent'))).not.toMatch(/doctor/);
  });

  it.each(["I'm back from the walk", "I'm a beginner where should I start"])('"%s" is no pain report', async (said) => {
    expect(await ask(said)).not.toContain(EN_US_CATALOGUE.safety.pain);
  });
});

// Found by a helper trying the console as a mother seven months after birth (en-GB, December 6): the pelvic floor and a
// gap down the tummy were out of scope or not known, mid-HIIT too, and the deadlift's answer spoke of a pregnancy; her
// doctor's okay in her words was not understood.
describe('after a baby: the pelvic floor and a gap down the tummy', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ now: '2026-11-24T15:00:00Z' });
  });
  afterAll(() => harness.close());
  const gb = committedMatcher('en-GB');
  const AFTER_BIRTH = /^(Quick note: .*)?After a baby, check with your doctor, midwife or a women's health physio .*leaking, or a gap or bulge down your tummy/;

  it.each(['I leak a bit when I jump, is that normal', 'what about my abs separation', 'can I do deadlifts with diastasis', 'is it safe after having a baby', 'is this alright to do postpartum, I had my baby seven months ago'])(
    '"%s" is the answer for after a birth',
    async (said) => {
      const heard = gb.resolve(said);
      const turn = await harness.conversation({ locale: 'en-GB' }).intent(heard.intent, heard.slots ?? {});
      await expectWellFormed(turn);
      expect(spoken(turn)).toMatch(AFTER_BIRTH);
    },
  );

  it('mid-HIIT, "I can\'t do jumping, my pelvic floor" pauses it for a doctor\'s okay, and a yes gives it', async () => {
    const chat = harness.conversation({ locale: 'en-GB' });
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const heard = gb.resolve("I can't do jumping, my pelvic floor");
    const paused = await chat.intent(heard.intent, heard.slots ?? {});
    expect(spoken(paused)).toMatch(AFTER_BIRTH);
    expect(spoken(paused)).toMatch(/Your workout is paused, and your place saved\. Before we go on: has your doctor said this kind of exercise is okay for you\?$/);
    // Not "my GP signed me off", which in Britain most often means off work, and a yes hears no question (found in review).
    expect(gb.literal('my GP signed me off').map((match) => match.intent)).not.toContain('AMAZON.YesIntent');
    expect(spoken(await chat.intent('AMAZON.YesIntent'))).not.toMatch(/has your doctor said/);
  });
});

// Found in review (December 6): "I leak sweat like crazy" and "is this good for my pelvic floor" were heard as after a
// birth, paused the workout and asked for a doctor's okay before every workout after.
it.each(['I leak sweat like crazy', 'I leak oil from my car'])('"%s" is no report of after a birth', (said) => {
  expect(namedConcern(EN_US_CATALOGUE, said)).not.toBe('postpartum');
});

// Found by a helper trying the console (December 7): "I don't want to be here anymore", "I feel hopeless" and "I feel
// depressed" got "That's not something I can help with yet". Feeling low or thoughts of ending one's life get where to
// find help now, in each locale's own words and numbers, heard through whatever open slot took them; mid-workout the
// workout pauses. An injury worry ("I don't want to hurt myself doing deadlifts") stays the pain answer.
describe('feeling low, or thoughts of ending one\'s life', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  const HELP: Readonly<Record<string, RegExp>> = {
    'en-US': /call or text nine eight eight, any time.*call nine one one\./,
    'en-CA': /call or text nine eight eight, any time.*call nine one one\./,
    'en-GB': /call Samaritans free on one one six, one two three, any time.*call nine nine nine\./,
    'en-AU': /call Lifeline on thirteen eleven fourteen, any time.*call triple zero\./,
    'en-IN': /call Tele MANAS free on one four four one six, any time.*call one one two\./,
    'hi-IN': /Tele MANAS को एक चार चार एक छह पर मुफ़्त कॉल कीजिए, कभी भी.*एक एक दो पर कॉल कीजिए\./,
  };
  const SAID: readonly (readonly [string, string])[] = [
    ['en-US', "I don't want to be here anymore"],
    ['en-US', "I feel really down lately and I don't see the point"],
    ['en-US', 'I feel hopeless'],
    ['en-US', 'I feel depressed'],
    ['en-US', "I'm depressed"],
    ['en-US', 'I want to kill myself'],
    ['en-US', 'I want to die'],
    ['en-US', "I've been having dark thoughts"],
    ['en-CA', 'I feel hopeless'],
    ['en-GB', 'I feel hopeless'],
    ['en-AU', 'I feel hopeless'],
    ['en-IN', 'I have depression'],
    ['hi-IN', 'मैं जीना नहीं चाहती'],
    ['hi-IN', 'main bahut udaas hoon'],
    ['hi-IN', 'मुझे डिप्रेशन है'],
  ];

  it.each(SAID)('%s "%s" gets where to find help now', async (locale, said) => {
    const heard = committedMatcher(locale as LocaleId).resolve(said);
    const turn = await harness.conversation(harness.device({ locale })).intent(heard.intent, heard.slots ?? {});
    await expectWellFormed(turn);
    expect(spoken(turn)).toMatch(HELP[locale]!);
  });

  it('said mid-workout, the workout pauses, its place saved, and the help comes first', async () => {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const heard = committedMatcher('en-US').resolve('I feel like ending it all');
    const turn = await chat.intent(heard.intent, heard.slots ?? {});
    expect(spoken(turn)).toMatch(/^I'm really sorry you're feeling this way.*Your workout is paused, and your place saved\./);
  });

  it('an injury worry, or "die" inside something longer, is not it', async () => {
    for (const said of ["I don't want to hurt myself doing deadlifts", 'I hurt myself']) {
      const heard = committedMatcher('en-US').resolve(said);
      expect(spoken(await harness.conversation().intent(heard.intent, heard.slots ?? {})), said).not.toMatch(/nine eight eight/);
    }
    expect(namedConcern(EN_US_CATALOGUE, 'die hard fan of deadlifts')).not.toBe('crisis');
    expect(urgentSaid(EN_US_CATALOGUE, 'die hard fan of deadlifts', ['crisis'])).toBeUndefined();
    expect(urgentSaid(EN_US_CATALOGUE, 'die', ['crisis'])).toBe('crisis');
  });

  // Found in review (December 7).
  it.each([
    "I want to hurt myself",
    "I've been cutting myself",
    'I wish I was dead',
    'I feel like dying',
    "I don't want to be alive",
  ])('"%s" gets where to find help now', async (said) => {
    const heard = committedMatcher('en-US').resolve(said);
    expect(spoken(await harness.conversation().intent(heard.intent, heard.slots ?? {}))).toMatch(HELP['en-US']!);
  });

  it.each([
    "I'm hopeless at planks",
    'can I do suicide sprints instead',
    "I've been killing myself at the gym for months",
    'my weight has gone down lately',
    'I take medication for depression',
  ])('"%s" is no cry for help', async (said) => {
    const heard = committedMatcher('en-US').resolve(said);
    expect(spoken(await harness.conversation().intent(heard.intent, heard.slots ?? {}))).not.toMatch(/nine eight eight/);
  });

  it('an urgent sign said beside it comes first; a pregnancy, a condition or pain said beside feeling low keeps its caution', async () => {
    for (const said of ['I did thirty minutes of cardio and felt dizzy and hopeless', 'log my workout I got chest pain and feel really low']) {
      const heard = committedMatcher('en-US').resolve(said);
      expect(spoken(await harness.conversation().intent(heard.intent, heard.slots ?? {})), said).toMatch(/Stop now/);
    }
    for (const [said, asked] of [
      ["I'm pregnant and depressed", /you mentioned a pregnancy/],
      ["I'm diabetic and depressed", /Has your doctor said/],
      ["I'm depressed because my back hurts", /still/],
    ] as const) {
      const chat = harness.conversation();
      const heard = committedMatcher('en-US').resolve(said);
      await chat.intent(heard.intent, heard.slots ?? {});
      expect(spoken(await chat.intent('StartWorkoutIntent')), said).toMatch(asked);
    }
  });

  // Found in review: a condition asked about with a move the catalogue lacks was out of scope.
  it.each(['I have glaucoma can I do yoga', 'I have POTS is it safe to do hot yoga'])('"%s" gets the doctor first', async (said) => {
    const heard = committedMatcher('en-US').resolve(said);
    expect(spoken(await harness.conversation().intent(heard.intent, heard.slots ?? {}))).toMatch(/check with your doctor/);
  });
});

// Found by helpers trying the console (December 7), heard by the lenient matcher through an open slot: pregnancy said
// as Britons say it got "I don't know that one yet", and HIIT then started unasked; mid-workout, pain said as a bother,
// a catch, a spasm or something going reached the move's steps or out of scope, and the workout ran on.
describe('pregnancy and pain, said as people say them', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it.each([['en-GB', "I'm expecting"]] as const)('%s "%s" is a pregnancy, and the next workout asks for the okay', async (locale, said) => {
    const chat = harness.conversation(harness.device({ locale }));
    const heard = committedMatcher(locale).resolve(said);
    expect(spoken(await chat.intent(heard.intent, heard.slots ?? {}))).toMatch(/doctor or midwife/);
    expect(spoken(await chat.intent('StartWorkoutIntent'))).toMatch(/^Before we start: you mentioned a pregnancy\./);
  });

  it('"expecting results" is no pregnancy', () => {
    expect(namedConcern(EN_US_CATALOGUE, "i'm expecting results soon")).toBeUndefined();
    expect(namedConcern(EN_US_CATALOGUE, "we're expecting too much")).toBeUndefined();
    expect(namedConcern(EN_US_CATALOGUE, 'what results should i be expecting')).toBeUndefined();
  });

  it.each([
    ['en-US', 'can I skip this, it bothers my knees', /^Stop the move that hurts\..*Your workout is paused/],
    ['en-IN', 'got a catch in my back', /^Stop the move that hurts\..*Your workout is paused/],
    ['en-GB', 'felt something go in my back', /^Stop now: with a sharp pain, we stop for today\./],
  ] as const)('%s "%s" mid-workout is pain', async (locale, said, answer) => {
    const chat = harness.conversation(harness.device({ locale }));
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const heard = committedMatcher(locale).resolve(said);
    expect(spoken(await chat.intent(heard.intent, heard.slots ?? {}))).toMatch(answer);
  });
});

// Found by a helper trying the console (December 7): "I throw up after I eat sometimes to keep my weight down" got the
// urgent answer, as if ill, and "I only eat 800 calories a day" was out of scope.
describe('eating to lose weight in ways that harm', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it.each([
    ['I throw up after I eat sometimes to keep my weight down', /^(Quick note: [^.]*\. )?Making yourself sick/],
    ['I only eat 800 calories a day', /^(Quick note: [^.]*\. )?Eating too little backfires\./],
    ["I've been eating like 800 calories a day to lose it faster, is that ok", /^(Quick note: [^.]*\. )?Eating too little backfires\./],
    // Thrown up after a run is still the warning sign.
    ['I threw up after my run', /^Stop now/],
  ] as const)('"%s"', async (said, answer) => {
    const heard = committedMatcher('en-US').resolve(said);
    expect(spoken(await harness.conversation().intent(heard.intent, heard.slots ?? {}))).toMatch(answer);
  });
});

// Found in review (December 7): mid-workout, "ugh my chest feels really tight", the stiff part's slot taking "ugh my
// chest", was "A tight feeling is common", and the workout went on. The chest is the warning sign it is.
it('"ugh my chest feels really tight" mid-workout is the warning sign', async () => {
  const harness = await startHarness();
  try {
    const chat = harness.conversation();
    await chat.intent('StartWorkoutIntent');
    await chat.intent('AMAZON.NextIntent');
    const turn = await chat.intent('HealthConcernIntent', { stiffPart: unmatchedSlot('stiffPart', 'ConcernName', 'ugh my chest') });
    expect(spoken(turn)).toMatch(/^Stop now/);
  } finally {
    await harness.close();
  }
});
