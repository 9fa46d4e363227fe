import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { LOCALES } from '../../lambda/locales';
import { committedMatcher } from '../support/committed-model';
import { type Harness, expectWellFormed, resolvedSlot, spoken, startHarness, unmatchedSlot } from '../support/skill-harness';

/**
 * Found by helpers trying the console (December 5): an aim said where a workout goes ("I want to lose 5 kg", "mujhe
 * weight kam karna hai") started today's workout, its warm-up timer running; a loss asked of a month was "I don't know
 * that one yet"; a pacemaker was "not something I can help with", and the workout then started with no doctor question.
 * Each is matched word for word against the committed model, then sent through the real skill as Alexa would send it.
 */
describe('an aim, a pace of loss, or a heart device, said the way people say them', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  const ask = async (locale: 'en-US' | 'en-IN' | 'hi-IN', said: string, chat = harness.conversation({ locale })) => {
    const match = committedMatcher(locale).resolve(said);
    expect(match.intent, said).not.toBe('AMAZON.FallbackIntent');
    return { turn: await chat.intent(match.intent, match.slots ?? {}), chat };
  };

  it('an aim said as a wish is answered with how fat loss works, never a workout started', async () => {
    const aims: readonly (readonly ['en-US' | 'en-IN' | 'hi-IN', string])[] = [
      ['en-IN', 'I want to lose 5 kg'],
      ['en-IN', 'I want to reduce my tummy'],
      ['en-IN', 'I want to lose 15 kilos before my wedding'],
      ['en-US', 'I want to lose weight'],
      ['hi-IN', 'mujhe weight kam karna hai'],
      ['hi-IN', 'mujhe pet kam karna hai'],
      ['hi-IN', 'mujhe 10 kilo kam karna hai'],
      // Found in review: an adverb, a number with its weight, or अपना before the aim started a workout.
      ['en-US', 'I want to really lose weight'],
      ['hi-IN', 'mujhe 10 kilo weight kam karna hai'],
      ['hi-IN', 'मुझे अपना पेट कम करना है'],
      ['hi-IN', 'मुझे 5 किलो वज़न कम करना है'],
    ];
    for (const [locale, said] of aims) {
      const { turn, chat } = await ask(locale, said);
      expect(spoken(turn), said).toContain(LOCALES[locale].catalogue.whyItWorks[0]);
      expect(chat.attributes.workout, said).toBeUndefined();
    }
    // A workout named for its aim is still a workout, as is exercise said before the aim (found in review: "I want to
    // exercise to lose weight" and "charbi kam karne wala workout karna hai" were answered with how fat loss works).
    const { chat } = await ask('en-US', "let's do a fat burning workout");
    expect(chat.attributes.workout).toBeDefined();
    const open = (said: string) => ({ session: unmatchedSlot('session', 'SessionName', said) });
    for (const [locale, said] of [
      ['en-US', 'exercise to lose weight'],
      ['en-US', 'work out to lose weight'],
      ['en-US', 'do exercises to reduce belly fat'],
      ['hi-IN', 'charbi kam karne wala'],
      ['hi-IN', 'वज़न कम करने के लिए व्यायाम'],
    ] as const) {
      const started = harness.conversation({ locale });
      await started.intent('StartWorkoutIntent', open(said));
      expect(started.attributes.workout, said).toBeDefined();
    }
    // Written with the precomposed ज़, the aim is still heard.
    const precomposed = harness.conversation({ locale: 'hi-IN' });
    expect(spoken(await precomposed.intent('StartWorkoutIntent', open('\u0935\u095B\u0928 \u0915\u092E')))).toContain(LOCALES['hi-IN'].catalogue.whyItWorks[0]);
    expect(precomposed.attributes.workout).toBeUndefined();
  });

  it('a loss asked of a month is answered, and too much in a month opens with "no"', async () => {
    for (const said of ['can I lose 10 kg in one month', 'can I lose 20 pounds in a month']) {
      expect(spoken((await ask('en-IN', said)).turn), said).toMatch(/Not as fat, no/);
    }
    for (const said of ['how many kgs I can lose in a month', 'how much weight can I lose in a month', 'can I lose 2 kg in a month']) {
      const answer = spoken((await ask('en-IN', said)).turn);
      expect(answer, said).toMatch(/Fat loss is slow/);
      expect(answer, said).not.toMatch(/Not as fat, no/);
    }
  });

  // Found by a helper trying the console as a tired parent: "so I can't just target my lower back?" was the pain answer,
  // and the next workout asked whether it still hurt.
  it('a part aimed at ("can\'t I just target my lower back") is spot reduction, never pain', async () => {
    for (const said of ["so i can't just target my lower back", 'can I spot reduce my sides']) {
      const chat = harness.conversation();
      const turn = await chat.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said.replace(/^so i |^can I /i, '')) });
      await expectWellFormed(turn);
      expect(spoken(turn), said).toMatch(/one spot|one place|spot reduction/i);
      expect(spoken(turn), said).not.toMatch(/train through pain/);
      expect(spoken(await chat.intent('StartWorkoutIntent')), said).not.toMatch(/hurt/);
    }
    // Pain said with it is still pain.
    const hurt = await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'target my lower back it hurts') });
    expect(spoken(hurt)).toMatch(/train through pain|Stop/);
    // A condition said with it keeps its answer and caution; a move's target is no spot reduction (found in review: the
    // condition was dropped, and HIIT then started unasked).
    for (const said of ['have a hernia and want to target my lower back', "have a heart condition what's my target heart rate"]) {
      const chat = harness.conversation();
      expect(spoken(await chat.intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', said) })), said).not.toMatch(/one spot|not something I can help/);
      expect(spoken(await chat.intent('StartWorkoutIntent', { session: resolvedSlot('session', 'SessionName', 'hiit') })), said).toMatch(/Has your doctor said/);
    }
    expect(spoken(await harness.conversation().intent('HealthConcernIntent', { concern: unmatchedSlot('concern', 'ConcernName', 'targeting my glutes') }))).not.toMatch(/one spot|Spot reduction/);
  });

  it('a pacemaker is a heart condition: the doctor first, and asked about before a workout', async () => {
    const { turn, chat } = await ask('en-US', 'I have a pacemaker');
    expect(spoken(turn)).toContain(EN_US_CATALOGUE.safety.condition);
    const start = await chat.intent('StartWorkoutIntent');
    expect(spoken(start)).toMatch(/Has your doctor said/);
    expect(spoken((await ask('en-US', "I'm pretty overweight, is that okay")).turn)).toMatch(/you can start at any size/);
  });

  // Found by a helper trying the console as an Indian user (December 5): the day said first, and "how much I did" in a
  // statement's order, reached the fallback, today's workout, or "I don't know that one yet".
  it('en-IN: the day said first asks about that day, and "this week how much I did" the week', async () => {
    const india = committedMatcher('en-IN');
    for (const [said, intent] of [
      ['tomorrow what I have to do', 'WorkoutForDayIntent'],
      ['what is there tomorrow', 'WorkoutForDayIntent'],
      ['this week how much I did', 'WeeklyProgressIntent'],
      ['how many workouts I completed', 'WeeklyProgressIntent'],
    ] as const) {
      const [match, ...others] = india.literal(said);
      expect(others, said).toEqual([]);
      expect(match?.intent, said).toBe(intent);
    }
    const [tomorrow] = india.literal('what is there tomorrow');
    expect(spoken(await harness.conversation({ locale: 'en-IN' }).intent('WorkoutForDayIntent', tomorrow?.slots ?? {}))).toMatch(/Tomorrow is a/);
  });
});
